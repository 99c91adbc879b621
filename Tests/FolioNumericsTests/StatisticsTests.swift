import Foundation
import Testing

@testable import FolioNumerics

@Suite struct StatisticsTests {
    @Test func standardErrorMatchesSciPy() throws {
        // scipy.stats.sem([1, 2, 3, 4, 10]) = 1.5811388300841895
        let x: Tensor = [1, 2, 3, 4, 10]
        #expect(abs(try x.standardError().scalar - 1.5811388300841895) < 1e-15)
        let (m, se) = meanAndStandardError(x)
        #expect(m == 4 && abs(se - 1.5811388300841895) < 1e-15)
        let rows = try Tensor([[1, 2, 3, 4, 10], [2, 2, 2, 2, 2]])
        expectClose(try rows.standardError(axis: 1), shape: [2], [1.5811388300841895, 0], tolerance: 1e-15)
        #expect(try Tensor([5.0]).standardError().scalar.isNaN)
        #expect(meanAndStandardError(Tensor([Double]())).mean.isNaN)
    }

    @Test func oneSampleKSMatchesSciPy() {
        // scipy.stats.kstest([0.1, 0.5, 0.52, 0.9], 'uniform').statistic = 0.25
        #expect(abs(ksStatistic([0.1, 0.5, 0.52, 0.9], cdf: { $0 }) - 0.25) < 1e-15)
        // scipy.stats.kstest([-1, 0, 0.3, 2], 'norm').statistic = 0.25 (at x = 0, Φ = 0.5)
        #expect(abs(ksStatistic([-1, 0, 0.3, 2], cdf: normalCDF) - 0.25) < 1e-15)
        #expect(ksStatistic(Tensor([Double]()), cdf: { $0 }).isNaN)
        #expect(ksStatistic([0.5, .nan], cdf: { $0 }).isNaN)
    }

    @Test func twoSampleKSMatchesSciPyWithTies() {
        // scipy.stats.ks_2samp([1, 2, 2, 3], [2, 2, 4, 5, 6]).statistic = 0.6
        #expect(abs(ksStatistic([1, 2, 2, 3], [2, 2, 4, 5, 6]) - 0.6) < 1e-15)
        #expect(ksStatistic([1, 2, 3], [1, 2, 3]) == 0)
        #expect(ksStatistic([1, 2], [3, 4]) == 1)
    }

    @Test func ksPValueIsKolmogorovsDistribution() {
        // scipy.stats.kstwobign.sf(1.6276) = 0.010001537333060776.
        let n = 10_000.0
        let d = 1.6276 / (n.squareRoot() + 0.12 + 0.11 / n.squareRoot())
        #expect(abs(ksPValue(statistic: d, count: n) - 0.010001537333060776) < 1e-12)
        #expect(ksPValue(statistic: 0, count: n) == 1)
        #expect(ksPValue(statistic: 0.5, count: n) < 1e-100)
    }

    @Test func samplersPassTheLibraryKSTest() throws {
        let z = try Tensor.normal(shape: [20_000], key: RandomKey(seed: 9))
        let d = ksStatistic(z, cdf: normalCDF)
        #expect(ksPValue(statistic: d, count: 20_000) > 0.01)
        let shifted = z + 0.1
        #expect(ksPValue(statistic: ksStatistic(shifted, cdf: normalCDF), count: 20_000) < 1e-6)
    }
}
