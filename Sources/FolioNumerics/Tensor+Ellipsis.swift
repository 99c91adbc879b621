// NumPy's ellipsis in subscripts: `t[..., 0]` is `t[:, :, 0]` on a rank-3 tensor. Swift spells
// it with `...`, the unbounded range (`array[...]` is the whole array), which here stands for
// as many whole axes as the other indices leave, so the indices after it address the last axes.

extension Tensor {
    /// A view with the last axes addressed by `trailing` and every axis before them taken whole:
    /// `t[..., 0]` (NumPy's `t[..., 0]`), `t[..., 1..<3]`, `t[...]` (the tensor itself).
    /// - Throws: ``TensorError`` if there are more indices than axes or one is out of range.
    public subscript(_ ellipsis: UnboundedRange, _ trailing: any TensorIndex...) -> Tensor {
        get throws { try indexed(expandingEllipsis(leading: [], trailing: trailing)) }
    }

    /// `t[0, ..., 1]`: the first axis addressed by `i0`, the last ones by `trailing`, every axis
    /// between them whole.
    /// - Throws: ``TensorError`` if there are more indices than axes or one is out of range.
    public subscript(_ i0: any TensorIndex, _ ellipsis: UnboundedRange, _ trailing: any TensorIndex...) -> Tensor {
        get throws { try indexed(expandingEllipsis(leading: [i0], trailing: trailing)) }
    }

    /// `t[0, 1, ..., 2]`: the first two axes addressed by `i0` and `i1`, the last ones by
    /// `trailing`, every axis between them whole.
    /// - Throws: ``TensorError`` if there are more indices than axes or one is out of range.
    public subscript(_ i0: any TensorIndex, _ i1: any TensorIndex, _ ellipsis: UnboundedRange,
        _ trailing: any TensorIndex...
    ) -> Tensor {
        get throws { try indexed(expandingEllipsis(leading: [i0, i1], trailing: trailing)) }
    }

    /// The indices of an ellipsis subscript with the ellipsis replaced by whole-axis ranges
    /// (interpreters call this, then subscript with the result).
    /// - Throws: ``TensorError`` if `leading` and `trailing` together address more axes than
    ///   the tensor has.
    public func expandingEllipsis(leading: [any TensorIndex], trailing: [any TensorIndex]) throws -> [any TensorIndex] {
        let whole = rank - leading.count - trailing.count
        guard whole >= 0 else {
            throw TensorError(
                "\(leading.count + trailing.count) indices and an ellipsis for a tensor of shape \(shape)")
        }
        let middle: [any TensorIndex] = (leading.count..<(leading.count + whole)).map { 0..<shape[$0] }
        return leading + middle + trailing
    }

    /// `self[indices]` with the indices in an array (the variadic subscripts' body), recorded
    /// for gradients: the incoming gradient written into zeros at the region.
    func indexed(_ indices: [any TensorIndex]) throws -> Tensor {
        let shape = self.shape
        return Autodiff.record("subscript", [self], try view(indices)) { g, _ in
            var z = try Tensor.zeros(shape: shape)
            try z.assignRegion(g, indices)
            return [z]
        }
    }
}
