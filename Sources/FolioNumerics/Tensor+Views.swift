/// One index of a tensor subscript: an `Int` picks one position and drops the axis; a range or
/// a `stride(from:to:by:)` keeps the axis. Negative positions count from the end, as in NumPy.
public protocol TensorIndex: Sendable {
    /// The positions along an axis of `size`: `(start, count, step, dropsAxis)`.
    /// - Throws: ``TensorError`` if the index is out of range.
    func resolve(size: Int) throws -> (start: Int, count: Int, step: Int, dropsAxis: Bool)
}

private func position(_ i: Int, size: Int, allowEnd: Bool) throws -> Int {
    let p = i < 0 ? i + size : i
    guard p >= 0 && (p < size || (allowEnd && p == size)) else {
        throw TensorError("index \(i) is out of range for an axis of size \(size)")
    }
    return p
}

private func span(_ lower: Int, _ upper: Int, size: Int) throws -> (start: Int, count: Int, step: Int, dropsAxis: Bool)
{
    let l = try position(lower, size: size, allowEnd: true)
    let u = try position(upper, size: size, allowEnd: true)
    guard l <= u else { throw TensorError("range \(lower)..<\(upper) is reversed for an axis of size \(size)") }
    return (l, u - l, 1, false)
}

extension Int: TensorIndex {
    /// The positions this index selects on an axis of `size` (negative positions count from
    /// the end, as in NumPy); throws ``TensorError`` when out of range.
    public func resolve(size: Int) throws -> (start: Int, count: Int, step: Int, dropsAxis: Bool) {
        (try position(self, size: size, allowEnd: false), 1, 1, true)
    }
}

extension Range: TensorIndex where Bound == Int {
    /// The positions this index selects on an axis of `size` (negative positions count from
    /// the end, as in NumPy); throws ``TensorError`` when out of range.
    public func resolve(size: Int) throws -> (start: Int, count: Int, step: Int, dropsAxis: Bool) {
        try span(lowerBound, upperBound, size: size)
    }
}

extension ClosedRange: TensorIndex where Bound == Int {
    /// The positions this index selects on an axis of `size` (negative positions count from
    /// the end, as in NumPy); throws ``TensorError`` when out of range.
    public func resolve(size: Int) throws -> (start: Int, count: Int, step: Int, dropsAxis: Bool) {
        let u = try position(upperBound, size: size, allowEnd: false)
        return try span(lowerBound, u + 1, size: size)
    }
}

extension PartialRangeFrom: TensorIndex where Bound == Int {
    /// The positions this index selects on an axis of `size` (negative positions count from
    /// the end, as in NumPy); throws ``TensorError`` when out of range.
    public func resolve(size: Int) throws -> (start: Int, count: Int, step: Int, dropsAxis: Bool) {
        try span(lowerBound, size, size: size)
    }
}

extension PartialRangeUpTo: TensorIndex where Bound == Int {
    /// The positions this index selects on an axis of `size` (negative positions count from
    /// the end, as in NumPy); throws ``TensorError`` when out of range.
    public func resolve(size: Int) throws -> (start: Int, count: Int, step: Int, dropsAxis: Bool) {
        try span(0, upperBound, size: size)
    }
}

extension PartialRangeThrough: TensorIndex where Bound == Int {
    /// The positions this index selects on an axis of `size` (negative positions count from
    /// the end, as in NumPy); throws ``TensorError`` when out of range.
    public func resolve(size: Int) throws -> (start: Int, count: Int, step: Int, dropsAxis: Bool) {
        let u = try position(upperBound, size: size, allowEnd: false)
        return try span(0, u + 1, size: size)
    }
}

extension StrideTo: TensorIndex where Element == Int {
    /// Every position of the stride (positive or negative step); positions must be in range.
    /// The positions this index selects on an axis of `size` (negative positions count from
    /// the end, as in NumPy); throws ``TensorError`` when out of range.
    public func resolve(size: Int) throws -> (start: Int, count: Int, step: Int, dropsAxis: Bool) {
        let positions = Array(self)
        guard let first = positions.first else { return (0, 0, 1, false) }
        let step = positions.count > 1 ? positions[1] - positions[0] : 1
        guard let last = positions.last, first >= 0, first < size, last >= 0, last < size else {
            throw TensorError("stride \(positions) is out of range for an axis of size \(size)")
        }
        return (first, positions.count, step, false)
    }
}

extension Tensor {
    /// A view of the elements at `indices`, one per leading axis (missing trailing axes are
    /// taken whole): `t[0]` is the first row, `t[1..., 0]` the first column without its first
    /// element, `t[stride(from: 0, to: 10, by: 2)]` every other row. Nothing is copied.
    /// - Throws: ``TensorError`` if there are more indices than axes or one is out of range.
    public subscript(_ indices: any TensorIndex...) -> Tensor {
        get throws { try indexed(indices) }
    }

    /// Writes `value` into the region `indices` (no tracing).
    mutating func assignRegion(_ value: Tensor, _ indices: [any TensorIndex]) throws {
        // Only the region's geometry is kept: a view would share the storage and make
        // `makeUnique` copy it every time.
        let (shape, strides, offset) = try {
            let region = try view(indices)
            return (region.shape, region.strides, region.offset)
        }()
        let source = try value.broadcast(to: shape).scalars
        makeUnique()
        storage.buffer.withUnsafeMutableBufferPointer { buffer in
            var i = 0
            Tensor.stridedLoop(shape, strides, offset) { o in
                buffer[o] = source[i]
                i += 1
            }
        }
    }

    func view(_ indices: [any TensorIndex]) throws -> Tensor {
        guard indices.count <= rank else {
            throw TensorError("\(indices.count) indices for a tensor of shape \(shape)")
        }
        var newShape = [Int]()
        var newStrides = [Int]()
        var newOffset = offset
        for axis in 0..<rank {
            guard axis < indices.count else {
                newShape.append(shape[axis])
                newStrides.append(strides[axis])
                continue
            }
            let r: (start: Int, count: Int, step: Int, dropsAxis: Bool)
            do {
                r = try indices[axis].resolve(size: shape[axis])
            } catch let error as TensorError {
                throw TensorError("\(error.message) (axis \(axis) of shape \(shape))")
            }
            if r.count > 0 { newOffset += r.start * strides[axis] }
            if !r.dropsAxis {
                newShape.append(r.count)
                newStrides.append(r.step * strides[axis])
            }
        }
        return Tensor(storage: storage, shape: newShape, strides: newStrides, offset: newOffset)
    }

    /// Writes `value` (broadcast to the region) into the elements at `indices`, as NumPy's
    /// `t[indices] = value`. The storage is copied first if anything else shares it, so other
    /// tensors and views are unaffected.
    /// - Throws: ``TensorError`` if an index is out of range or `value` does not broadcast to
    ///   the region's shape.
    public mutating func assign(_ value: Tensor, at indices: any TensorIndex...) throws {
        try assign(value, atIndices: indices)
    }

    /// ``assign(_:at:)`` with the indices in an array (interpreters call this for
    /// `t[i, j] = value`). Outside a gradient the elements are written in place when nothing
    /// else shares the storage, so filling a tensor element by element costs no copies.
    /// - Throws: ``TensorError`` if an index is out of range or `value` does not broadcast to
    ///   the region's shape.
    public mutating func assign(_ value: Tensor, atIndices indices: [any TensorIndex]) throws {
        guard activeTape != nil || value.activeTape != nil else {
            try assignRegion(value, indices)
            return
        }
        let before = self
        var result = self.detached
        try result.assignRegion(value, indices)
        let valueShape = value.shape
        // Differentiable: the old elements outside the region, and `value`, flow through.
        self = Autodiff.record("assign", [before, value], result) { g, _ in
            var outside = g
            try outside.assignRegion(Tensor(0), indices)
            let inside = try g.view(indices)
            return [outside, try Autodiff.unbroadcast(inside, to: valueShape)]
        }
    }

    /// The same elements with a new shape; one dimension may be -1 (inferred). A view when the
    /// tensor is contiguous, otherwise a copy (as NumPy's `reshape`).
    /// - Throws: ``TensorError`` naming both shapes if the element counts differ.
    public func reshaped(_ newShape: [Int]) throws -> Tensor {
        var resolved = newShape
        let inferred = newShape.indices.filter { newShape[$0] == -1 }
        guard inferred.count <= 1, newShape.allSatisfy({ $0 >= -1 }) else {
            throw TensorError("cannot reshape a tensor of shape \(shape) to \(newShape)")
        }
        if let i = inferred.first {
            let known = newShape.enumerated().filter { $0.offset != i }.reduce(1) { $0 * $1.element }
            guard known > 0, count % known == 0 else {
                throw TensorError("cannot reshape a tensor of shape \(shape) to \(newShape)")
            }
            resolved[i] = count / known
        }
        guard try Tensor.elementCount(resolved) == count else {
            throw TensorError("cannot reshape a tensor of shape \(shape) to \(newShape)")
        }
        let y =
            isContiguous
            ? Tensor(storage: storage, shape: resolved, strides: Tensor.rowMajorStrides(resolved), offset: offset)
            : Tensor(contiguous: scalars, shape: resolved)
        return recordReshape("reshaped", y)
    }

    /// Records a view that only rearranges `self` into `y`'s shape, element order unchanged.
    func recordReshape(_ name: String, _ y: Tensor) -> Tensor {
        let shape = self.shape
        return Autodiff.record(name, [self], y) { g, _ in [try g.reshaped(shape)] }
    }

    /// The elements as a 1-D tensor (a view when contiguous).
    public func flattened() -> Tensor {
        recordReshape(
            "flattened",
            isContiguous
                ? Tensor(storage: storage, shape: [count], strides: [1], offset: offset)
                : Tensor(scalars))
    }

    /// The view with the axes reversed (a matrix's transpose; 0-d and 1-D tensors unchanged).
    public func transposed() -> Tensor {
        Autodiff.record(
            "transposed", [self],
            Tensor(storage: storage, shape: shape.reversed(), strides: strides.reversed(), offset: offset)
        ) { g, _ in
            [g.transposed()]
        }
    }

    /// The view whose axis `i` is this tensor's axis `permutation[i]` (NumPy's
    /// `transpose(axes)`; negative axes allowed).
    /// - Throws: ``TensorError`` unless `permutation` is a permutation of the axes.
    public func transposed(_ permutation: [Int]) throws -> Tensor {
        guard permutation.count == rank else {
            throw TensorError("permutation \(permutation) does not match a tensor of shape \(shape)")
        }
        let axes = try permutation.map { try normalizedAxis($0) }
        guard Set(axes).count == rank else {
            throw TensorError("permutation \(permutation) repeats an axis of a tensor of shape \(shape)")
        }
        var inverse = axes
        for (i, a) in axes.enumerated() { inverse[a] = i }
        let y = Tensor(
            storage: storage, shape: axes.map { shape[$0] }, strides: axes.map { strides[$0] }, offset: offset)
        return Autodiff.record("transposed", [self], y) { g, _ in [try g.transposed(inverse)] }
    }

    /// The view without its size-1 axes.
    public func squeezed() -> Tensor {
        let keep = shape.indices.filter { shape[$0] != 1 }
        return recordReshape(
            "squeezed",
            Tensor(storage: storage, shape: keep.map { shape[$0] }, strides: keep.map { strides[$0] }, offset: offset))
    }

    /// The view without `axis`, which must have size 1.
    /// - Throws: ``TensorError`` if `axis` is out of range or its size is not 1.
    public func squeezed(axis: Int) throws -> Tensor {
        let a = try normalizedAxis(axis)
        guard shape[a] == 1 else {
            throw TensorError("cannot squeeze axis \(axis) of size \(shape[a]) in shape \(shape)")
        }
        var s = shape
        var st = strides
        s.remove(at: a)
        st.remove(at: a)
        return recordReshape("squeezed", Tensor(storage: storage, shape: s, strides: st, offset: offset))
    }

    /// The view with a new size-1 axis at position `axis` of the result (`-1` appends).
    /// - Throws: ``TensorError`` unless `-rank - 1 <= axis <= rank`.
    public func expandedDimensions(axis: Int) throws -> Tensor {
        let a = try normalizedAxis(axis, rank: rank + 1)
        var s = shape
        var st = strides
        s.insert(1, at: a)
        st.insert(0, at: a)
        return recordReshape("expandedDimensions", Tensor(storage: storage, shape: s, strides: st, offset: offset))
    }

    /// Moves `axis` to the end (a view); used by axis-wise operations.
    func movingAxisToEnd(_ axis: Int) -> Tensor {
        var perm = Array(0..<rank)
        perm.remove(at: axis)
        perm.append(axis)
        return Tensor(
            storage: storage, shape: perm.map { shape[$0] }, strides: perm.map { strides[$0] }, offset: offset)
    }

    /// A contiguous copy laid out row-major (self if already contiguous and unshifted).
    func contiguous() -> Tensor {
        if isContiguous && offset == 0 && storage.buffer.count == count { return self }
        return Tensor(contiguous: scalars, shape: shape)
    }
}
