import Foundation
import Testing

@testable import FolioNumerics

/// ULP accuracy of the activation functions and of the derivatives their pullbacks use, against
/// 50-digit mpmath values (ActivationReference.swift, from Reference/activations.py), over the
/// whole range where the result is a normal double. The naive formulas these replaced lost every
/// digit in the negative tail (`activations.py --audit`: gelu off by 9e15 ULP at x = -32).
@Suite struct ActivationAccuracyTests {
    func check(
        _ name: String, _ table: [Double], bound: Double, _ f: (Double) throws -> Double,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        var worst = (ulps: 0.0, at: Double.nan)
        // Subnormal results (gelu below x ≈ -37.5) keep fewer bits than an ULP measures.
        for i in stride(from: 0, to: table.count, by: 3) where abs(table[i + 1]) >= Double.leastNormalMagnitude {
            let e = ulpError(try f(table[i]), hi: table[i + 1], lo: table[i + 2])
            if e > worst.ulps || e.isNaN { worst = (e, table[i]) }
        }
        print(
            "ULP \(name): max \(String(format: "%.2f", worst.ulps)) at x = \(worst.at) over \(table.count / 3) points")
        #expect(worst.ulps <= bound, "\(name): \(worst.ulps) ULP at x = \(worst.at)", sourceLocation: sourceLocation)
    }

    func derivative(_ f: (Tensor) -> Tensor, at x: Double) throws -> Double {
        try gradient(at: Tensor([x])) { f($0).sum() }.scalars[0]
    }

    @Test func geluAndItsDerivative() throws {
        try check("gelu", ActivationReference.gelu, bound: 3) { gelu(Tensor([$0])).scalars[0] }
        // gelu′ = Φ(x) + xφ(x) cancels on its way to its root at -0.7518: the table keeps 0.05
        // away, where the cancellation still costs a factor of about 4 (7.8 ULP at x = -0.90).
        try check("gelu′", ActivationReference.geluDerivative, bound: 10) { try derivative({ gelu($0) }, at: $0) }
    }

    @Test func siluAndItsDerivative() throws {
        try check("silu", ActivationReference.silu, bound: 3) { silu(Tensor([$0])).scalars[0] }
        // silu′ likewise next to its root at -1.2785 (8.6 ULP at x = -1.41).
        try check("silu′", ActivationReference.siluDerivative, bound: 10) { try derivative({ silu($0) }, at: $0) }
    }

    @Test func sigmoidAndTanh() throws {
        try check("sigmoid", ActivationReference.sigmoid, bound: 2) { sigmoid(Tensor([$0])).scalars[0] }
        try check("tanh", ActivationReference.tanh, bound: 2) { tanh(Tensor([$0])).scalars[0] }
    }

    /// σ′ and tanh′ are formed from the saved output (y(1 - y), 1 - y²), as PyTorch does, so
    /// that the tape keeps one tensor: their error is bounded in ULPs of their maximum (¼ and
    /// 1), not relative to the tiny values of the far tails. This pins that documented bound.
    @Test func sigmoidAndTanhDerivativesAbsolute() throws {
        for x in stride(from: -30.0, through: 30.0, by: 0.37) {
            let s = 1 / (1 + Foundation.exp(-x))
            let sigmoidPrime = try derivative({ sigmoid($0) }, at: x)
            #expect(abs(sigmoidPrime - s * (1 - s)) <= 4 * 0.25.ulp)
            let c = Foundation.cosh(x)
            let tanhPrime = try derivative({ tanh($0) }, at: x)
            #expect(abs(tanhPrime - 1 / (c * c)) <= 4 * 1.0.ulp)
        }
    }
}
