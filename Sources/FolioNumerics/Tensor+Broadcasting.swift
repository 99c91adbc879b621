extension Tensor {
    /// The shape NumPy broadcasting gives `a` and `b`: shapes are aligned on the right, a
    /// missing or size-1 dimension stretches to the other's size (a 0 stays 0).
    /// - Throws: ``TensorError`` naming both shapes if a pair of dimensions differs and
    ///   neither is 1.
    public static func broadcastShape(_ a: [Int], _ b: [Int]) throws -> [Int] {
        if a == b { return a }
        let rank = Swift.max(a.count, b.count)
        var result = [Int](repeating: 1, count: rank)
        for i in 0..<rank {
            let x = i < rank - a.count ? 1 : a[i - (rank - a.count)]
            let y = i < rank - b.count ? 1 : b[i - (rank - b.count)]
            if x == y || y == 1 {
                result[i] = x
            } else if x == 1 {
                result[i] = y
            } else {
                throw TensorError.cannotBroadcast(a, b)
            }
        }
        _ = try elementCount(result)
        return result
    }

    /// This tensor as a view of `shape` (broadcast dimensions get stride 0: nothing is copied).
    /// - Throws: ``TensorError`` naming both shapes if this shape does not broadcast to `shape`.
    public func broadcast(to shape: [Int]) throws -> Tensor {
        guard (try? Tensor.broadcastShape(self.shape, shape)) == shape else {
            throw TensorError("shape \(self.shape) cannot be broadcast to \(shape)")
        }
        let original = self.shape
        let y = Tensor(storage: storage, shape: shape, strides: broadcastStrides(to: shape), offset: offset)
        return Autodiff.record("broadcast", [self], y) { g, _ in [try Autodiff.unbroadcast(g, to: original)] }
    }

    /// Strides that read this tensor as `shape` (which it broadcasts to): 0 on new and
    /// stretched axes.
    @usableFromInline
    func broadcastStrides(to shape: [Int]) -> [Int] {
        let lead = shape.count - rank
        var result = [Int](repeating: 0, count: shape.count)
        for axis in 0..<rank where self.shape[axis] == shape[axis + lead] && self.shape[axis] != 1 {
            result[axis + lead] = strides[axis]
        }
        return result
    }
}
