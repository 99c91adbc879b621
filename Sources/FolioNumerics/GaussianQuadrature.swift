import Foundation

/// The result of a numerical integration: the value, an estimate of its absolute error, and
/// what it cost.
public struct Integral: Sendable, Equatable, CustomStringConvertible {
    /// The computed integral.
    public let value: Double
    /// An estimate of |value − exact| (see each rule for how it is made; estimates are
    /// usually pessimistic for smooth integrands, but an estimate is not a bound).
    public let errorEstimate: Double
    /// How many times the integrand was evaluated.
    public let evaluations: Int
    /// Whether the requested tolerance was met (always true for fixed rules).
    public let converged: Bool

    /// A result from parts (the integrators build these; tests compare against them).
    public init(value: Double, errorEstimate: Double, evaluations: Int, converged: Bool = true) {
        self.value = value
        self.errorEstimate = errorEstimate
        self.evaluations = evaluations
        self.converged = converged
    }

    /// `value ± errorEstimate`, flagged when the rule did not converge, as a note prints it.
    public var description: String {
        "\(value) ± \(errorEstimate)\(converged ? "" : " (not converged)")"
    }
}

/// The nodes and weights of the n-point Gauss–Legendre rule on [−1, 1]: ∫₋₁¹ f ≈ Σ wᵢ f(xᵢ),
/// exact for polynomials of degree ≤ 2n − 1. Nodes ascending.
///
/// Nodes are the roots of the Legendre polynomial Pₙ, found by Newton's method from
/// Tricomi's initial guesses cos(π(i + 3/4)/(n + 1/2)), with Pₙ and Pₙ′ by the three-term
/// recurrence; weights 2/((1 − x²)Pₙ′(x)²). Accurate to a few ulps for n up to several
/// thousand; O(n²) work.
/// - Throws: ``TensorError`` unless 1 ≤ points ≤ 100 000.
public func gaussLegendreRule(points n: Int) throws -> (nodes: [Double], weights: [Double]) {
    guard (1...100_000).contains(n) else { throw TensorError("gaussLegendreRule needs 1…100000 points, got \(n)") }
    // Pₙ(x) and Pₙ₋₁(x) by Bonnet's recurrence.
    func legendre(_ x: Double) -> (Double, Double) {
        var p0 = 1.0
        var p1 = x
        if n > 1 {
            for k in 2...n {
                let pk = ((2 * Double(k) - 1) * x * p1 - (Double(k) - 1) * p0) / Double(k)
                p0 = p1
                p1 = pk
            }
        }
        return (p1, p0)
    }
    var nodes = [Double](repeating: 0, count: n)
    var weights = nodes
    for i in 0..<((n + 1) / 2) {
        var x = Foundation.cos(Double.pi * (Double(i) + 0.75) / (Double(n) + 0.5))
        for _ in 0..<100 {
            let (p, previous) = legendre(x)
            let dx = p / (Double(n) * (x * p - previous) / (x * x - 1))
            x -= dx
            if Swift.abs(dx) <= 1e-16 * Swift.max(1, Swift.abs(x)) { break }
        }
        let (p, previous) = legendre(x)
        let derivative = Double(n) * (x * p - previous) / (x * x - 1)
        let w = 2 / ((1 - x * x) * derivative * derivative)
        nodes[i] = -x
        nodes[n - 1 - i] = x
        weights[i] = w
        weights[n - 1 - i] = w
    }
    if n % 2 == 1 { nodes[n / 2] = 0 }
    return (nodes, weights)
}

/// ∫ₐᵇ f(x) dx by Gauss–Legendre quadrature (the n-point rule is exact for polynomials of
/// degree ≤ 2n − 1 and converges geometrically for analytic f): the rules with n = `points`
/// and 2n nodes (3·points evaluations); the value is the 2n-point one and the error estimate
/// |Qₙ − Q₂ₙ| — about the error of Qₙ, so for smooth f a wide upper estimate of the returned
/// value's error. For
/// endpoint singularities or infinite ranges use ``integrate(from:to:absoluteTolerance:relativeTolerance:maxIntervals:_:)``.
/// - Throws: ``TensorError`` if `points` is out of range (1…50 000); what `f` throws.
public func gaussLegendre(
    from a: Double, to b: Double, points: Int = 20, _ f: (Double) throws -> Double
) throws -> Integral {
    guard (1...50_000).contains(points) else { throw TensorError("gaussLegendre needs 1…50000 points, got \(points)") }
    func rule(_ n: Int) throws -> Double {
        let (x, w) = try gaussLegendreRule(points: n)
        let half = (b - a) / 2
        let mid = (a + b) / 2
        var s = 0.0
        for i in 0..<n { s += w[i] * (try f(mid + half * x[i])) }
        return s * half
    }
    let q = try rule(points)
    let fine = try rule(2 * points)
    return Integral(value: fine, errorEstimate: Swift.abs(fine - q), evaluations: 3 * points)
}

/// The nodes and weights of the n-point Gauss–Hermite rule (physicists' weight e^{−x²}):
/// ∫ e^{−x²} f(x) dx over ℝ ≈ Σ wᵢ f(xᵢ), exact for polynomials of degree ≤ 2n − 1. Nodes
/// ascending.
///
/// Roots of Hₙ by Newton's method on the orthonormal Hermite recurrence (which neither
/// overflows nor underflows for moderate n), from the asymptotic initial guesses of Numerical
/// Recipes' `gauher`; weights 2/(ψₙ′)². Nodes and weights agree with NumPy's `hermgauss` to
/// a few ulps. Limited to 100 points: beyond that these initial guesses let Newton's method
/// converge to a root already found (for more, use ``integrate(from:to:absoluteTolerance:relativeTolerance:maxIntervals:_:)``
/// from −∞ to ∞).
/// - Throws: ``TensorError`` unless 1 ≤ points ≤ 100.
public func gaussHermiteRule(points n: Int) throws -> (nodes: [Double], weights: [Double]) {
    guard (1...100).contains(n) else { throw TensorError("gaussHermiteRule needs 1…100 points, got \(n)") }
    let piQuarter = 0.7511255444649425  // π^(−1/4)
    var nodes = [Double](repeating: 0, count: n)
    var weights = nodes
    // ψₙ(x) and ψₙ₋₁(x) of the orthonormal recurrence.
    func evaluate(_ x: Double) -> (Double, Double) {
        var p1 = piQuarter
        var p2 = 0.0
        for j in 1...n {
            let p3 = p2
            p2 = p1
            p1 = x * (2 / Double(j)).squareRoot() * p2 - (Double(j - 1) / Double(j)).squareRoot() * p3
        }
        return (p1, p2)
    }
    var z = 0.0
    for i in 0..<((n + 1) / 2) {
        switch i {
        case 0: z = (2 * Double(n) + 1).squareRoot() - 1.85575 * Foundation.pow(2 * Double(n) + 1, -1.0 / 6)
        case 1: z -= 1.14 * Foundation.pow(Double(n), 0.426) / z
        case 2: z = 1.86 * z - 0.86 * nodes[n - 1]
        case 3: z = 1.91 * z - 0.91 * nodes[n - 2]
        default: z = 2 * z - nodes[n - 1 - (i - 2)]
        }
        var derivative = 0.0
        for _ in 0..<100 {
            let (p, previous) = evaluate(z)
            derivative = (2 * Double(n)).squareRoot() * previous
            let dz = p / derivative
            z -= dz
            if Swift.abs(dz) <= 1e-15 * Swift.max(1, Swift.abs(z)) { break }
        }
        derivative = (2 * Double(n)).squareRoot() * evaluate(z).1
        nodes[n - 1 - i] = z
        nodes[i] = -z
        let w = 2 / (derivative * derivative)
        weights[i] = w
        weights[n - 1 - i] = w
    }
    if n % 2 == 1 { nodes[n / 2] = 0 }
    return (nodes, weights)
}

/// ∫ e^{−x²} f(x) dx over the real line by Gauss–Hermite quadrature: the rules with `points`
/// and 2·`points` nodes (3·points evaluations); the value is the 2n-point one, the error
/// estimate |Qₙ − Q₂ₙ| (for smooth f a wide upper estimate of its error). Accurate when f is
/// smooth and grows at most polynomially; for expectations under a normal distribution use
/// ``normalExpectation(mean:standardDeviation:points:_:)``.
/// - Throws: ``TensorError`` if `points` is out of range (1…50); what `f` throws.
public func gaussHermite(points: Int = 20, _ f: (Double) throws -> Double) throws -> Integral {
    guard (1...50).contains(points) else { throw TensorError("gaussHermite needs 1…50 points, got \(points)") }
    func rule(_ n: Int) throws -> Double {
        let (x, w) = try gaussHermiteRule(points: n)
        var s = 0.0
        for i in 0..<n where w[i] != 0 { s += w[i] * (try f(x[i])) }
        return s
    }
    let q = try rule(points)
    let fine = try rule(2 * points)
    return Integral(value: fine, errorEstimate: Swift.abs(fine - q), evaluations: 3 * points)
}

/// E[f(X)] for X ~ N(mean, standardDeviation²), by Gauss–Hermite quadrature after the change
/// of variables x = mean + √2·σ·t: deterministic and, for smooth f, far more accurate than
/// Monte Carlo (e.g. E[X²] = μ² + σ² exactly with 2 points).
/// - Throws: ``TensorError`` if `points` is out of range (1…50) or σ is negative; what `f`
///   throws.
public func normalExpectation(
    mean: Double = 0, standardDeviation: Double = 1, points: Int = 30, _ f: (Double) throws -> Double
) throws -> Integral {
    guard standardDeviation >= 0 else {
        throw TensorError("normalExpectation: standard deviation \(standardDeviation) is negative")
    }
    let r = try gaussHermite(points: points) { t in try f(mean + 2.0.squareRoot() * standardDeviation * t) }
    let norm = 1 / Double.pi.squareRoot()
    return Integral(value: r.value * norm, errorEstimate: r.errorEstimate * norm, evaluations: r.evaluations)
}
