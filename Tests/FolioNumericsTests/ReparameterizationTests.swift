import FolioNumerics
import Foundation
import Testing

/// Issue 5's note-sized example: the gradient of E[z²], z ~ N(μ = 1, σ = 2), with respect to
/// (μ, σ), estimated by the reparameterization trick (z = μ + σε, differentiate through the
/// sample) and by the score function (f(z)·∇log p(z)), both by autodiff on per-sample copies of
/// μ and σ, so that the gradient tensors hold one estimate per sample.
@Suite struct ReparameterizationTests {
    let mu = 1.0, sigma = 2.0, samples = 200_000

    /// E[g(ε)] for ε ~ N(0, 1), exactly for polynomials of degree < 80 (Gauss–Hermite).
    func expectation(_ g: (Double) -> Double) throws -> Double {
        let rule = try gaussHermiteRule(points: 40)
        return zip(rule.nodes, rule.weights).reduce(0) { $0 + $1.1 * g(2.0.squareRoot() * $1.0) }
            / Double.pi.squareRoot()
    }

    /// Per-sample estimates of (∂/∂μ, ∂/∂σ) E[z²]: reparameterized and score function.
    func estimates() throws -> (reparam: (Tensor, Tensor), score: (Tensor, Tensor)) {
        let epsilon = try Tensor.normal(shape: [samples], key: RandomKey(seed: 5).foldIn(0))
        let mus = try Tensor.full(shape: [samples], value: mu)
        let sigmas = try Tensor.full(shape: [samples], value: sigma)
        let reparam = try gradient(at: mus, sigmas) { m, s in
            let z = try m + s * epsilon
            return try (z * z).sum()
        }
        // Score function: the samples are constants; log N(z; μ, σ) = −(z − μ)²/(2σ²) − log σ − ½log 2π.
        let z = try mus + sigmas * epsilon
        let scores = try gradient(at: mus, sigmas) { m, s in
            let d = try stopGradient(z) - m
            return try (-(d * d) / (2 * s * s) - log(s)).sum()
        }
        let f = try z * z
        return (reparam, (try f * scores.0, try f * scores.1))
    }

    @Test func reparameterizedGradientIsUnbiasedWithLowerVariance() throws {
        let (reparam, score) = try estimates()
        let z: (Double) -> Double = { self.mu + self.sigma * $0 }
        // Exact means (2μ, 2σ) and per-sample variances, by quadrature of the estimators.
        let exact = [
            (name: "reparam ∂μ", estimate: reparam.0, g: { (e: Double) in 2 * z(e) }),
            (name: "reparam ∂σ", estimate: reparam.1, g: { (e: Double) in 2 * z(e) * e }),
            (name: "score ∂μ", estimate: score.0, g: { (e: Double) in z(e) * z(e) * e / self.sigma }),
            (name: "score ∂σ", estimate: score.1, g: { (e: Double) in z(e) * z(e) * (e * e - 1) / self.sigma }),
        ]
        var variances: [String: Double] = [:]
        for item in exact {
            let mean = try expectation(item.g)
            let variance = try expectation { pow(item.g($0) - mean, 2) }
            let fourth = try expectation { pow(item.g($0) - mean, 4) }
            let (estimatedMean, standardError) = meanAndStandardError(item.estimate)
            // The mean is the true gradient (2μ, 2σ) within 4 standard errors.
            #expect(abs(mean - (item.name.hasSuffix("μ") ? 2 * mu : 2 * sigma)) < 1e-9, "\(item.name): E = \(mean)")
            #expect(
                abs(estimatedMean - mean) < 4 * standardError,
                "\(item.name): \(estimatedMean) ± \(standardError) vs \(mean)")
            // The sample variance is the exact one within 4 of its standard errors, √((μ₄ − σ⁴)/n).
            let sampleVariance = try item.estimate.variance(ddof: 1).scalar
            let varianceError = ((fourth - variance * variance) / Double(samples)).squareRoot()
            #expect(
                abs(sampleVariance - variance) < 4 * varianceError,
                "\(item.name): variance \(sampleVariance) ± \(varianceError) vs \(variance)")
            variances[item.name] = variance
            print(
                "\(item.name): mean \(estimatedMean) ± \(standardError) (exact \(mean)); variance \(sampleVariance) ± \(varianceError) (exact \(variance))"
            )
        }
        // Closed forms: Var 2z = 4σ² and Var z²ε/σ = (μ⁴ + 18μ²σ² + 15σ⁴)/σ² − 4μ².
        #expect(abs((variances["reparam ∂μ"] ?? 0) - 4 * sigma * sigma) < 1e-9)
        #expect(
            abs(
                (variances["score ∂μ"] ?? 0)
                    - ((pow(mu, 4) + 18 * mu * mu * sigma * sigma + 15 * pow(sigma, 4)) / (sigma * sigma) - 4 * mu * mu)
            ) < 1e-9)
        #expect((variances["reparam ∂μ"] ?? .infinity) < (variances["score ∂μ"] ?? 0))
        #expect((variances["reparam ∂σ"] ?? .infinity) < (variances["score ∂σ"] ?? 0))
        let sampleReparam = try reparam.0.variance(ddof: 1).scalar
        let sampleScore = try score.0.variance(ddof: 1).scalar
        #expect(sampleReparam < sampleScore)
    }
}
