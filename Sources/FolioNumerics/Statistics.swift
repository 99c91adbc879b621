import Foundation

// Summary statistics and goodness-of-fit: what a note needs to say "this Monte Carlo estimate
// agrees with the formula" with an error bar, and "these samples follow that distribution".

extension Tensor {
    /// The standard error of the mean of all elements, s/√n with s the sample standard
    /// deviation (`ddof: 1`), as a 0-d tensor: the error bar of a Monte Carlo average.
    /// Fewer than two elements give NaN (as `scipy.stats.sem`).
    public func standardError() -> Tensor {
        let n = Double(count)
        return standardDeviation(ddof: 1) / n.squareRoot()
    }

    /// Standard errors of the mean along `axis` (see ``standardError()``).
    /// - Throws: ``TensorError`` if `axis` is out of range.
    public func standardError(axis: Int, keepDims: Bool = false) throws -> Tensor {
        let n = Double(shape[try normalizedAxis(axis)])
        return try standardDeviation(axis: axis, ddof: 1, keepDims: keepDims) / n.squareRoot()
    }
}

/// The mean of all elements of `x` and its standard error s/√n (s with `ddof: 1`), as plain
/// numbers: `let (m, se) = meanAndStandardError(samples)`, then check `abs(m - exact) < 4 * se`.
/// An empty tensor gives NaN for both; one element gives a NaN standard error.
public func meanAndStandardError(_ x: Tensor) -> (mean: Double, standardError: Double) {
    let values = x.scalars
    guard !values.isEmpty else { return (.nan, .nan) }
    let m = (try? x.mean().scalar) ?? .nan
    let se = (try? x.standardError().scalar) ?? .nan
    return (m, se)
}

/// The one-sample Kolmogorov–Smirnov statistic D = sup |Fₙ(x) - F(x)| of the elements of
/// `sample` (any shape, flattened) against the continuous distribution function `cdf`.
///
/// Why: it is how the sampler tests and notes check a whole distribution, not one moment.
/// Computed exactly as `scipy.stats.kstest`'s statistic: over the sorted sample,
/// max over i of max(i/n - F(xᵢ), F(xᵢ) - (i-1)/n). An empty sample or NaN gives NaN.
public func ksStatistic(_ sample: Tensor, cdf: (Double) throws -> Double) rethrows -> Double {
    let sorted = sample.scalars.sorted()
    let n = Double(sorted.count)
    guard !sorted.isEmpty, !sorted.contains(where: \.isNaN) else { return .nan }
    var d = 0.0
    for (i, x) in sorted.enumerated() {
        let f = try cdf(x)
        if f.isNaN { return .nan }
        d = Swift.max(d, Double(i + 1) / n - f, f - Double(i) / n)
    }
    return d
}

/// The two-sample Kolmogorov–Smirnov statistic D = sup |Fₐ(x) - F_b(x)| between the empirical
/// distributions of `a` and `b` (flattened), as `scipy.stats.ks_2samp`'s statistic. Ties
/// (equal values in either sample) are stepped over together, so D is exact with ties.
/// An empty sample or NaN gives NaN.
public func ksStatistic(_ a: Tensor, _ b: Tensor) -> Double {
    let x = a.scalars.sorted()
    let y = b.scalars.sorted()
    guard !x.isEmpty, !y.isEmpty, !x.contains(where: \.isNaN), !y.contains(where: \.isNaN) else { return .nan }
    let n = Double(x.count)
    let m = Double(y.count)
    var i = 0
    var j = 0
    var d = 0.0
    while i < x.count && j < y.count {
        let v = Swift.min(x[i], y[j])
        while i < x.count && x[i] == v { i += 1 }
        while j < y.count && y[j] == v { j += 1 }
        d = Swift.max(d, Swift.abs(Double(i) / n - Double(j) / m))
    }
    return d
}

/// The asymptotic p-value P(D ≥ `statistic`) of a Kolmogorov–Smirnov statistic from `count`
/// observations (for two samples of sizes n and m, pass n·m/(n+m)): the Kolmogorov survival
/// function Q(λ) = 2 Σ (-1)ᵏ⁻¹ e^(-2k²λ²) at λ = (√n + 0.12 + 0.11/√n)·D (Stephens' small-sample
/// correction, as Numerical Recipes' `probks`). Good to about two digits for n ≥ 35, which is
/// what a pass/fail check needs; it is not SciPy's exact small-sample distribution.
/// Returns 1 for D ≤ 0 and NaN for NaN or a count below 1.
public func ksPValue(statistic d: Double, count: Double) -> Double {
    guard !d.isNaN, count >= 1 else { return .nan }
    if d <= 0 { return 1 }
    let root = count.squareRoot()
    let lambda = (root + 0.12 + 0.11 / root) * d
    if lambda < 0.2 { return 1 }
    var sum = 0.0
    var sign = 1.0
    for k in 1...100 {
        let kk = Double(k)
        let term = sign * Foundation.exp(-2 * kk * kk * lambda * lambda)
        sum += term
        if Swift.abs(term) < 1e-17 * Swift.abs(sum) { break }
        sign = -sign
    }
    return Swift.min(Swift.max(2 * sum, 0), 1)
}
