import Foundation

// Elementwise functions. None can fail: they follow IEEE/C semantics per element (log of a
// negative is NaN, log(0) is -inf, NaN in gives NaN out), as NumPy's ufuncs do.

private func scalarExp(_ x: Double) -> Double { Foundation.exp(x) }
private func scalarLog(_ x: Double) -> Double { Foundation.log(x) }

/// e^x elementwise.
public func exp<T: TensorOperand>(_ x: T) -> Tensor { x.tensorValue.map { scalarExp($0) } }
/// Natural logarithm elementwise (0 → -inf, negative → NaN).
public func log<T: TensorOperand>(_ x: T) -> Tensor { x.tensorValue.map { scalarLog($0) } }
/// log(1 + x) elementwise, accurate for small x.
public func log1p<T: TensorOperand>(_ x: T) -> Tensor { x.tensorValue.map { Foundation.log1p($0) } }
/// e^x - 1 elementwise, accurate for small x.
public func expm1<T: TensorOperand>(_ x: T) -> Tensor { x.tensorValue.map { Foundation.expm1($0) } }
/// Square root elementwise (negative → NaN).
public func sqrt<T: TensorOperand>(_ x: T) -> Tensor { x.tensorValue.map { $0.squareRoot() } }
/// Absolute value elementwise.
public func abs<T: TensorOperand>(_ x: T) -> Tensor { x.tensorValue.map { Swift.abs($0) } }
/// Hyperbolic tangent elementwise.
public func tanh<T: TensorOperand>(_ x: T) -> Tensor { x.tensorValue.map { Foundation.tanh($0) } }
/// The error function elementwise.
public func erf<T: TensorOperand>(_ x: T) -> Tensor { x.tensorValue.map { Foundation.erf($0) } }

/// The logistic function 1 / (1 + e^-x) elementwise, computed without overflow for large |x|
/// (as SciPy's `expit`).
public func sigmoid<T: TensorOperand>(_ x: T) -> Tensor { x.tensorValue.map(Tensor.sigmoid) }

/// max(x, 0) elementwise; NaN stays NaN (as `np.maximum(x, 0)`).
public func relu<T: TensorOperand>(_ x: T) -> Tensor { x.tensorValue.map { $0 < 0 ? 0 : $0 } }

/// The exact GELU, x·Φ(x) = x/2·(1 + erf(x/√2)) (not the tanh approximation).
public func gelu<T: TensorOperand>(_ x: T) -> Tensor {
    x.tensorValue.map { 0.5 * $0 * (1 + Foundation.erf($0 * 0.7071067811865476)) }
}

/// SiLU (swish), x·sigmoid(x), elementwise.
public func silu<T: TensorOperand>(_ x: T) -> Tensor { x.tensorValue.map { $0 * Tensor.sigmoid($0) } }

/// `base` raised to `exponent` elementwise (C `pow` semantics, as NumPy's `power` on floats).
public func pow<B: TensorOperand>(_ base: B, _ exponent: Double) -> Tensor {
    if exponent == 2 { return base.tensorValue.map { $0 * $0 } }
    return base.tensorValue.map { Foundation.pow($0, exponent) }
}

/// `base` raised to each element of `exponent`.
public func pow<E: TensorOperand>(_ base: Double, _ exponent: E) -> Tensor {
    exponent.tensorValue.map { Foundation.pow(base, $0) }
}

/// Elementwise power with broadcasting.
/// - Throws: ``TensorError`` naming both shapes if they don't broadcast.
public func pow<B: TensorOperand, E: TensorOperand>(_ base: B, _ exponent: E) throws -> Tensor {
    try Tensor.zipBroadcast(base.tensorValue, exponent.tensorValue) { Foundation.pow($0, $1) }
}

/// Each element limited to `[min, max]`; NaN stays NaN (as `np.clip`).
public func clamp<T: TensorOperand>(_ x: T, min lower: Double, max upper: Double) -> Tensor {
    x.tensorValue.map { $0 < lower ? lower : ($0 > upper ? upper : $0) }
}

/// 1 where the element is NaN, else 0.
public func isNaN<T: TensorOperand>(_ x: T) -> Tensor { x.tensorValue.map { $0.isNaN ? 1 : 0 } }
/// 1 where the element is finite (not NaN or ±inf), else 0.
public func isFinite<T: TensorOperand>(_ x: T) -> Tensor { x.tensorValue.map { $0.isFinite ? 1 : 0 } }

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
    return Tensor(contiguous: out, shape: shape)
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
        return Tensor(zip(scalars, m).compactMap { $1 != 0 ? $0 : nil })
    }

    static func oneValue(_ t: Tensor, _ op: String) throws -> Double {
        guard t.count == 1 else {
            throw TensorError("'\(op)' compares a one-element tensor with a number, got shape \(t.shape); use '.\(op)' for an elementwise mask")
        }
        return t.storage.buffer[t.offset]
    }
}

// MARK: Elementwise comparisons (0/1 masks; NaN compares false except with .!=)

/// 1 where `lhs < rhs`, else 0, broadcasting as NumPy.
/// - Throws: ``TensorError`` naming both shapes if they don't broadcast.
public func .< <L: TensorOperand, R: TensorOperand>(lhs: L, rhs: R) throws -> Tensor {
    try Tensor.zipBroadcast(lhs.tensorValue, rhs.tensorValue) { $0 < $1 ? 1 : 0 }
}

/// 1 where `element < rhs`, else 0.
public func .< <L: TensorOperand>(lhs: L, rhs: Double) -> Tensor {
    lhs.tensorValue.map { $0 < rhs ? 1 : 0 }
}

/// 1 where `lhs < element`, else 0.
public func .< <R: TensorOperand>(lhs: Double, rhs: R) -> Tensor {
    rhs.tensorValue.map { lhs < $0 ? 1 : 0 }
}

/// 1 where `lhs > rhs`, else 0, broadcasting as NumPy.
/// - Throws: ``TensorError`` naming both shapes if they don't broadcast.
public func .> <L: TensorOperand, R: TensorOperand>(lhs: L, rhs: R) throws -> Tensor {
    try Tensor.zipBroadcast(lhs.tensorValue, rhs.tensorValue) { $0 > $1 ? 1 : 0 }
}

/// 1 where `element > rhs`, else 0.
public func .> <L: TensorOperand>(lhs: L, rhs: Double) -> Tensor {
    lhs.tensorValue.map { $0 > rhs ? 1 : 0 }
}

/// 1 where `lhs > element`, else 0.
public func .> <R: TensorOperand>(lhs: Double, rhs: R) -> Tensor {
    rhs.tensorValue.map { lhs > $0 ? 1 : 0 }
}

/// 1 where `lhs <= rhs`, else 0, broadcasting as NumPy.
/// - Throws: ``TensorError`` naming both shapes if they don't broadcast.
public func .<= <L: TensorOperand, R: TensorOperand>(lhs: L, rhs: R) throws -> Tensor {
    try Tensor.zipBroadcast(lhs.tensorValue, rhs.tensorValue) { $0 <= $1 ? 1 : 0 }
}

/// 1 where `element <= rhs`, else 0.
public func .<= <L: TensorOperand>(lhs: L, rhs: Double) -> Tensor {
    lhs.tensorValue.map { $0 <= rhs ? 1 : 0 }
}

/// 1 where `lhs <= element`, else 0.
public func .<= <R: TensorOperand>(lhs: Double, rhs: R) -> Tensor {
    rhs.tensorValue.map { lhs <= $0 ? 1 : 0 }
}

/// 1 where `lhs >= rhs`, else 0, broadcasting as NumPy.
/// - Throws: ``TensorError`` naming both shapes if they don't broadcast.
public func .>= <L: TensorOperand, R: TensorOperand>(lhs: L, rhs: R) throws -> Tensor {
    try Tensor.zipBroadcast(lhs.tensorValue, rhs.tensorValue) { $0 >= $1 ? 1 : 0 }
}

/// 1 where `element >= rhs`, else 0.
public func .>= <L: TensorOperand>(lhs: L, rhs: Double) -> Tensor {
    lhs.tensorValue.map { $0 >= rhs ? 1 : 0 }
}

/// 1 where `lhs >= element`, else 0.
public func .>= <R: TensorOperand>(lhs: Double, rhs: R) -> Tensor {
    rhs.tensorValue.map { lhs >= $0 ? 1 : 0 }
}

/// 1 where `lhs == rhs`, else 0, broadcasting as NumPy.
/// - Throws: ``TensorError`` naming both shapes if they don't broadcast.
public func .== <L: TensorOperand, R: TensorOperand>(lhs: L, rhs: R) throws -> Tensor {
    try Tensor.zipBroadcast(lhs.tensorValue, rhs.tensorValue) { $0 == $1 ? 1 : 0 }
}

/// 1 where `element == rhs`, else 0.
public func .== <L: TensorOperand>(lhs: L, rhs: Double) -> Tensor {
    lhs.tensorValue.map { $0 == rhs ? 1 : 0 }
}

/// 1 where `lhs == element`, else 0.
public func .== <R: TensorOperand>(lhs: Double, rhs: R) -> Tensor {
    rhs.tensorValue.map { lhs == $0 ? 1 : 0 }
}

/// 1 where `lhs != rhs`, else 0, broadcasting as NumPy.
/// - Throws: ``TensorError`` naming both shapes if they don't broadcast.
public func .!= <L: TensorOperand, R: TensorOperand>(lhs: L, rhs: R) throws -> Tensor {
    try Tensor.zipBroadcast(lhs.tensorValue, rhs.tensorValue) { $0 != $1 ? 1 : 0 }
}

/// 1 where `element != rhs`, else 0.
public func .!= <L: TensorOperand>(lhs: L, rhs: Double) -> Tensor {
    lhs.tensorValue.map { $0 != rhs ? 1 : 0 }
}

/// 1 where `lhs != element`, else 0.
public func .!= <R: TensorOperand>(lhs: Double, rhs: R) -> Tensor {
    rhs.tensorValue.map { lhs != $0 ? 1 : 0 }
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
