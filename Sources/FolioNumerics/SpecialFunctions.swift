import Foundation

// Special functions of a Double, and their elementwise Tensor forms.
//
// `erf`, `erfc` and `lgamma` of a `Double` are the C library's (glibc: correctly rounded or
// within 1–2 ULP); FolioNumerics does not shadow them, so `erf(0.5)` means the same with or
// without `import FolioNumerics`. What the C library lacks is implemented here: `erfinv`,
// `digamma`, `normalCDF` (accurate in the far tail, where `0.5 * erfc(-x / √2)` is not) and
// `normalQuantile`. The accuracy of each, measured in ULPs against 50-digit mpmath values
// (Tests/FolioNumericsTests/Reference/special.py), is stated on the function and asserted by
// SpecialFunctionsTests.

private let sqrtPiOverTwo = 0.886226925452758  // √π / 2
private let twoOverSqrtPi = 1.1283791670955126  // 2 / √π
private let sqrtTwoPi = 2.5066282746310007  // √(2π)
private let inverseSqrtTwo = 0.7071067811865476  // 1/√2, high part
private let inverseSqrtTwoLow = -4.833646656726457e-17  // 1/√2 - inverseSqrtTwo

// MARK: - erfinv

/// The inverse error function: the y with erf(y) = x, for x in [-1, 1].
///
/// Why: the Gaussian quantile, Box–Muller alternatives and probit links are all erfinv.
/// Edge cases: erfinv(±1) = ±∞; |x| > 1 and NaN give NaN; erfinv(-0) = -0.
///
/// Method: a start from Giles' single-precision approximation ("Approximating the erfinv
/// function", GPU Computing Gems, 2011) for |x| ≤ 0.5, and from the normal quantile,
/// -Φ⁻¹((1 - |x|)/2)/√2, beyond (Giles' tail polynomial extrapolates badly past the float
/// range); then Halley steps on erf(y) - x — computed as (1 - |x|) - erfc(y) once |x| > 0.5,
/// where 1 - |x| is exact, so the tail keeps full precision right up to x = 1 - 2⁻⁵³.
/// |x| < 2⁻²⁷ returns x·√π/2 (the next term is below half an ULP).
///
/// Accuracy (vs mpmath): ≤ 2 ULP over all of (-1, 1), including 1 - 2⁻ᵏ for every k ≤ 53.
public func erfinv(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    let a = Swift.abs(x)
    if a >= 1 { return a == 1 ? (x > 0 ? .infinity : -.infinity) : .nan }
    if a < 0x1p-27 { return x * sqrtPiOverTwo }
    var y: Double
    let complement = 1 - a  // exact for a ≥ 0.5 (Sterbenz)
    if a > 0.5 {
        y = -normalQuantile(complement / 2) * inverseSqrtTwo
    } else {
        // Giles' estimate (relative error ≈ 1e-7 here).
        let w = -Foundation.log((1 - a) * (1 + a)) - 2.5
        var p = 2.81022636e-08
        p = 3.43273939e-07 + p * w
        p = -3.5233877e-06 + p * w
        p = -4.39150654e-06 + p * w
        p = 0.00021858087 + p * w
        p = -0.00125372503 + p * w
        p = -0.00417768164 + p * w
        p = 0.246640727 + p * w
        p = 1.50140941 + p * w
        y = p * a
    }
    for _ in 0..<2 {
        // Halley on f(y) = erf(y) - a: f'' / f' = -2y, so y -= t / (1 + y·t), t = f / f'.
        let residual = a > 0.5 ? complement - Foundation.erfc(y) : Foundation.erf(y) - a
        let t = residual / (twoOverSqrtPi * Foundation.exp(-y * y))
        if !t.isFinite { break }
        y -= t / (1 + y * t)
    }
    return x < 0 ? -y : y
}

// MARK: - digamma

/// The Taylor coefficients e₁… of f(x) = x·ψ(x) about the root x₀ of ψ, from
/// Tests/FolioNumericsTests/Reference/digamma_coefficients.py (mpmath, 60 digits).
private let digammaRootHigh = 1.4616321449683622
private let digammaRootLow = 9.549995429965697e-17
private let digammaTaylor: [Double] = [
    1.414380859739958, 0.320515365053144, -0.064931608904175, 0.018875832747949947,
    -0.006343606951359284, 0.0022948511062157967, -0.0008656448634441625, 0.0003349197451448133,
    -0.00013167741794988956, 5.2314556932694875e-05, -2.0929308985510286e-05, 8.412567983061925e-06,
    -3.392327126020536e-06, 1.3709739721300582e-06, -5.549180707134622e-07, 2.2485102992448652e-07,
    -9.117750735408116e-08, 3.6992212752293225e-08, -1.5013945396080772e-08, 6.095280485458729e-09,
    -2.4749898432904096e-09, 1.0051026113416404e-09, -4.0821405955498564e-10, 1.658037290401668e-10,
    -6.734743373121082e-11, 2.7356611840074544e-11, -1.1112553436934811e-11, 4.514116174157725e-12,
    -1.8337359495217078e-12,
]

/// x·ψ(x) at x = x₀ + d, for |d| ≤ 0.55 (Horner on the Taylor series; e₀ = 0).
private func digammaTimesX(_ d: Double) -> Double {
    var s = 0.0
    for c in digammaTaylor.reversed() { s = s * d + c }
    return s * d
}

/// ψ(x) for x ≥ 10: log x − 1/(2x) − Σ B₂ₖ / (2k x²ᵏ), k ≤ 9 (the 9th term is < 1e-17·ψ).
private func digammaAsymptotic(_ x: Double) -> Double {
    let z = 1 / (x * x)
    var s = 3.053954330270119743
    for c in [
        -0.4432598039215686, 0.08333333333333333, -0.021092796092796094, 0.007575757575757576,
        -0.004166666666666667, 0.003968253968253968, -0.008333333333333333, 0.08333333333333333,
    ] {
        s = s * z + c
    }
    return Foundation.log(x) - 0.5 / x - s * z
}

/// The digamma function ψ(x) = Γ′(x)/Γ(x), the derivative of `lgamma`.
///
/// Why: expectations under Gamma and Dirichlet distributions, the entropy of Beta variables,
/// and the gradient of `lgamma` all need it.
/// Edge cases: ψ(+0) = -∞, ψ(-0) = +∞, ψ(negative integer) = NaN (the poles, as SciPy's
/// `psi`); ψ(+∞) = +∞; NaN gives NaN.
///
/// Method: x ≥ 10: the asymptotic series. [1, 2]: x·ψ(x) as a 29-term Taylor series about the
/// positive root x₀ = 1.46163…, with x - x₀ formed against x₀ as a double-double, so ψ keeps
/// its relative accuracy next to the root. (2, 10): ψ(x - n) plus Σ 1/(x - k) (all positive,
/// no cancellation, summed compensated). (0, 1): ψ(x + 1) - 1/x. x < 0: the reflection
/// ψ(x) = ψ(1 - x) - π·cot(πx), with cot reduced exactly to (-π/2, π/2].
///
/// Accuracy (vs mpmath): ≤ 4 ULP for x > 0, including next to the root. For x < 0 the
/// reflection subtracts two large terms, and ψ has a root between every two poles: the error
/// is ≤ 4 ULP of max(|ψ(1 - x)|, |π·cot πx|) (an absolute bound of a few 1e-16 relative to
/// those terms), so the ULP error grows without bound as x approaches a negative root.
public func digamma(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    if x == 0 { return x.sign == .minus ? .infinity : -.infinity }
    if x == .infinity { return .infinity }
    if x < 0 {
        if x == x.rounded() { return .nan }
        let r = x - x.rounded()  // exact, in [-0.5, 0.5]
        return digamma(1 - x) - Double.pi / Foundation.tan(Double.pi * r)
    }
    if x >= 10 { return digammaAsymptotic(x) }
    if x < 1 {
        // ψ(x) = ψ(1 + x) - 1/x, with 1 + x - x₀ formed from x directly (no rounding of 1 + x).
        let d = (x - (digammaRootHigh - 1)) - digammaRootLow
        return digammaTimesX(d) / (1 + x) - 1 / x
    }
    if x <= 2 {
        let d = (x - digammaRootHigh) - digammaRootLow
        return digammaTimesX(d) / x
    }
    // 2 < x < 10: ψ(x) = ψ(x - n) + Σ_{k=1…n} 1/(x - k), x - n in [1, 2] (x - k is exact).
    var base = x
    var sum = 0.0
    var compensation = 0.0
    while base > 2 {
        base -= 1
        let term = 1 / base
        let t = sum + term
        compensation += Swift.abs(sum) >= Swift.abs(term) ? (sum - t) + term : (term - t) + sum
        sum = t
    }
    let d = (base - digammaRootHigh) - digammaRootLow
    return digammaTimesX(d) / base + (sum + compensation)
}

// MARK: - Normal distribution

/// The standard normal cumulative distribution function Φ(x) = P(Z ≤ x), Z ~ N(0, 1).
///
/// Why: p-values, probit models, the exact GELU (x·Φ(x)) and checks of samplers.
/// Edge cases: Φ(-∞) = 0, Φ(+∞) = 1, NaN gives NaN; results below 2⁻¹⁰²² are subnormal and
/// Φ(x) underflows to 0 for x < -38.5.
///
/// Method: Φ(x) = erfc(t)/2 with t = -x/√2. The naive form rounds t, and that relative error
/// is multiplied by 2t² in erfc (~3000 at x = -38): here t is a double-double t + δ (from an
/// FMA and 1/√2 split in two), and erfc(t + δ) = erfc(t) - δ·(2/√π)·e^(-t²) to first order.
///
/// Accuracy (vs mpmath): ≤ 2 ULP on [-38.4, 8.3] (from 1e-300 up to 1 - 1e-16), limited by
/// glibc's erfc; where the result is subnormal, the error is ≤ 1 ULP of the subnormal grid.
public func normalCDF(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    if x.isInfinite { return x > 0 ? 1 : 0 }
    let t = -x * inverseSqrtTwo
    let delta = Foundation.fma(-x, inverseSqrtTwo, -t) + (-x) * inverseSqrtTwoLow
    let e = Foundation.erfc(t)
    return 0.5 * (e - delta * twoOverSqrtPi * Foundation.exp(-t * t))
}

/// The standard normal quantile (probit) Φ⁻¹(p): the z with Φ(z) = p, for p in [0, 1].
///
/// Why: confidence intervals (z₀.₉₇₅ = 1.95996…), inverse-transform sampling, probit links.
/// Edge cases: Φ⁻¹(0) = -∞, Φ⁻¹(1) = +∞, p outside [0, 1] or NaN gives NaN. p is exact, so
/// even p = 1 - 2⁻⁵³ has a well-defined, accurate quantile (8.2095…).
///
/// Method: Acklam's rational approximation (relative error 1.15e-9), then one Halley step
/// on Φ(z) - p, with the residual formed where it has no cancellation: (Φ(z) - ½) - (p - ½) =
/// erf(z/√2)/2 - (p - ½) on the central part [0.25, 0.75] (p - ½ is exact there), Φ(z) - p
/// in the lower tail and (1 - p) - Φ(-z) in the upper tail (1 - p is exact there).
///
/// Accuracy (vs mpmath): ≤ 3 ULP on (0, 1), from p = 1e-300 to 1 - 2⁻⁵³ (2.2 measured, in
/// the central part, where the Halley step's own rounding adds to erf's).
public func normalQuantile(_ p: Double) -> Double {
    if p.isNaN || p < 0 || p > 1 { return .nan }
    if p == 0 { return -.infinity }
    if p == 1 { return .infinity }
    var z: Double
    let low = 0.02425
    if p < low || p > 1 - low {
        let q = (-2 * Foundation.log(p < low ? p : 1 - p)).squareRoot()
        let num =
            ((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q
                - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00
        let den =
            (((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q
                + 3.754408661907416e+00) * q + 1
        z = p < low ? num / den : -num / den
    } else {
        let q = p - 0.5
        let r = q * q
        let num =
            (((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r - 2.759285104469687e+02) * r
                + 1.383577518672690e+02) * r - 3.066479806614716e+01) * r + 2.506628277459239e+00) * q
        let den =
            ((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r - 1.556989798598866e+02) * r
                + 6.680131188771972e+01) * r - 1.328068155288572e+01) * r + 1
        z = num / den
    }
    // One Halley step: e = Φ(z) - p, u = e / φ(z), z -= u / (1 + z·u/2).
    let e: Double
    if p < 0.25 {
        e = normalCDF(z) - p
    } else if p <= 0.75 {
        e = 0.5 * Foundation.erf(z * inverseSqrtTwo) - (p - 0.5)
    } else {
        e = (1 - p) - normalCDF(-z)
    }
    // e^(z²/2) overflows past |z| ≈ 37.7 while e is tiny there: scale in two halves.
    let half = Foundation.exp(z * z / 4)
    let u = e * half * sqrtTwoPi * half
    if u.isFinite { z -= u / (1 + z * u / 2) }
    return z
}

// MARK: - Elementwise Tensor forms

/// The complementary error function 1 - erf(x) elementwise (glibc's `erfc`, ≤ 1 ULP; accurate
/// where erf(x) is close to 1, unlike `1 - erf(x)`).
public func erfc<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("erfc", x.tensorValue, saving: .input, { Foundation.erfc($0) }) { x, _ in
        -twoOverSqrtPi * Foundation.exp(-x * x)
    }
}

/// The inverse error function elementwise (see ``erfinv(_:)-(Double)``).
public func erfinv<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("erfinv", x.tensorValue, saving: .output, { erfinv($0) }) { _, y in
        sqrtPiOverTwo * Foundation.exp(y * y)
    }
}

/// log |Γ(x)| elementwise (glibc's `lgamma_r`: ≤ 2 ULP for x > 0; for x < 0 the error grows
/// next to the roots of log |Γ| between the poles). Poles (0, negative integers) give +∞.
public func lgamma<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("lgamma", x.tensorValue, saving: .input, { logGamma($0) }) { x, _ in digamma(x) }
}

/// The digamma function ψ elementwise (see ``digamma(_:)-(Double)``). Not differentiable:
/// its derivative, the trigamma function, is not implemented.
public func digamma<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.nonDifferentiable(
        "digamma (its derivative, trigamma, is not implemented)", x.tensorValue.map { digamma($0) }, x.tensorValue)
}

/// Φ(x) elementwise (see ``normalCDF(_:)-(Double)``).
public func normalCDF<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("normalCDF", x.tensorValue, saving: .input, { normalCDF($0) }) { x, _ in standardNormalDensity(x) }
}

/// Φ⁻¹(p) elementwise (see ``normalQuantile(_:)-(Double)``).
public func normalQuantile<T: TensorOperand>(_ p: T) -> Tensor {
    Autodiff.unary("normalQuantile", p.tensorValue, saving: .output, { normalQuantile($0) }) { _, z in
        sqrtTwoPi * Foundation.exp(0.5 * z * z)
    }
}

/// log |Γ(x)| of a Double through the thread-safe `lgamma_r` (plain `lgamma` writes the
/// global `signgam`).
@usableFromInline
func logGamma(_ x: Double) -> Double {
    var sign: Int32 = 0
    return lgamma_r(x, &sign)
}
