import Foundation
import Testing

@testable import FolioNumerics

/// Every differentiable op's gradient against central finite differences at random points.
///
/// Each case reduces its op's output to a number with fixed random weights, (f(x) · w).sum(),
/// so every output element's pullback is exercised; the relative error ‖analytic − numeric‖ /
/// ‖numeric‖ must be below 1e-6 (step h = 1e-6·max(1, |x|), error O(h²) + O(ε/h)).
@Suite struct AutodiffFiniteDifferenceTests {
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let inputs: [Tensor]
        let f: @Sendable ([Tensor]) throws -> Tensor
        var description: String { name }
    }

    static func random(_ shape: [Int], _ seed: UInt32, in range: Range<Double> = -2..<2) -> Tensor {
        (try? Tensor.uniform(shape: shape, in: range, key: RandomKey(seed: 7).foldIn(seed))) ?? Tensor(0)
    }

    static let cases: [Case] = {
        @Sendable func r(_ shape: [Int], _ seed: UInt32, in range: Range<Double> = -2..<2) -> Tensor {
            random(shape, seed, in: range)
        }
        var c: [Case] = []
        func add(_ name: String, _ inputs: [Tensor], _ f: @escaping @Sendable ([Tensor]) throws -> Tensor) {
            c.append(Case(name: name, inputs: inputs, f: f))
        }
        add("+ broadcast", [r([3, 1], 1), r([4], 2)]) { try $0[0] + $0[1] }
        add("- broadcast", [r([2, 3], 3), r([3], 4)]) { try $0[0] - $0[1] }
        add("* broadcast", [r([2, 1, 3], 5), r([4, 1], 6)]) { try $0[0] * $0[1] }
        add("/ broadcast", [r([3, 4], 7), r([4], 8, in: 0.5..<2)]) { try $0[0] / $0[1] }
        add("tensor ⊕ Double", [r([5], 9, in: 0.5..<2)]) { x in
            let v: Tensor = x[0]
            let a: Tensor = 2 * v + 1
            let b: Tensor = 3 - v
            let c: Tensor = try v / 4 - 5 / v
            let d: Tensor = try (-v) * 2 + (v - 2)
            return try a * b + c + d
        }
        add("exp", [r([6], 10)]) { exp($0[0]) }
        add("log", [r([6], 11, in: 0.2..<3)]) { log($0[0]) }
        add("log1p", [r([6], 12, in: -0.5..<3)]) { log1p($0[0]) }
        add("expm1", [r([6], 13)]) { expm1($0[0]) }
        add("sqrt", [r([6], 14, in: 0.2..<3)]) { sqrt($0[0]) }
        add("abs", [r([6], 15)]) { abs($0[0]) }
        add("tanh", [r([6], 16)]) { tanh($0[0]) }
        add("sigmoid", [r([6], 17)]) { sigmoid($0[0]) }
        add("relu", [r([6], 18)]) { relu($0[0]) }
        add("gelu", [r([6], 19)]) { gelu($0[0]) }
        add("silu", [r([6], 20)]) { silu($0[0]) }
        add("erf", [r([6], 21)]) { erf($0[0]) }
        add("erfc", [r([6], 22)]) { erfc($0[0]) }
        add("erfinv", [r([6], 23, in: -0.9..<0.9)]) { erfinv($0[0]) }
        add("lgamma", [r([6], 24, in: 0.3..<5)]) { lgamma($0[0]) }
        add("normalCDF", [r([6], 25)]) { normalCDF($0[0]) }
        add("normalQuantile", [r([6], 26, in: 0.05..<0.95)]) { normalQuantile($0[0]) }
        add("pow(x, 3)", [r([6], 27)]) { pow($0[0], 3) }
        add("pow(x, 2)", [r([6], 28)]) { pow($0[0], 2) }
        add("pow(2, x)", [r([6], 29)]) { pow(2, $0[0]) }
        add("pow(x, y) broadcast", [r([2, 3], 30, in: 0.5..<2), r([3], 31)]) { try pow($0[0], $0[1]) }
        add("clamp", [r([8], 32)]) { clamp($0[0], min: -1, max: 1) }
        add("sum", [r([3, 4], 33)]) { $0[0].sum() }
        add("sum(axis: 0)", [r([3, 4], 34)]) { try $0[0].sum(axis: 0) }
        add("sum(axis: -1, keepDims)", [r([2, 3, 4], 35)]) { try $0[0].sum(axis: -1, keepDims: true) }
        add("mean", [r([3, 4], 36)]) { $0[0].mean() }
        add("mean(axis: 1)", [r([3, 4], 37)]) { try $0[0].mean(axis: 1) }
        add("max", [r([3, 4], 38)]) { try $0[0].max() }
        add("max(axis: 0)", [r([3, 4], 39)]) { try $0[0].max(axis: 0) }
        add("min(axis: 1, keepDims)", [r([3, 4], 40)]) { try $0[0].min(axis: 1, keepDims: true) }
        add("logSumExp", [r([3, 4], 41)]) { $0[0].logSumExp() }
        add("logSumExp(axis: 1)", [r([3, 4], 42)]) { try $0[0].logSumExp(axis: 1) }
        add("variance(ddof: 1)", [r([3, 4], 43)]) { $0[0].variance(ddof: 1) }
        add("variance(axis: 0)", [r([3, 4], 44)]) { try $0[0].variance(axis: 0) }
        add("standardDeviation(axis: 1)", [r([3, 4], 45)]) { try $0[0].standardDeviation(axis: 1, ddof: 1) }
        add("standardError", [r([10], 46)]) { $0[0].standardError() }
        add("prod(axis: 1)", [r([3, 4], 47, in: 0.5..<1.5)]) { try $0[0].prod(axis: 1) }
        add("cumsum(axis: 1)", [r([3, 4], 48)]) { try $0[0].cumsum(axis: 1) }
        add("diff", [r([3, 4], 100)]) { try $0[0].diff() }
        add("diff(axis: 0)", [r([3, 4], 101)]) { try $0[0].diff(axis: 0) }
        add("softmax", [r([3, 4], 49)]) { softmax($0[0]) }
        add("softmax(axis: 0)", [r([3, 4], 50)]) { try softmax($0[0], axis: 0) }
        add("logSoftmax", [r([3, 4], 51)]) { logSoftmax($0[0]) }
        add("logSoftmax(axis: 0)", [r([3, 4], 52)]) { try logSoftmax($0[0], axis: 0) }
        add("crossEntropy (indices)", [r([4, 5], 53)]) { try crossEntropy(logits: $0[0], labels: [0, 3, 4, 1]) }
        add("crossEntropy (probabilities)", [r([3, 4], 54), r([3, 4], 55, in: 0..<1)]) {
            try crossEntropy(logits: $0[0], labels: $0[1])
        }
        add("matmul 2-D", [r([3, 4], 56), r([4, 5], 57)]) { try matmul($0[0], $0[1]) }
        add("matmul 1-D × 2-D", [r([4], 58), r([4, 3], 59)]) { try matmul($0[0], $0[1]) }
        add("matmul 2-D × 1-D", [r([3, 4], 60), r([4], 61)]) { try matmul($0[0], $0[1]) }
        add("matmul 1-D × 1-D", [r([4], 62), r([4], 63)]) { try matmul($0[0], $0[1]) }
        add("matmul batch broadcast", [r([2, 3, 4], 64), r([4, 5], 65)]) { try matmul($0[0], $0[1]) }
        add("matmul batch broadcast (right)", [r([3, 4], 66), r([2, 4, 5], 67)]) { try matmul($0[0], $0[1]) }
        add("reshaped", [r([3, 4], 68)]) { try $0[0].reshaped([2, -1]) * r([2, 6], 99) }
        add("flattened (of a transposed view)", [r([3, 4], 69)]) { $0[0].transposed().flattened() }
        add("transposed", [r([3, 4], 70)]) { try $0[0].transposed() * r([4, 3], 98) }
        add("transposed(perm)", [r([2, 3, 4], 71)]) { try $0[0].transposed([2, 0, 1]) }
        add("squeezed", [r([3, 1, 4], 72)]) { $0[0].squeezed() }
        add("squeezed(axis:)", [r([3, 1], 73)]) { try $0[0].squeezed(axis: 1) }
        add("expandedDimensions", [r([3], 74)]) { try $0[0].expandedDimensions(axis: 0) + r([2, 3], 97) }
        add("subscript ranges", [r([4, 5], 75)]) { try $0[0][1..., 0..<3] }
        add("subscript index and stride", [r([4, 5], 76)]) { x in
            try Tensor.concatenated([x[0][2], x[0][stride(from: 0, to: 4, by: 2), 1]])
        }
        add("broadcast(to:)", [r([3, 1], 77)]) { try $0[0].broadcast(to: [2, 3, 4]) }
        add("concatenated(axis: 1)", [r([2, 3], 78), r([2, 2], 79)]) {
            try Tensor.concatenated([$0[0], $0[1]], axis: 1)
        }
        add("stacked(axis: 1)", [r([2, 3], 80), r([2, 3], 81)]) { try Tensor.stacked([$0[0], $0[1]], axis: 1) }
        add("array literal of traced tensors", [r([], 82), r([], 83)]) { x in
            try Tensor(nested: [x[0], x[1], x[0] * x[1]])
        }
        add("where (broadcast)", [r([3, 4], 84), r([4], 85)]) { x in
            try `where`(Tensor([1, 0, 0, 1]), x[0], x[1])
        }
        add("sort(axis: 0)", [r([4, 3], 86)]) { try sort($0[0], axis: 0) }
        add("assign(_:at:)", [r([3, 4], 87), r([4], 88)]) { x in
            var t = x[0] * 2
            try t.assign(x[1], at: 1)
            return t
        }
        add("straightThrough surrogate", [r([4], 89)]) { x in
            try straightThrough(Tensor([0, 1, 0, 0]), gradientOf: softmax(x[0])) * 0 + softmax(x[0])
        }
        add("compound += *=", [r([3], 90), r([3], 91)]) { x in
            var t = x[0]
            try t += x[1]
            try t *= x[1]
            t -= 1
            return t
        }
        add("MLP with cross-entropy", [r([5, 4], 92), r([4, 3], 93), r([3], 94)]) { p in
            let h = try tanh(matmul(p[0], p[1]) + p[2])
            return try crossEntropy(logits: h, labels: [0, 2, 1, 1, 0])
        }
        return c
    }()

    /// ‖analytic - numeric‖ / ‖numeric‖ of the gradient of (f(x)·w).sum().
    static func relativeError(_ c: Case) throws -> Double {
        let probe = try c.f(c.inputs)
        let w = random(probe.shape, 1000, in: 0.5..<1.5)
        let loss: ([Tensor]) throws -> Tensor = { try (c.f($0) * w).sum() }
        let analytic = try gradient(at: c.inputs, of: loss)
        var diff = 0.0
        var norm = 0.0
        for (i, input) in c.inputs.enumerated() {
            let x = input.scalars
            let g = analytic[i].scalars
            #expect(analytic[i].shape == input.shape)
            for j in x.indices {
                let h = 1e-6 * max(1, abs(x[j]))
                func at(_ v: Double) throws -> Double {
                    var xs = x
                    xs[j] = v
                    var args = c.inputs
                    args[i] = try Tensor(shape: input.shape, scalars: xs)
                    return try loss(args).scalar
                }
                let numeric = (try at(x[j] + h) - at(x[j] - h)) / (2 * h)
                diff += (g[j] - numeric) * (g[j] - numeric)
                norm += numeric * numeric
            }
        }
        return diff.squareRoot() / max(norm.squareRoot(), 1e-12)
    }

    @Test(arguments: cases)
    func gradientMatchesFiniteDifferences(_ c: Case) throws {
        let error = try Self.relativeError(c)
        print("FD \(c.name): relative error \(String(format: "%.1e", error))")
        #expect(error < 1e-6, "\(c.name): relative error \(error)")
    }
}

@Suite struct AutodiffBehaviourTests {
    @Test func naturalSyntax() throws {
        let w: Tensor = [1, -2, 3]
        let g = try gradient(at: w) { w in try (w * w).sum() }
        #expect(g.scalars == [2, -4, 6])
        let (value, grad) = try valueWithGradient(at: w) { w in (w * 3).sum() }
        #expect(try value.scalar == 6 && grad.scalars == [3, 3, 3])
        #expect(try gradient(at: 3.0) { x in try x * x } == 6)
        let (gx, gy) = try gradient(at: 2.0, 5.0) { x, y in try x * y + exp(x) }
        #expect(abs(gx - (5 + exp(2))) < 1e-14 && gy == 2)
        let (a, b, c) = try gradient(at: Tensor(1), Tensor(2), Tensor(3)) { x, y, z in try x * y * z }
        #expect(a.scalars == [6] && b.scalars == [3] && c.scalars == [2])
    }

    @Test func constantsAndUnusedInputs() throws {
        let captured: Tensor = [10, 20]
        let (gx, gy) = try gradient(at: Tensor([1, 2]), Tensor([3, 4])) { x, _ in try (x * captured).sum() }
        #expect(gx.scalars == [10, 20] && gy.scalars == [0, 0])
        // Tensors leave the trace through scalars and stopGradient.
        let g = try gradient(at: Tensor([1, 2])) { x in try (x * stopGradient(x)).sum() }
        #expect(g.scalars == [1, 2])
    }

    @Test func nonScalarResultIsAnError() {
        let message = tensorErrorMessage { try gradient(at: Tensor([1, 2])) { x in x * 2 } }
        #expect(message?.contains("shape [2]") == true)
    }

    @Test func nonDifferentiableOpsThrowClearly() {
        let x: Tensor = [0.5, -1, 2]
        let argmax = tensorErrorMessage { try gradient(at: x) { x in try x.argmax() * x.sum() } }
        #expect(argmax?.contains("argmax is not differentiable") == true)
        let comparison = tensorErrorMessage { try gradient(at: x) { x in try ((x .> 0) * x).sum() } }
        #expect(comparison?.contains("comparison .> is not differentiable") == true)
        let indices = tensorErrorMessage { try gradient(at: x) { x in try (argsort(x) * x).sum() } }
        #expect(indices?.contains("argsort is not differentiable") == true)
        let topIndices = tensorErrorMessage { try gradient(at: x) { x in try topK(x, k: 2).indices.sum() + x.sum() } }
        #expect(topIndices?.contains("topK indices") == true)
    }

    @Test func nonDifferentiableResultsAreFineWhereNoGradientFlows() throws {
        let x: Tensor = [0.5, -1, 2]
        // A comparison as the condition of `where`, or behind stopGradient: no error.
        let g = try gradient(at: x) { x in try `where`(x .> 0, x * x, x * 0).sum() }
        #expect(g.scalars == [1, 0, 4])
        let h = try gradient(at: x) { x in try (stopGradient(x .> 0) * x).sum() }
        #expect(h.scalars == [1, 0, 1])
    }

    @Test func straightThroughEstimators() throws {
        let logits: Tensor = [1, 2, 0.5]
        // Forward: the hard one-hot, exactly. Backward: the softmax's gradient.
        let weights: Tensor = [1, 10, 100]
        let (value, g) = try valueWithGradient(at: logits) { l in
            let soft = softmax(l)
            let hard = Tensor([0, 1, 0])
            return try (straightThrough(hard, gradientOf: soft) * weights).sum()
        }
        #expect(try value.scalar == 10)
        let expected = try gradient(at: logits) { l in try (softmax(l) * weights).sum() }
        #expect(g.scalars == expected.scalars)
        // The stopGradient form gives the same gradient.
        let g2 = try gradient(at: logits) { l in
            let soft = softmax(l)
            return try ((soft + stopGradient(Tensor([0, 1, 0]) - soft)) * weights).sum()
        }
        #expect(close(g2.scalars, expected.scalars, tolerance: 1e-15))
    }

    @Test func nestedGradientsAreAnError() {
        let message = tensorErrorMessage {
            try gradient(at: Tensor(2)) { x in
                let inner = try gradient(at: Tensor(3)) { y in try x * y }
                return try x * inner
            }
        }
        #expect(message?.contains("higher-order") == true)
    }

    @Test func mutationOfATracedTensorIsNotSilentlyWrong() {
        let message = tensorErrorMessage {
            try gradient(at: Tensor([1, 2])) { x in
                var t = x * 2
                try t.setScalar(5, at: 0)
                return t.sum()
            }
        }
        #expect(message?.contains("setScalar") == true)
    }

    @Test func reparameterizationGradient() throws {
        // E[z²] for z = μ + σ·ε, ε ~ N(0, 1): ∂/∂μ = 2μ = 2, ∂/∂σ = 2σ = 4 at (1, 2).
        let eps = try Tensor.normal(shape: [200_000], key: RandomKey(seed: 3))
        let (gm, gs) = try gradient(at: 1.0, 2.0) { mu, sigma in try pow(mu + sigma * eps, 2).mean() }
        #expect(abs(gm - 2) < 0.03 && abs(gs - 4) < 0.06)
    }
}
