import Foundation
import Testing

@testable import FolioNumerics

/// ULP accuracy of the special functions against 50-digit mpmath values
/// (SpecialFunctionReference.swift, from Reference/special.py). Each bound is the one the
/// function's doc comment promises; the measured maxima are printed for the closing note.
@Suite struct SpecialFunctionsTests {
    func check(
        _ name: String, _ table: [Double], bound: Double, _ f: (Double) -> Double,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let worst = maxUlpError(table, f)
        print(
            "ULP \(name): max \(String(format: "%.2f", worst.ulps)) at x = \(worst.at) over \(table.count / 3) points")
        #expect(worst.ulps <= bound, "\(name): \(worst.ulps) ULP at x = \(worst.at)", sourceLocation: sourceLocation)
    }

    @Test func ulpHelpers() {
        #expect(ulpDistance(1, 1.0.nextUp) == 1)
        #expect(ulpDistance(-0.0, 0.0) == 0)
        #expect(ulpDistance(-Double.leastNonzeroMagnitude, Double.leastNonzeroMagnitude) == 2)
        #expect(ulpDistance(1, 2) == Double(1 << 52))
        #expect(ulpDistance(.nan, 1) == .infinity)
        #expect(ulpError(1.0.nextUp, hi: 1, lo: 0) == 1)
        #expect(ulpError(1, hi: 1, lo: 0.25 * 1.0.ulp) == 0.25)
    }

    @Test func erfAndErfc() {
        check("erf", SpecialReference.erf, bound: 1) { erf($0) }
        check("erfc", SpecialReference.erfc, bound: 4) { erfc($0) }
    }

    @Test func erfinvOverTheWholeInterval() {
        check("erfinv", SpecialReference.erfinv, bound: 2) { erfinv($0) }
        #expect(erfinv(1) == .infinity && erfinv(-1) == -.infinity)
        #expect(erfinv(1.5).isNaN && erfinv(.nan).isNaN)
        #expect(erfinv(-0.0).sign == .minus)
    }

    @Test func lgammaPositiveAndNegative() {
        check("lgamma x > 0", SpecialReference.lgammaPositive, bound: 4) { logGamma($0) }
        // For x < 0, log|Γ| has roots (two in (-3, -2), then ever closer to the poles) where
        // any implementation's relative error is unbounded; at the random points of the
        // table (none within 1e-3 of a root) glibc stays within 4 ULP.
        check("lgamma x < 0", SpecialReference.lgammaNegative, bound: 4) { logGamma($0) }
    }

    @Test func digammaPositive() {
        check("digamma x > 0", SpecialReference.digammaPositive, bound: 4) { digamma($0) }
        #expect(digamma(0.0) == -.infinity && digamma(-0.0) == .infinity)
        #expect(digamma(-3).isNaN && digamma(.nan).isNaN && digamma(.infinity) == .infinity)
    }

    /// For x < 0 the reflection formula subtracts ψ(1 - x) and π·cot(πx); the error bound is
    /// 4 ULP of the larger of the two (see `digamma`'s doc comment), and it is checked in
    /// those units. Near a negative root, that is many ULPs of ψ itself: printed too.
    @Test func digammaNegativeAbsoluteBound() {
        let t = SpecialReference.digammaNegative
        var worst = 0.0
        var worstRelative = 0.0
        for i in stride(from: 0, to: t.count, by: 3) {
            let x = t[i]
            let scale = max(abs(digamma(1 - x)), abs(Double.pi / tan(Double.pi * (x - x.rounded()))))
            let error = abs((digamma(x) - t[i + 1]) - t[i + 2])
            worst = max(worst, error / scale.ulp)
            worstRelative = max(worstRelative, ulpError(digamma(x), hi: t[i + 1], lo: t[i + 2]))
        }
        print(
            "ULP digamma x < 0: max \(String(format: "%.2f", worst)) ULP of the reflection terms, \(String(format: "%.1f", worstRelative)) ULP of ψ"
        )
        #expect(worst <= 4)
    }

    @Test func normalCDFTails() {
        check("normalCDF", SpecialReference.normalCDF, bound: 2) { normalCDF($0) }
        #expect(normalCDF(-.infinity) == 0 && normalCDF(.infinity) == 1 && normalCDF(.nan).isNaN)
        // The naive formula loses ~10 bits at x = -38; this one must not.
        let naive = maxUlpError(SpecialReference.normalCDF) { 0.5 * erfc(-$0 / 2.0.squareRoot()) }
        #expect(naive.ulps > 16, "the reference table should contain tails where the naive form fails")
    }

    @Test func normalQuantileFullPrecision() {
        check("normalQuantile", SpecialReference.normalQuantile, bound: 3) { normalQuantile($0) }
        #expect(normalQuantile(0) == -.infinity && normalQuantile(1) == .infinity)
        #expect(normalQuantile(-0.1).isNaN && normalQuantile(1.1).isNaN && normalQuantile(0.5) == 0)
        #expect(abs(normalQuantile(0.975) - 1.959963984540054) <= 1.959963984540054.ulp)
    }

    @Test func tensorFormsMatchTheScalarOnes() {
        let x: Tensor = [-2, -0.5, 0.25, 0.9]
        #expect(erfc(x).scalars == x.scalars.map { erfc($0) })
        #expect(erfinv(x / 2).scalars == x.scalars.map { erfinv($0 / 2) })
        #expect(lgamma(x).scalars == x.scalars.map { logGamma($0) })
        #expect(close(digamma(x).scalars, x.scalars.map { digamma($0) }, tolerance: 0))
        #expect(normalCDF(x).scalars == x.scalars.map { normalCDF($0) })
        #expect(normalQuantile(abs(x) / 3).scalars == x.scalars.map { normalQuantile(abs($0) / 3) })
    }
}
