import Foundation
import Testing

@testable import FolioNumerics

/// Kolmogorov–Smirnov statistic of `samples` against `cdf` (the library's `ksStatistic`).
private func ks(_ samples: [Double], _ cdf: (Double) -> Double) -> Double {
    ksStatistic(Tensor(samples), cdf: cdf)
}

@Suite struct TensorRandomTests {
    let key = RandomKey(seed: 42)
    let n = 20_000
    var critical: Double { 1.63 / Double(n).squareRoot() }  // KS at the 1% level

    @Test func reproducibleAndShaped() throws {
        let a = try Tensor.uniform(shape: [3, 4], key: key)
        let b = try Tensor.uniform(shape: [3, 4], key: key)
        #expect(a.shape == [3, 4] && a.scalars == b.scalars)
        #expect(try Tensor.uniform(shape: [12], key: key.foldIn(1)).scalars != a.scalars)
        #expect(tensorErrorMessage { try Tensor.normal(shape: [2], standardDeviation: -1, key: key) } != nil)
    }

    @Test func uniformAndNormalPassKS() throws {
        let u = try Tensor.uniform(shape: [n], in: 2..<5, key: key).scalars
        #expect(u.allSatisfy { $0 >= 2 && $0 < 5 })
        #expect(ks(u) { ($0 - 2) / 3 } < critical)
        let z = try Tensor.normal(shape: [n], mean: 1, standardDeviation: 2, key: key).scalars
        #expect(ks(z) { 0.5 * (1 + erf(($0 - 1) / (2 * 2.0.squareRoot()))) } < critical)
    }

    @Test func gumbelAndExponentialPassKS() throws {
        let g = try Tensor.gumbel(shape: [n], key: key).scalars
        #expect(ks(g) { exp(-exp(-$0)) } < critical)
        let e = try Tensor.exponential(shape: [n], rate: 3, key: key).scalars
        #expect(ks(e) { 1 - exp(-3 * $0) } < critical)
    }

    @Test func bernoulliAndCategoricalFrequencies() throws {
        let b = try Tensor.bernoulli(shape: [n], probability: 0.3, key: key)
        #expect(abs(try b.mean().scalar - 0.3) < 4 * (0.3 * 0.7 / Double(n)).squareRoot())
        let logits = Tensor([1, 2, 3, -Double.infinity])
        let draws = try categorical(logits: logits, count: n, key: key)
        let freq = try bincount(draws, length: 4) / Double(n)
        let p = softmax(logits)
        // Chi-square with 2 degrees of freedom (class 3 is impossible): 13.8 is the 0.1% point.
        let counts = freq.scalars.map { $0 * Double(n) }
        let expected = p.scalars.map { $0 * Double(n) }
        let chi2 = zip(counts.prefix(3), expected.prefix(3)).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) / $1.1 }
        #expect(chi2 < 13.8)
        #expect(counts[3] == 0)
        // Gumbel-max gives the same distribution.
        let gumbelDraws = try (log(p) + Tensor.gumbel(shape: [n, 4], key: key.foldIn(7))).argmax(axis: 1)
        let gumbelFreq = try bincount(gumbelDraws, length: 4) / Double(n)
        #expect(try abs(gumbelFreq - p).max() < 0.015)
    }
}
