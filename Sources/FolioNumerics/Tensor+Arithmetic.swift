/// The tensor side of Folio's operators and elementwise functions. Only `Tensor` conforms.
///
/// Every operator and free function that takes a `Tensor` next to a `Double` (or a literal)
/// is generic over this protocol instead of taking `Tensor`: Swift's type checker never
/// infers a generic parameter from a bare literal, so `x + 1` and `exp(1)` with `x: Double`
/// stay plain `Double` arithmetic after `import FolioNumerics`, and `t * 2` picks the
/// non-throwing tensor ⊕ `Double` overload rather than converting `2` to a tensor and
/// requiring `try`. (Concrete overloads make `[1.0].map { $0 + 1 }` ambiguous.)
public protocol TensorOperand {
    /// The operand as a tensor.
    var tensorValue: Tensor { get }
}

extension Tensor: TensorOperand {
    /// The tensor itself.
    public var tensorValue: Tensor { self }
}

extension Tensor {
    /// `op` applied to the elements of `a` and `b` broadcast together (NumPy semantics).
    /// Contiguous operands of the same shape, and one-element operands, take tight loops.
    @inline(__always)
    @usableFromInline
    static func zipBroadcast(_ a: Tensor, _ b: Tensor, _ op: (Double, Double) -> Double) throws -> Tensor {
        if a.shape == b.shape && a.isContiguous && b.isContiguous {
            let n = a.count
            let out = a.storage.buffer.withUnsafeBufferPointer { pa in
                b.storage.buffer.withUnsafeBufferPointer { pb in
                    makeBuffer(count: n) { out in
                        guard n > 0, let x = pa.baseAddress, let y = pb.baseAddress,
                            let o = out.baseAddress
                        else { return }
                        let xa = x + a.offset
                        let yb = y + b.offset
                        for i in 0..<n { o[i] = op(xa[i], yb[i]) }
                    }
                }
            }
            return Tensor(contiguous: out, shape: a.shape)
        }
        let shape = try broadcastShape(a.shape, b.shape)
        if b.count == 1 && a.count == shape.reduce(1, *) && a.isContiguous {
            let s = b.storage.buffer[b.offset]
            return a.mapContiguous(shape: shape) { op($0, s) }
        }
        if a.count == 1 && b.count == shape.reduce(1, *) && b.isContiguous {
            let s = a.storage.buffer[a.offset]
            return b.mapContiguous(shape: shape) { op(s, $0) }
        }
        let n = shape.reduce(1, *)
        let sa = a.broadcastStrides(to: shape)
        let sb = b.broadcastStrides(to: shape)
        let out = a.storage.buffer.withUnsafeBufferPointer { pa in
            b.storage.buffer.withUnsafeBufferPointer { pb in
                makeBuffer(count: n) { out in
                    var i = 0
                    stridedLoop2(shape, sa, a.offset, sb, b.offset) { x, y in
                        out[i] = op(pa[x], pb[y])
                        i += 1
                    }
                }
            }
        }
        return Tensor(contiguous: out, shape: shape)
    }

    /// `op` applied to every element, in a new contiguous tensor of this shape.
    @inline(__always)
    @usableFromInline
    func map(_ op: (Double) -> Double) -> Tensor {
        mapContiguous(shape: shape, op)
    }

    /// `op` applied to every element, the result having `shape` (same count as self).
    @inline(__always)
    @usableFromInline
    func mapContiguous(shape: [Int], _ op: (Double) -> Double) -> Tensor {
        let n = count
        let out = storage.buffer.withUnsafeBufferPointer { p in
            Tensor.makeBuffer(count: n) { out in
                guard n > 0, let base = p.baseAddress, let o = out.baseAddress else { return }
                if isContiguous {
                    let x = base + offset
                    for i in 0..<n { o[i] = op(x[i]) }
                } else {
                    var i = 0
                    Tensor.stridedLoop(self.shape, strides, offset) { j in
                        o[i] = op(base[j])
                        i += 1
                    }
                }
            }
        }
        return Tensor(contiguous: out, shape: shape)
    }

    /// Applies `op(element, other)` in place when the storage is unshared and `other`
    /// broadcasts to this shape; otherwise replaces self with the broadcast result.
    @inline(__always)
    @usableFromInline
    mutating func updateBroadcast(_ other: Tensor, _ op: (Double, Double) -> Double) throws {
        let shape = try Tensor.broadcastShape(self.shape, other.shape)
        guard shape == self.shape, isKnownUniquelyReferenced(&storage), isContiguous,
            offset == 0, storage.buffer.count == count, other.storage !== storage
        else {
            self = try Tensor.zipBroadcast(self, other, op)
            return
        }
        let sb = other.broadcastStrides(to: shape)
        let n = count
        other.storage.buffer.withUnsafeBufferPointer { pb in
            storage.buffer.withUnsafeMutableBufferPointer { out in
                if other.shape == shape && other.isContiguous {
                    for i in 0..<n { out[i] = op(out[i], pb[other.offset + i]) }
                } else {
                    var i = 0
                    Tensor.stridedLoop(shape, sb, other.offset) { y in
                        out[i] = op(out[i], pb[y])
                        i += 1
                    }
                }
            }
        }
    }

    @inline(__always)
    @usableFromInline
    mutating func updateScalar(_ op: (Double) -> Double) {
        guard isKnownUniquelyReferenced(&storage), isContiguous, offset == 0,
            storage.buffer.count == count
        else {
            self = map(op)
            return
        }
        storage.buffer.withUnsafeMutableBufferPointer { out in
            for i in out.indices { out[i] = op(out[i]) }
        }
    }
}

// MARK: Tensor ⊕ tensor (throwing: shapes may not broadcast)

/// Elementwise sum, broadcasting as NumPy.
/// - Throws: ``TensorError`` naming both shapes if they don't broadcast.
public func + <L: TensorOperand, R: TensorOperand>(lhs: L, rhs: R) throws -> Tensor {
    let a = lhs.tensorValue
    let b = rhs.tensorValue
    let y = try Tensor.zipBroadcast(a, b, { $0 + $1 })
    let (sa, sb) = (a.shape, b.shape)
    return Autodiff.record("+", [a, b], y) { g, _ in
        [try Autodiff.unbroadcast(g, to: sa), try Autodiff.unbroadcast(g, to: sb)]
    }
}

/// Elementwise difference, broadcasting as NumPy.
/// - Throws: ``TensorError`` naming both shapes if they don't broadcast.
public func - <L: TensorOperand, R: TensorOperand>(lhs: L, rhs: R) throws -> Tensor {
    let a = lhs.tensorValue
    let b = rhs.tensorValue
    let y = try Tensor.zipBroadcast(a, b, { $0 - $1 })
    let (sa, sb) = (a.shape, b.shape)
    return Autodiff.record("-", [a, b], y) { g, _ in
        [try Autodiff.unbroadcast(g, to: sa), try Autodiff.unbroadcast(-g, to: sb)]
    }
}

/// Elementwise product, broadcasting as NumPy.
/// - Throws: ``TensorError`` naming both shapes if they don't broadcast.
public func * <L: TensorOperand, R: TensorOperand>(lhs: L, rhs: R) throws -> Tensor {
    let a = lhs.tensorValue
    let b = rhs.tensorValue
    let y = try Tensor.zipBroadcast(a, b, { $0 * $1 })
    let (sa, sb) = (a.shape, b.shape)
    return Autodiff.record("*", [a, b], y, saving: [a, b]) { g, s in
        [try Autodiff.unbroadcast(g * s[1], to: sa), try Autodiff.unbroadcast(g * s[0], to: sb)]
    }
}

/// Elementwise IEEE quotient (x/0 is ±inf, 0/0 NaN), broadcasting as NumPy.
/// - Throws: ``TensorError`` naming both shapes if they don't broadcast.
public func / <L: TensorOperand, R: TensorOperand>(lhs: L, rhs: R) throws -> Tensor {
    let a = lhs.tensorValue
    let b = rhs.tensorValue
    let y = try Tensor.zipBroadcast(a, b, { $0 / $1 })
    let (sa, sb) = (a.shape, b.shape)
    return Autodiff.record("/", [a, b], y, saving: [a, b]) { g, s in
        [
            try Autodiff.unbroadcast(g / s[1], to: sa),
            try Autodiff.unbroadcast(-(g * s[0]) / (s[1] * s[1]), to: sb),
        ]
    }
}

// MARK: Tensor ⊕ Double (never fail)

/// Adds `rhs` to every element.
public func + <L: TensorOperand>(lhs: L, rhs: Double) -> Tensor {
    let x = lhs.tensorValue
    return Autodiff.record("+", [x], x.map { $0 + rhs }) { g, _ in [g] }
}

/// Adds `lhs` to every element.
public func + <R: TensorOperand>(lhs: Double, rhs: R) -> Tensor {
    let x = rhs.tensorValue
    return Autodiff.record("+", [x], x.map { lhs + $0 }) { g, _ in [g] }
}

/// Subtracts `rhs` from every element.
public func - <L: TensorOperand>(lhs: L, rhs: Double) -> Tensor {
    let x = lhs.tensorValue
    return Autodiff.record("-", [x], x.map { $0 - rhs }) { g, _ in [g] }
}

/// `lhs` minus every element.
public func - <R: TensorOperand>(lhs: Double, rhs: R) -> Tensor {
    let x = rhs.tensorValue
    return Autodiff.record("-", [x], x.map { lhs - $0 }) { g, _ in [-g] }
}

/// Multiplies every element by `rhs`.
public func * <L: TensorOperand>(lhs: L, rhs: Double) -> Tensor {
    let x = lhs.tensorValue
    return Autodiff.record("*", [x], x.map { $0 * rhs }) { g, _ in [g * rhs] }
}

/// Multiplies every element by `lhs`.
public func * <R: TensorOperand>(lhs: Double, rhs: R) -> Tensor {
    let x = rhs.tensorValue
    return Autodiff.record("*", [x], x.map { lhs * $0 }) { g, _ in [g * lhs] }
}

/// Divides every element by `rhs` (IEEE: by 0 gives ±inf or NaN).
public func / <L: TensorOperand>(lhs: L, rhs: Double) -> Tensor {
    let x = lhs.tensorValue
    return Autodiff.record("/", [x], x.map { $0 / rhs }) { g, _ in [g / rhs] }
}

/// `lhs` divided by every element (IEEE).
public func / <R: TensorOperand>(lhs: Double, rhs: R) -> Tensor {
    let x = rhs.tensorValue
    return Autodiff.record("/", [x], x.map { lhs / $0 }, saving: [x]) { g, s in [try -(g * lhs) / (s[0] * s[0])] }
}

/// Negates every element.
public prefix func - <T: TensorOperand>(operand: T) -> Tensor {
    let x = operand.tensorValue
    return Autodiff.record("negate", [x], x.map { -$0 }) { g, _ in [-g] }
}

extension Tensor {

    /// In-place `lhs + rhs`: updates the storage directly when it is unshared and `rhs`
    /// broadcasts to `lhs`'s shape; otherwise `lhs` becomes `lhs + rhs` (broadcast shape).
    /// - Throws: ``TensorError`` naming both shapes if they don't broadcast.
    public static func += <R: TensorOperand>(lhs: inout Tensor, rhs: R) throws {
        if lhs.tracer != nil || rhs.tensorValue.tracer != nil {
            lhs = try lhs + rhs
            return
        }
        try lhs.updateBroadcast(rhs.tensorValue, { $0 + $1 })
    }

    /// In-place `lhs + rhs` with a number.
    public static func += (lhs: inout Tensor, rhs: Double) {
        if lhs.tracer != nil {
            lhs = lhs + rhs
            return
        }
        lhs.updateScalar { $0 + rhs }
    }

    /// In-place `lhs - rhs`: updates the storage directly when it is unshared and `rhs`
    /// broadcasts to `lhs`'s shape; otherwise `lhs` becomes `lhs - rhs` (broadcast shape).
    /// - Throws: ``TensorError`` naming both shapes if they don't broadcast.
    public static func -= <R: TensorOperand>(lhs: inout Tensor, rhs: R) throws {
        if lhs.tracer != nil || rhs.tensorValue.tracer != nil {
            lhs = try lhs - rhs
            return
        }
        try lhs.updateBroadcast(rhs.tensorValue, { $0 - $1 })
    }

    /// In-place `lhs - rhs` with a number.
    public static func -= (lhs: inout Tensor, rhs: Double) {
        if lhs.tracer != nil {
            lhs = lhs - rhs
            return
        }
        lhs.updateScalar { $0 - rhs }
    }

    /// In-place `lhs * rhs`: updates the storage directly when it is unshared and `rhs`
    /// broadcasts to `lhs`'s shape; otherwise `lhs` becomes `lhs * rhs` (broadcast shape).
    /// - Throws: ``TensorError`` naming both shapes if they don't broadcast.
    public static func *= <R: TensorOperand>(lhs: inout Tensor, rhs: R) throws {
        if lhs.tracer != nil || rhs.tensorValue.tracer != nil {
            lhs = try lhs * rhs
            return
        }
        try lhs.updateBroadcast(rhs.tensorValue, { $0 * $1 })
    }

    /// In-place `lhs * rhs` with a number.
    public static func *= (lhs: inout Tensor, rhs: Double) {
        if lhs.tracer != nil {
            lhs = lhs * rhs
            return
        }
        lhs.updateScalar { $0 * rhs }
    }

    /// In-place `lhs / rhs`: updates the storage directly when it is unshared and `rhs`
    /// broadcasts to `lhs`'s shape; otherwise `lhs` becomes `lhs / rhs` (broadcast shape).
    /// - Throws: ``TensorError`` naming both shapes if they don't broadcast.
    public static func /= <R: TensorOperand>(lhs: inout Tensor, rhs: R) throws {
        if lhs.tracer != nil || rhs.tensorValue.tracer != nil {
            lhs = try lhs / rhs
            return
        }
        try lhs.updateBroadcast(rhs.tensorValue, { $0 / $1 })
    }

    /// In-place `lhs / rhs` with a number.
    public static func /= (lhs: inout Tensor, rhs: Double) {
        if lhs.tracer != nil {
            lhs = lhs / rhs
            return
        }
        lhs.updateScalar { $0 / rhs }
    }

}
