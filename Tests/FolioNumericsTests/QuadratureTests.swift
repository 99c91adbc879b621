import Foundation
import Testing

@testable import FolioNumerics

@Suite struct QuadratureTests {
    @Test func gaussLegendreRulesAreExactForPolynomials() throws {
        for n in [1, 2, 3, 5, 8, 20, 64, 101] {
            let (x, w) = try gaussLegendreRule(points: n)
            #expect(x.count == n && zip(x, x.dropFirst()).allSatisfy { $0 < $1 })
            #expect(Swift.abs(w.reduce(0, +) - 2) < 1e-14)
            // ∫₋₁¹ x^k = 2/(k+1) for even k ≤ 2n − 1, 0 for odd.
            for k in 0...(2 * n - 1) {
                let q = zip(x, w).reduce(0.0) { $0 + $1.1 * Foundation.pow($1.0, Double(k)) }
                let exact = k % 2 == 0 ? 2 / Double(k + 1) : 0
                #expect(Swift.abs(q - exact) < 2e-14, "n = \(n), k = \(k): \(q)")
            }
        }
        // Known nodes: 3-point rule ±√(3/5), weights 5/9, 8/9.
        let (x3, w3) = try gaussLegendreRule(points: 3)
        #expect(
            close(x3, [-0.6.squareRoot(), 0, 0.6.squareRoot()], tolerance: 1e-16)
                && close(w3, [5.0 / 9, 8.0 / 9, 5.0 / 9], tolerance: 1e-15))
        #expect(tensorErrorMessage { try gaussLegendreRule(points: 0) } != nil)
    }

    @Test func gaussLegendreIntegralsWithErrorEstimates() throws {
        let cases: [(Double, Double, (Double) -> Double, Double)] = [
            (0, Double.pi, { Foundation.sin($0) }, 2),
            (0, 1, { Foundation.exp($0) }, M_E - 1),
            (-1, 1, { 1 / (1 + 25 * $0 * $0) }, 2 * Foundation.atan(5) / 5),  // Runge
            (1, 2, { 1 / $0 }, Foundation.log(2)),
        ]
        for (a, b, f, exact) in cases {
            let r = try gaussLegendre(from: a, to: b, points: 30, f)
            let error = Swift.abs(r.value - exact)
            #expect(error < 1e-10, "∫\(a)…\(b): \(r.value) vs \(exact)")
            // The estimate is an upper estimate of the actual error (or both at rounding level).
            #expect(error <= Swift.max(r.errorEstimate, 1e-14), "error \(error) > estimate \(r.errorEstimate)")
            #expect(r.evaluations == 90)
        }
        // Too few points on the Runge function: the estimate says so.
        let rough = try gaussLegendre(from: -1, to: 1, points: 4) { 1 / (1 + 25 * $0 * $0) }
        #expect(rough.errorEstimate > 1e-2)
    }

    @Test func gaussHermite() throws {
        let (x, w) = try gaussHermiteRule(points: 10)
        #expect(Swift.abs(w.reduce(0, +) - Double.pi.squareRoot()) < 1e-14)
        #expect(zip(x, x.dropFirst()).allSatisfy { $0 < $1 } && Swift.abs(x[0] + x[9]) == 0)
        // ∫ e^{-x²} x^{2k} = Γ(k + 1/2), exact up to degree 19.
        for k in 0...9 {
            let q = zip(x, w).reduce(0.0) { $0 + $1.1 * Foundation.pow($1.0, Double(2 * k)) }
            let exact = Foundation.tgamma(Double(k) + 0.5)
            #expect(Swift.abs(q - exact) < 1e-13 * Swift.max(1, exact), "k = \(k)")
        }
        // ∫ e^{-x²} dx = √π; ∫ e^{-x²} cos(x) dx = √π·e^{-1/4}.
        let gauss = try FolioNumerics.gaussHermite(points: 20) { _ in 1 }
        #expect(Swift.abs(gauss.value - Double.pi.squareRoot()) < 1e-14)
        let c = try FolioNumerics.gaussHermite(points: 20) { Foundation.cos($0) }
        #expect(Swift.abs(c.value - Double.pi.squareRoot() * Foundation.exp(-0.25)) < 1e-14 && c.errorEstimate < 1e-12)
        // Large rules stay accurate.
        let (xl, wl) = try gaussHermiteRule(points: 100)
        #expect(Swift.abs(wl.reduce(0, +) - Double.pi.squareRoot()) < 1e-13)
        #expect(Swift.abs(zip(xl, wl).reduce(0.0) { $0 + $1.1 * $1.0 * $1.0 } - Double.pi.squareRoot() / 2) < 1e-13)
    }

    @Test func normalExpectations() throws {
        // E[z²] for z ~ N(1, 2²) is μ² + σ² = 5; E[e^z] = e^{μ + σ²/2}.
        let square = try normalExpectation(mean: 1, standardDeviation: 2) { $0 * $0 }
        #expect(Swift.abs(square.value - 5) < 1e-13)
        let lognormal = try normalExpectation(mean: 0.5, standardDeviation: 0.3) { Foundation.exp($0) }
        #expect(Swift.abs(lognormal.value - Foundation.exp(0.5 + 0.045)) < 1e-14)
        #expect(tensorErrorMessage { try normalExpectation(standardDeviation: -1) { $0 } } != nil)
    }

    @Test func adaptiveHandlesSingularEndpoints() {
        let cases: [(Double, Double, (Double) -> Double, Double, String)] = [
            (0, 1, { 1 / $0.squareRoot() }, 2, "1/√x"),
            (0, 1, { Foundation.log($0) }, -1, "log x"),
            (0, 1, { Foundation.log($0) / $0.squareRoot() }, -4, "log x/√x"),
            (0, 1, { Foundation.pow($0, -0.9) }, 10, "x^-0.9"),
            (0, 1, { Foundation.sin(1 / $0) * 0 + Foundation.exp(-$0) }, 1 - Foundation.exp(-1), "smooth"),
        ]
        for (a, b, f, exact, name) in cases {
            let r = integrate(from: a, to: b, f)
            #expect(r.converged, "\(name) did not converge: \(r)")
            #expect(
                Swift.abs(r.value - exact) < 1e-9 * Swift.max(1, Swift.abs(exact)), "\(name): \(r.value) vs \(exact)")
            #expect(
                Swift.abs(r.value - exact) <= Swift.max(r.errorEstimate, 1e-14),
                "\(name): estimate \(r.errorEstimate) below the error")
        }
    }

    @Test func singularityAwayFromZeroIsLimitedByDoubleSpacing() {
        // Near x = ±1 doubles are 1e-16 apart, so ∫ over the last ulp (≈ 1e-8) is unreachable.
        let r = integrate(from: -1, to: 1) { 1 / (1 - $0 * $0).squareRoot() }
        #expect(Swift.abs(r.value - Double.pi) < 1e-7)
        #expect(Swift.abs(r.value - Double.pi) <= r.errorEstimate)
        #expect(!r.converged)
        // Substituting x = 1 − u puts the singularity at 0: full accuracy.
        let half = integrate(from: 0, to: 1) { u in 1 / (u * (2 - u)).squareRoot() }
        #expect(Swift.abs(half.value - Double.pi / 2) < 1e-10 && half.converged)
    }

    @Test func adaptiveInfiniteRanges() {
        let whole = integrate(from: -.infinity, to: .infinity) { Foundation.exp(-$0 * $0) }
        #expect(Swift.abs(whole.value - Double.pi.squareRoot()) < 1e-12 && whole.converged)
        let half = integrate(from: 0, to: .infinity) { Foundation.exp(-$0) }
        #expect(Swift.abs(half.value - 1) < 1e-12)
        let lower = integrate(from: -.infinity, to: 0) { 1 / (1 + $0 * $0) }
        #expect(Swift.abs(lower.value - Double.pi / 2) < 1e-10)
        let cauchy = integrate(from: -.infinity, to: .infinity) { 1 / (Double.pi * (1 + $0 * $0)) }
        #expect(Swift.abs(cauchy.value - 1) < 1e-10)
    }

    @Test func adaptiveEdgeCasesAndNonConvergence() throws {
        #expect(integrate(from: 2, to: 2) { $0 }.value == 0)
        let reversed = integrate(from: 1, to: 0) { $0 * $0 }
        #expect(Swift.abs(reversed.value + 1.0 / 3) < 1e-15)
        // A non-integrable singularity cannot converge, and says so.
        let divergent = integrate(from: 0, to: 1, maxIntervals: 50) { 1 / $0 }
        #expect(!divergent.converged)
        // Errors from the integrand propagate.
        struct Stop: Error {}
        #expect(throws: Stop.self) { try integrate(from: 0, to: 1) { _ in throw Stop() } }
    }
}
