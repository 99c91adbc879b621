import Foundation

/// The 15-point Kronrod rule and its embedded 7-point Gauss rule (QUADPACK's `qk15`): nodes
/// on [0, 1) of the symmetric rule, the centre last.
private enum GaussKronrod15 {
    static let nodes: [Double] = [
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0,
    ]
    static let kronrodWeights: [Double] = [
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
    ]
    /// Weights of the Gauss nodes, which are nodes[1], nodes[3], nodes[5] and the centre.
    static let gaussWeights: [Double] = [
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327,
    ]

    /// The K15 integral of f (seen through `mapping`) over [a, b] and QUADPACK's error estimate.
    static func apply(_ f: (Double) throws -> Double, _ mapping: Mapping, _ a: Double, _ b: Double) rethrows -> (
        value: Double, error: Double
    ) {
        let centre = (a + b) / 2
        let half = (b - a) / 2
        // A node that rounds onto an endpoint (in intervals a few ulps wide) is moved just
        // inside, so that a singular endpoint is never evaluated.
        let inside = a.nextUp <= b.nextDown
        func node(_ x: Double) -> Double { inside ? Swift.min(Swift.max(x, a.nextUp), b.nextDown) : x }
        let fc = try mapping.evaluate(f, centre)
        var kronrod = fc * kronrodWeights[7]
        var gauss = fc * gaussWeights[3]
        var absolute = Swift.abs(kronrod)
        var values = [Double](repeating: 0, count: 14)
        for j in 0..<7 {
            let dx = half * nodes[j]
            let f1 = try mapping.evaluate(f, node(centre - dx))
            let f2 = try mapping.evaluate(f, node(centre + dx))
            values[2 * j] = f1
            values[2 * j + 1] = f2
            kronrod += kronrodWeights[j] * (f1 + f2)
            absolute += kronrodWeights[j] * (Swift.abs(f1) + Swift.abs(f2))
            if j % 2 == 1 { gauss += gaussWeights[j / 2] * (f1 + f2) }
        }
        let mean = kronrod / 2
        var spread = kronrodWeights[7] * Swift.abs(fc - mean)
        for j in 0..<7 {
            spread += kronrodWeights[j] * (Swift.abs(values[2 * j] - mean) + Swift.abs(values[2 * j + 1] - mean))
        }
        let h = Swift.abs(half)
        var error = Swift.abs((kronrod - gauss) * half)
        spread *= h
        absolute *= h
        if spread != 0 && error != 0 {
            error = spread * Swift.min(1, Foundation.pow(200 * error / spread, 1.5))
        }
        if absolute > Double.leastNormalMagnitude / (50 * Double.ulpOfOne) {
            error = Swift.max(50 * Double.ulpOfOne * absolute, error)
        }
        return (kronrod * half, error)
    }
}

/// How an integral over an infinite range is mapped to a finite one: the integrand in t,
/// f(x(t))·x′(t) (0 where x(t) overflows, at the excluded endpoints).
private enum Mapping {
    /// x = t on [a, b].
    case identity
    /// x = t/(1 − t²) on (−1, 1).
    case wholeLine
    /// x = a + t/(1 − t) on [0, 1).
    case upperHalfLine(from: Double)
    /// x = b − (1 − t)/t on (0, 1].
    case lowerHalfLine(to: Double)

    @inline(__always)
    func evaluate(_ f: (Double) throws -> Double, _ t: Double) rethrows -> Double {
        switch self {
        case .identity:
            return try f(t)
        case .wholeLine:
            let d = 1 - t * t
            guard d > 0 else { return 0 }
            let x = t / d
            return x.isFinite ? try f(x) * (1 + t * t) / (d * d) : 0
        case .upperHalfLine(let a):
            let d = 1 - t
            guard d > 0 else { return 0 }
            let x = a + t / d
            return x.isFinite ? try f(x) / (d * d) : 0
        case .lowerHalfLine(let b):
            guard t > 0 else { return 0 }
            let x = b - (1 - t) / t
            return x.isFinite ? try f(x) / (t * t) : 0
        }
    }
}

/// ∫ₐᵇ f(x) dx by adaptive Gauss–Kronrod quadrature (G7/K15, as QUADPACK's `qag`/`qagi`):
/// the subinterval with the largest error estimate is bisected until the total estimate is
/// below max(absoluteTolerance, relativeTolerance·|value|) or `maxIntervals` is reached.
///
/// For integrable singularities at an endpoint (∫₀¹ dx/√x = 2, ∫₀¹ log x dx = −1) and for
/// infinite bounds (`from: -.infinity, to: .infinity`: mapped to (−1, 1) by x = t/(1 − t²),
/// a half-line by x = a + t/(1 − t)). No node is ever an endpoint, so f is never called at a
/// singular endpoint. A singularity at an endpoint far from 0 is resolved only down to the
/// spacing of doubles there: ∫ (1 − x)^(−1/2) near x = 1 loses about √ε ≈ 10⁻⁸ (reported in
/// the error estimate, `converged` false at tighter tolerances) — substitute u = 1 − x to move
/// it to 0, where doubles are dense, for full accuracy. The error estimate is QUADPACK's (the K15 − G7 difference rescaled, and
/// never below 50ε·∫|f|); `converged` is false when the tolerance was not met — then the value
/// is still the best found. b < a gives the negated integral; a == b gives 0.
/// - Throws: only what `f` throws.
public func integrate(
    from a: Double, to b: Double, absoluteTolerance: Double = 1e-12, relativeTolerance: Double = 1e-10,
    maxIntervals: Int = 2000, _ f: (Double) throws -> Double
) rethrows -> Integral {
    if a == b { return Integral(value: 0, errorEstimate: 0, evaluations: 0) }
    if b < a {
        let r = try integrate(
            from: b, to: a, absoluteTolerance: absoluteTolerance, relativeTolerance: relativeTolerance,
            maxIntervals: maxIntervals, f)
        return Integral(
            value: -r.value, errorEstimate: r.errorEstimate, evaluations: r.evaluations, converged: r.converged)
    }
    let lo: Double
    let hi: Double
    let mapping: Mapping
    switch (a.isInfinite, b.isInfinite) {
    case (true, true): (lo, hi, mapping) = (-1, 1, .wholeLine)
    case (false, true): (lo, hi, mapping) = (0, 1, .upperHalfLine(from: a))
    case (true, false): (lo, hi, mapping) = (0, 1, .lowerHalfLine(to: b))
    case (false, false): (lo, hi, mapping) = (a, b, .identity)
    }
    var intervals: [(a: Double, b: Double, value: Double, error: Double)] = []
    let first = try GaussKronrod15.apply(f, mapping, lo, hi)
    intervals.append((lo, hi, first.value, first.error))
    var evaluations = 15
    var total = first.value
    var totalError = first.error
    func tolerance() -> Double { Swift.max(absoluteTolerance, relativeTolerance * Swift.abs(total)) }
    while totalError > tolerance() && intervals.count < maxIntervals {
        guard let worst = intervals.indices.max(by: { intervals[$0].error < intervals[$1].error }) else { break }
        let (x0, x1, value, error) = intervals[worst]
        let mid = (x0 + x1) / 2
        // Too narrow to split further in floating point: give up on this interval.
        if !(mid > x0 && mid < x1) || (x1 - x0) <= 4 * Double.ulpOfOne * Swift.max(Swift.abs(x0), Swift.abs(x1)) {
            break
        }
        let left = try GaussKronrod15.apply(f, mapping, x0, mid)
        let right = try GaussKronrod15.apply(f, mapping, mid, x1)
        evaluations += 30
        intervals[worst] = (x0, mid, left.value, left.error)
        intervals.append((mid, x1, right.value, right.error))
        total += left.value + right.value - value
        totalError += left.error + right.error - error
    }
    // Re-sum to shed the drift of the running updates.
    total = intervals.reduce(0) { $0 + $1.value }
    totalError = intervals.reduce(0) { $0 + $1.error }
    return Integral(
        value: total, errorEstimate: totalError, evaluations: evaluations,
        converged: totalError <= tolerance())
}
