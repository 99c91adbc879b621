import Foundation

/// A fitted power law y ≈ coefficient · x^exponent (see ``powerLawFit(x:y:)``).
public struct PowerLawFit: Sendable, Equatable, CustomStringConvertible {
    /// c in y = c·x^k.
    public let coefficient: Double
    /// k in y = c·x^k: the slope of the line in log-log space (e.g. a scaling-law exponent).
    public let exponent: Double
    /// The coefficient of determination of the straight-line fit of log y on log x (1 is a
    /// perfect power law), computed in log space where the fit is made.
    public let rSquared: Double

    /// The fitted value c·x^k.
    public func callAsFunction(_ x: Double) -> Double { coefficient * Foundation.pow(x, exponent) }

    /// The fitted law, `y = a · x^k (R² = …)`, as a note prints it.
    public var description: String {
        "y = \(coefficient) · x^\(exponent) (R² = \(rSquared))"
    }
}

/// Fits y = c·x^k by least squares on log y = log c + k·log x (a straight line in log-log
/// space, as scaling laws are fitted): each point weighs equally in relative terms, so
/// points spanning decades all matter, unlike a fit of y itself that only sees the largest.
/// - Throws: ``TensorError`` if the shapes differ, there are fewer than two points, an x or y
///   is not positive and finite (no logarithm), or all x are equal (no slope).
public func powerLawFit(x: Tensor, y: Tensor) throws -> PowerLawFit {
    guard x.shape == y.shape else {
        throw TensorError("powerLawFit: x of shape \(x.shape) and y of shape \(y.shape) differ")
    }
    let xs = x.detached.scalars
    let ys = y.detached.scalars
    guard xs.count >= 2 else { throw TensorError("powerLawFit needs at least two points, got \(xs.count)") }
    for (u, v) in zip(xs, ys) where !(u > 0 && v > 0 && u.isFinite && v.isFinite) {
        throw TensorError("powerLawFit needs positive finite x and y (it fits in log space), got (\(u), \(v))")
    }
    let lx = xs.map { Foundation.log($0) }
    let ly = ys.map { Foundation.log($0) }
    guard let first = lx.first, lx.contains(where: { $0 != first }) else {
        throw TensorError("powerLawFit: all x are equal, so there is no exponent to fit")
    }
    var design = [Double]()
    design.reserveCapacity(2 * lx.count)
    for v in lx { design += [1, v] }
    let solution = try leastSquares(Tensor(contiguous: design, shape: [lx.count, 2]), Tensor(ly)).scalars
    let (intercept, slope) = (solution[0], solution[1])
    let mean = ly.reduce(0, +) / Double(ly.count)
    var residual = 0.0
    var total = 0.0
    for (u, v) in zip(lx, ly) {
        let e = v - (intercept + slope * u)
        residual += e * e
        total += (v - mean) * (v - mean)
    }
    // All y equal: the fit (exponent 0) is exact; call that R² = 1.
    let r2 = total == 0 ? 1 : 1 - residual / total
    return PowerLawFit(coefficient: Foundation.exp(intercept), exponent: slope, rSquared: r2)
}
