import Foundation

// Elementwise functions. None can fail: they follow IEEE/C semantics per element (log of a
// negative is NaN, log(0) is -inf, NaN in gives NaN out), as NumPy's ufuncs do.

private func scalarExp(_ x: Double) -> Double { Foundation.exp(x) }
private func scalarLog(_ x: Double) -> Double { Foundation.log(x) }

/// e^x elementwise.
public func exp<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("exp", x.tensorValue, saving: .output, { scalarExp($0) }) { _, y in y }
}
/// Natural logarithm elementwise (0 → -inf, negative → NaN).
public func log<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("log", x.tensorValue, saving: .input, { scalarLog($0) }) { x, _ in 1 / x }
}
/// log(1 + x) elementwise, accurate for small x.
public func log1p<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("log1p", x.tensorValue, saving: .input, { Foundation.log1p($0) }) { x, _ in 1 / (1 + x) }
}
/// e^x - 1 elementwise, accurate for small x.
public func expm1<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("expm1", x.tensorValue, saving: .output, { Foundation.expm1($0) }) { _, y in y + 1 }
}
/// Square root elementwise (negative → NaN).
public func sqrt<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("sqrt", x.tensorValue, saving: .output, { $0.squareRoot() }) { _, y in 0.5 / y }
}
/// Absolute value elementwise (its derivative at 0 is taken as 0).
public func abs<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("abs", x.tensorValue, saving: .input, { Swift.abs($0) }) { x, _ in x > 0 ? 1 : (x < 0 ? -1 : 0) }
}
/// Hyperbolic tangent elementwise. The derivative is formed from the saved output as
/// 1 - y² (as PyTorch does, so the tape keeps one tensor): accurate to an ULP of 1, not
/// relative to 4e^(-2|x|) once |x| is large (the memory the tape reports depends on it).
public func tanh<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("tanh", x.tensorValue, saving: .output, { Foundation.tanh($0) }) { _, y in 1 - y * y }
}
/// The error function elementwise.
public func erf<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("erf", x.tensorValue, saving: .input, { Foundation.erf($0) }) { x, _ in
        1.1283791670955126 * Foundation.exp(-x * x)
    }
}

/// Sine elementwise (radians). With a `Double` argument Swift picks Foundation's `sin`.
public func sin<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("sin", x.tensorValue, saving: .input, { Foundation.sin($0) }) { x, _ in Foundation.cos(x) }
}
/// Cosine elementwise (radians).
public func cos<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("cos", x.tensorValue, saving: .input, { Foundation.cos($0) }) { x, _ in -Foundation.sin(x) }
}
/// Tangent elementwise (radians); its derivative is 1 + tan².
public func tan<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("tan", x.tensorValue, saving: .output, { Foundation.tan($0) }) { _, y in 1 + y * y }
}
/// Arcsine elementwise (outside [-1, 1] → NaN).
public func asin<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("asin", x.tensorValue, saving: .input, { Foundation.asin($0) }) { x, _ in
        1 / (1 - x * x).squareRoot()
    }
}
/// Arccosine elementwise (outside [-1, 1] → NaN).
public func acos<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("acos", x.tensorValue, saving: .input, { Foundation.acos($0) }) { x, _ in
        -1 / (1 - x * x).squareRoot()
    }
}
/// Arctangent elementwise, in (-π/2, π/2).
public func atan<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("atan", x.tensorValue, saving: .input, { Foundation.atan($0) }) { x, _ in 1 / (1 + x * x) }
}
/// Hyperbolic sine elementwise.
public func sinh<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("sinh", x.tensorValue, saving: .input, { Foundation.sinh($0) }) { x, _ in Foundation.cosh(x) }
}
/// Hyperbolic cosine elementwise.
public func cosh<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("cosh", x.tensorValue, saving: .input, { Foundation.cosh($0) }) { x, _ in Foundation.sinh(x) }
}

/// The angle of the point (x, y) elementwise, in [-π, π] (C's `atan2`, NumPy's `arctan2`), with
/// broadcasting.
/// - Throws: ``TensorError`` naming both shapes if they don't broadcast.
public func atan2<Y: TensorOperand, X: TensorOperand>(_ y: Y, _ x: X) throws -> Tensor {
    let a = y.tensorValue
    let b = x.tensorValue
    let out = try Tensor.zipBroadcast(a, b) { Foundation.atan2($0, $1) }
    let (sa, sb) = (a.shape, b.shape)
    return Autodiff.record("atan2", [a, b], out, saving: [a, b]) { g, s in
        // ∂/∂y = x / (x² + y²), ∂/∂x = -y / (x² + y²).
        let dy = try Tensor.zipBroadcast(s[0], s[1]) { y, x in x / (x * x + y * y) }
        let dx = try Tensor.zipBroadcast(s[0], s[1]) { y, x in -y / (x * x + y * y) }
        return [try Autodiff.unbroadcast(g * dy, to: sa), try Autodiff.unbroadcast(g * dx, to: sb)]
    }
}

/// `atan2` of each element of `y` with one `x` (never throws: a number broadcasts to any shape).
public func atan2<Y: TensorOperand>(_ y: Y, _ x: Double) -> Tensor {
    Autodiff.unary("atan2", y.tensorValue, saving: .input, { Foundation.atan2($0, x) }) { y, _ in x / (x * x + y * y) }
}

/// `atan2` of one `y` with each element of `x`.
public func atan2<X: TensorOperand>(_ y: Double, _ x: X) -> Tensor {
    Autodiff.unary("atan2", x.tensorValue, saving: .input, { Foundation.atan2(y, $0) }) { x, _ in -y / (x * x + y * y) }
}

/// The logistic function 1 / (1 + e^-x) elementwise, computed without overflow for large |x|
/// (as SciPy's `expit`). The derivative is formed from the saved output as y·(1 - y) (as
/// PyTorch does): accurate to an ULP of ¼, not relative to e^(-x) for large positive x.
public func sigmoid<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("sigmoid", x.tensorValue, saving: .output, Tensor.sigmoid) { _, y in y * (1 - y) }
}

/// max(x, 0) elementwise; NaN stays NaN (as `np.maximum(x, 0)`). Its derivative at 0 is
/// taken as 0 (as PyTorch).
public func relu<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("relu", x.tensorValue, saving: .input, { $0 < 0 ? 0 : $0 }) { x, _ in x > 0 ? 1 : 0 }
}

/// The exact GELU, x·Φ(x) = x/2·(1 + erf(x/√2)) (not the tanh approximation). Φ is
/// ``normalCDF(_:)-(Double)``, an erfc with a compensated argument: `1 + erf(x/√2)` cancels
/// for negative x (x = -6 kept no correct digit), erfc does not.
public func gelu<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("gelu", x.tensorValue, saving: .input, { $0 * normalCDF($0) }) { x, _ in
        normalCDF(x) + x * standardNormalDensity(x)
    }
}

/// φ(x) = e^(-x²/2)/√(2π), with x² split exactly (x·x = h + l by an FMA, then
/// e^(-(h + l)/2) = e^(-h/2)·(1 - l/2)): rounding x² first would multiply its error by x²/2 in
/// the exponential (≈ 450 ULP at x = -30).
func standardNormalDensity(_ x: Double) -> Double {
    let h = x * x
    let l = Foundation.fma(x, x, -h)
    return Foundation.exp(-0.5 * h) * (1 - 0.5 * l) * 0.3989422804014327
}

/// SiLU (swish), x·sigmoid(x), elementwise; derivative σ(x)(1 + x·σ(-x)).
public func silu<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.unary("silu", x.tensorValue, saving: .input, { $0 * Tensor.sigmoid($0) }) { x, _ in
        // σ(-x), not 1 - σ(x): the latter cancels for large positive x.
        let s = Tensor.sigmoid(x)
        return s + x * s * Tensor.sigmoid(-x)
    }
}

/// `base` raised to `exponent` elementwise (C `pow` semantics, as NumPy's `power` on floats).
public func pow<B: TensorOperand>(_ base: B, _ exponent: Double) -> Tensor {
    let f: (Double) -> Double = exponent == 2 ? { $0 * $0 } : { Foundation.pow($0, exponent) }
    return Autodiff.unary("pow", base.tensorValue, saving: .input, f) { x, _ in
        exponent == 0 ? 0 : exponent * Foundation.pow(x, exponent - 1)
    }
}

/// `base` raised to each element of `exponent`.
public func pow<E: TensorOperand>(_ base: Double, _ exponent: E) -> Tensor {
    let logBase = Foundation.log(base)
    return Autodiff.unary("pow", exponent.tensorValue, saving: .output, { Foundation.pow(base, $0) }) { _, y in
        y * logBase
    }
}

/// Elementwise power with broadcasting.
/// - Throws: ``TensorError`` naming both shapes if they don't broadcast.
public func pow<B: TensorOperand, E: TensorOperand>(_ base: B, _ exponent: E) throws -> Tensor {
    let b = base.tensorValue
    let e = exponent.tensorValue
    let y = try Tensor.zipBroadcast(b, e) { Foundation.pow($0, $1) }
    let (sb, se) = (b.shape, e.shape)
    return Autodiff.record("pow", [b, e], y, saving: [b, e, y]) { g, s in
        let db = try Tensor.zipBroadcast(s[0], s[1]) { x, p in p == 0 ? 0 : p * Foundation.pow(x, p - 1) }
        let de = try Tensor.zipBroadcast(s[2], s[0]) { y, x in y == 0 ? 0 : y * Foundation.log(x) }
        return [try Autodiff.unbroadcast(g * db, to: sb), try Autodiff.unbroadcast(g * de, to: se)]
    }
}

/// Each element limited to `[min, max]`; NaN stays NaN (as `np.clip`).
public func clamp<T: TensorOperand>(_ x: T, min lower: Double, max upper: Double) -> Tensor {
    Autodiff.unary("clamp", x.tensorValue, saving: .input, { $0 < lower ? lower : ($0 > upper ? upper : $0) }) { x, _ in
        x >= lower && x <= upper ? 1 : 0
    }
}

/// 1 where the element is NaN, else 0.
public func isNaN<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.nonDifferentiable("isNaN", x.tensorValue.map { $0.isNaN ? 1 : 0 }, x.tensorValue)
}
/// 1 where the element is finite (not NaN or ±inf), else 0.
public func isFinite<T: TensorOperand>(_ x: T) -> Tensor {
    Autodiff.nonDifferentiable("isFinite", x.tensorValue.map { $0.isFinite ? 1 : 0 }, x.tensorValue)
}

/// Elements of `x` where `condition` is nonzero (NaN counts as nonzero, as NumPy), elements of
/// `y` elsewhere; the three broadcast together. Named after NumPy's `where`.
/// - Throws: ``TensorError`` naming the shapes if they don't broadcast.
public func `where`(_ condition: Tensor, _ x: Tensor, _ y: Tensor) throws -> Tensor {
    let shape = try Tensor.broadcastShape(Tensor.broadcastShape(condition.shape, x.shape), y.shape)
    let c = try condition.broadcast(to: shape).scalars
    let a = try x.broadcast(to: shape).scalars
    let b = try y.broadcast(to: shape).scalars
    var out = [Double](repeating: 0, count: c.count)
    for i in 0..<c.count { out[i] = c[i] != 0 ? a[i] : b[i] }
    let (sx, sy) = (x.shape, y.shape)
    // The condition gets no gradient (it selects; it is not differentiated).
    return Autodiff.record("where", [x, y], Tensor(contiguous: out, shape: shape), saving: [condition.detached]) {
        g, s in
        let mask = try s[0].broadcast(to: g.shape)
        let gx = try Tensor.zipBroadcast(mask, g) { $0 != 0 ? $1 : 0 }
        let gy = try Tensor.zipBroadcast(mask, g) { $0 != 0 ? 0 : $1 }
        return [try Autodiff.unbroadcast(gx, to: sx), try Autodiff.unbroadcast(gy, to: sy)]
    }
}

extension Tensor {
    @usableFromInline
    static func sigmoid(_ v: Double) -> Double {
        if v >= 0 { return 1 / (1 + Foundation.exp(-v)) }
        let e = Foundation.exp(v)
        return e / (1 + e)
    }

    /// The elements where `mask` (same shape) is nonzero, as a 1-D tensor in row-major order
    /// (NumPy's boolean indexing `t[mask]`).
    /// - Throws: ``TensorError`` naming both shapes if they differ.
    public func elements(where mask: Tensor) throws -> Tensor {
        guard mask.shape == shape else {
            throw TensorError("mask of shape \(mask.shape) does not match shape \(shape)")
        }
        let m = mask.scalars
        return Autodiff.nonDifferentiable(
            "elements(where:)", Tensor(zip(scalars, m).compactMap { $1 != 0 ? $0 : nil }), self)
    }

    static func oneValue(_ t: Tensor, _ op: String) throws -> Double {
        guard t.count == 1 else {
            throw TensorError(
                "'\(op)' compares a one-element tensor with a number, got shape \(t.shape); use '.\(op)' for an elementwise mask"
            )
        }
        return t.storage.buffer[t.offset]
    }
}

// MARK: Elementwise comparisons (0/1 masks; NaN compares false except with .!=)

/// 1 where `lhs < rhs`, else 0, broadcasting as NumPy.
/// - Throws: ``TensorError`` naming both shapes if they don't broadcast.
public func .< <L: TensorOperand, R: TensorOperand>(lhs: L, rhs: R) throws -> Tensor {
    Autodiff.nonDifferentiable(
        "comparison .<", try Tensor.zipBroadcast(lhs.tensorValue, rhs.tensorValue) { $0 < $1 ? 1 : 0 }, lhs.tensorValue,
        rhs.tensorValue)
}

/// 1 where `element < rhs`, else 0.
public func .< <L: TensorOperand>(lhs: L, rhs: Double) -> Tensor {
    Autodiff.nonDifferentiable("comparison .<", lhs.tensorValue.map { $0 < rhs ? 1 : 0 }, lhs.tensorValue)
}

/// 1 where `lhs < element`, else 0.
public func .< <R: TensorOperand>(lhs: Double, rhs: R) -> Tensor {
    Autodiff.nonDifferentiable("comparison .<", rhs.tensorValue.map { lhs < $0 ? 1 : 0 }, rhs.tensorValue)
}

/// 1 where `lhs > rhs`, else 0, broadcasting as NumPy.
/// - Throws: ``TensorError`` naming both shapes if they don't broadcast.
public func .> <L: TensorOperand, R: TensorOperand>(lhs: L, rhs: R) throws -> Tensor {
    Autodiff.nonDifferentiable(
        "comparison .>", try Tensor.zipBroadcast(lhs.tensorValue, rhs.tensorValue) { $0 > $1 ? 1 : 0 }, lhs.tensorValue,
        rhs.tensorValue)
}

/// 1 where `element > rhs`, else 0.
public func .> <L: TensorOperand>(lhs: L, rhs: Double) -> Tensor {
    Autodiff.nonDifferentiable("comparison .>", lhs.tensorValue.map { $0 > rhs ? 1 : 0 }, lhs.tensorValue)
}

/// 1 where `lhs > element`, else 0.
public func .> <R: TensorOperand>(lhs: Double, rhs: R) -> Tensor {
    Autodiff.nonDifferentiable("comparison .>", rhs.tensorValue.map { lhs > $0 ? 1 : 0 }, rhs.tensorValue)
}

/// 1 where `lhs <= rhs`, else 0, broadcasting as NumPy.
/// - Throws: ``TensorError`` naming both shapes if they don't broadcast.
public func .<= <L: TensorOperand, R: TensorOperand>(lhs: L, rhs: R) throws -> Tensor {
    Autodiff.nonDifferentiable(
        "comparison .<=", try Tensor.zipBroadcast(lhs.tensorValue, rhs.tensorValue) { $0 <= $1 ? 1 : 0 },
        lhs.tensorValue, rhs.tensorValue)
}

/// 1 where `element <= rhs`, else 0.
public func .<= <L: TensorOperand>(lhs: L, rhs: Double) -> Tensor {
    Autodiff.nonDifferentiable("comparison .<=", lhs.tensorValue.map { $0 <= rhs ? 1 : 0 }, lhs.tensorValue)
}

/// 1 where `lhs <= element`, else 0.
public func .<= <R: TensorOperand>(lhs: Double, rhs: R) -> Tensor {
    Autodiff.nonDifferentiable("comparison .<=", rhs.tensorValue.map { lhs <= $0 ? 1 : 0 }, rhs.tensorValue)
}

/// 1 where `lhs >= rhs`, else 0, broadcasting as NumPy.
/// - Throws: ``TensorError`` naming both shapes if they don't broadcast.
public func .>= <L: TensorOperand, R: TensorOperand>(lhs: L, rhs: R) throws -> Tensor {
    Autodiff.nonDifferentiable(
        "comparison .>=", try Tensor.zipBroadcast(lhs.tensorValue, rhs.tensorValue) { $0 >= $1 ? 1 : 0 },
        lhs.tensorValue, rhs.tensorValue)
}

/// 1 where `element >= rhs`, else 0.
public func .>= <L: TensorOperand>(lhs: L, rhs: Double) -> Tensor {
    Autodiff.nonDifferentiable("comparison .>=", lhs.tensorValue.map { $0 >= rhs ? 1 : 0 }, lhs.tensorValue)
}

/// 1 where `lhs >= element`, else 0.
public func .>= <R: TensorOperand>(lhs: Double, rhs: R) -> Tensor {
    Autodiff.nonDifferentiable("comparison .>=", rhs.tensorValue.map { lhs >= $0 ? 1 : 0 }, rhs.tensorValue)
}

/// 1 where `lhs == rhs`, else 0, broadcasting as NumPy.
/// - Throws: ``TensorError`` naming both shapes if they don't broadcast.
public func .== <L: TensorOperand, R: TensorOperand>(lhs: L, rhs: R) throws -> Tensor {
    Autodiff.nonDifferentiable(
        "comparison .==", try Tensor.zipBroadcast(lhs.tensorValue, rhs.tensorValue) { $0 == $1 ? 1 : 0 },
        lhs.tensorValue, rhs.tensorValue)
}

/// 1 where `element == rhs`, else 0.
public func .== <L: TensorOperand>(lhs: L, rhs: Double) -> Tensor {
    Autodiff.nonDifferentiable("comparison .==", lhs.tensorValue.map { $0 == rhs ? 1 : 0 }, lhs.tensorValue)
}

/// 1 where `lhs == element`, else 0.
public func .== <R: TensorOperand>(lhs: Double, rhs: R) -> Tensor {
    Autodiff.nonDifferentiable("comparison .==", rhs.tensorValue.map { lhs == $0 ? 1 : 0 }, rhs.tensorValue)
}

/// 1 where `lhs != rhs`, else 0, broadcasting as NumPy.
/// - Throws: ``TensorError`` naming both shapes if they don't broadcast.
public func .!= <L: TensorOperand, R: TensorOperand>(lhs: L, rhs: R) throws -> Tensor {
    Autodiff.nonDifferentiable(
        "comparison .!=", try Tensor.zipBroadcast(lhs.tensorValue, rhs.tensorValue) { $0 != $1 ? 1 : 0 },
        lhs.tensorValue, rhs.tensorValue)
}

/// 1 where `element != rhs`, else 0.
public func .!= <L: TensorOperand>(lhs: L, rhs: Double) -> Tensor {
    Autodiff.nonDifferentiable("comparison .!=", lhs.tensorValue.map { $0 != rhs ? 1 : 0 }, lhs.tensorValue)
}

/// 1 where `lhs != element`, else 0.
public func .!= <R: TensorOperand>(lhs: Double, rhs: R) -> Tensor {
    Autodiff.nonDifferentiable("comparison .!=", rhs.tensorValue.map { lhs != $0 ? 1 : 0 }, rhs.tensorValue)
}

// MARK: Scalar comparisons (Bool), so that checks read `#expect(try t.max() < 0.01)`

/// Whether the value of a one-element tensor is `< rhs`.
/// - Throws: ``TensorError`` if `lhs` has zero or several elements (use `.<` for a mask).
public func < <L: TensorOperand>(lhs: L, rhs: Double) throws -> Bool {
    try Tensor.oneValue(lhs.tensorValue, "<") < rhs
}

/// Whether `lhs <` the value of a one-element tensor (throws as the mirrored form).
public func < <R: TensorOperand>(lhs: Double, rhs: R) throws -> Bool {
    try lhs < Tensor.oneValue(rhs.tensorValue, "<")
}

/// Whether the value of a one-element tensor is `> rhs`.
/// - Throws: ``TensorError`` if `lhs` has zero or several elements (use `.>` for a mask).
public func > <L: TensorOperand>(lhs: L, rhs: Double) throws -> Bool {
    try Tensor.oneValue(lhs.tensorValue, ">") > rhs
}

/// Whether `lhs >` the value of a one-element tensor (throws as the mirrored form).
public func > <R: TensorOperand>(lhs: Double, rhs: R) throws -> Bool {
    try lhs > Tensor.oneValue(rhs.tensorValue, ">")
}

/// Whether the value of a one-element tensor is `<= rhs`.
/// - Throws: ``TensorError`` if `lhs` has zero or several elements (use `.<=` for a mask).
public func <= <L: TensorOperand>(lhs: L, rhs: Double) throws -> Bool {
    try Tensor.oneValue(lhs.tensorValue, "<=") <= rhs
}

/// Whether `lhs <=` the value of a one-element tensor (throws as the mirrored form).
public func <= <R: TensorOperand>(lhs: Double, rhs: R) throws -> Bool {
    try lhs <= Tensor.oneValue(rhs.tensorValue, "<=")
}

/// Whether the value of a one-element tensor is `>= rhs`.
/// - Throws: ``TensorError`` if `lhs` has zero or several elements (use `.>=` for a mask).
public func >= <L: TensorOperand>(lhs: L, rhs: Double) throws -> Bool {
    try Tensor.oneValue(lhs.tensorValue, ">=") >= rhs
}

/// Whether `lhs >=` the value of a one-element tensor (throws as the mirrored form).
public func >= <R: TensorOperand>(lhs: Double, rhs: R) throws -> Bool {
    try lhs >= Tensor.oneValue(rhs.tensorValue, ">=")
}

/// Whether the value of a one-element tensor is `== rhs`.
/// - Throws: ``TensorError`` if `lhs` has zero or several elements (use `.==` for a mask).
public func == <L: TensorOperand>(lhs: L, rhs: Double) throws -> Bool {
    try Tensor.oneValue(lhs.tensorValue, "==") == rhs
}

/// Whether `lhs ==` the value of a one-element tensor (throws as the mirrored form).
public func == <R: TensorOperand>(lhs: Double, rhs: R) throws -> Bool {
    try lhs == Tensor.oneValue(rhs.tensorValue, "==")
}

/// Whether the value of a one-element tensor is `!= rhs`.
/// - Throws: ``TensorError`` if `lhs` has zero or several elements (use `.!=` for a mask).
public func != <L: TensorOperand>(lhs: L, rhs: Double) throws -> Bool {
    try Tensor.oneValue(lhs.tensorValue, "!=") != rhs
}

/// Whether `lhs !=` the value of a one-element tensor (throws as the mirrored form).
public func != <R: TensorOperand>(lhs: Double, rhs: R) throws -> Bool {
    try lhs != Tensor.oneValue(rhs.tensorValue, "!=")
}
