import Foundation
import Testing

@testable import FolioNumerics

/// The normal sampler's own log and cos(2πt) stay below 1 ULP (what its doc comment promises)
/// against 50-digit mpmath values on the domains it uses them on (SamplerReference.swift, from
/// Reference/sampler.py); the maxima are printed for the closing note.
@Suite struct SamplerMathTests {
    @Test func logIsWithinOneUlp() {
        let table = SamplerReference.logOpenUnit
        let xs = stride(from: 0, to: table.count, by: 3).map { table[$0] }
        let computed = SamplerMath.log(xs)
        var lookup = [Double: Double]()
        for (x, y) in zip(xs, computed) { lookup[x] = y }
        let worst = maxUlpError(table) { lookup[$0] ?? .nan }
        print("ULP sampler log: max \(String(format: "%.2f", worst.ulps)) at x = \(worst.at) over \(xs.count) points")
        #expect(worst.ulps <= 1)
    }

    @Test func cos2PiIsWithinOneUlp() {
        let table = SamplerReference.cos2Pi
        let ts = stride(from: 0, to: table.count, by: 3).map { table[$0] }
        let computed = SamplerMath.cos2Pi(ts)
        var lookup = [Double: Double]()
        for (t, y) in zip(ts, computed) { lookup[t] = y }
        let worst = maxUlpError(table) { lookup[$0] ?? .nan }
        print(
            "ULP sampler cos(2πt): max \(String(format: "%.2f", worst.ulps)) at t = \(worst.at) over \(ts.count) points"
        )
        #expect(worst.ulps <= 1)
        // The zeros are exact (cos of the rounded 2π·t is not: about 1e-16 off).
        #expect(SamplerMath.cos2Pi([0.25, 0.75]).allSatisfy { $0 == 0 })
        #expect(abs(Foundation.cos(2 * Double.pi * 0.25)) > 0)
    }
}
