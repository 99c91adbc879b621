import Foundation

extension Tensor {
    /// softmax of one lane, shifted by its maximum so e^x never overflows (as SciPy's
    /// `softmax`: a lane with NaN, +inf or only -inf is undefined and gives NaN).
    static func laneSoftmax(_ lane: UnsafeBufferPointer<Double>, _ out: UnsafeMutableBufferPointer<Double>) {
        let m = laneExtreme(lane, greater: true)
        for i in 0..<lane.count { out[i] = Foundation.exp(lane[i] - m) }
        let total = laneSum(UnsafeBufferPointer(out))
        for i in 0..<lane.count { out[i] /= total }
    }

    /// log-softmax of one lane: (x - m) - log Σ e^(x - m), with a non-finite maximum replaced
    /// by 0 as SciPy's `log_softmax`.
    static func laneLogSoftmax(_ lane: UnsafeBufferPointer<Double>, _ out: UnsafeMutableBufferPointer<Double>) {
        var m = laneExtreme(lane, greater: true)
        if !m.isFinite { m = 0 }
        for i in 0..<lane.count { out[i] = Foundation.exp(lane[i] - m) }
        let logTotal = Foundation.log(laneSum(UnsafeBufferPointer(out)))
        for i in 0..<lane.count { out[i] = (lane[i] - m) - logTotal }
    }

    /// `self` as a tensor with at least one axis (a 0-d tensor becomes shape [1]).
    var atLeast1D: Tensor { rank == 0 ? Tensor(storage: storage, shape: [1], strides: [1], offset: offset) : self }
}

/// softmax over the last axis: e^x / Σ e^x, computed after subtracting the maximum so logits
/// like 1000 or -1000 never overflow. A 0-d tensor is treated as one logit (softmax 1).
/// Lanes containing NaN or +inf, or only -inf, give NaN (as SciPy).
public func softmax(_ x: Tensor) -> Tensor {
    let y = x.atLeast1D
    return ((try? y.mapLanes(axis: -1, Tensor.laneSoftmax)) ?? y).reshapedUnchecked(x.shape)
}

/// softmax along `axis` (see ``softmax(_:)``).
/// - Throws: ``TensorError`` if `axis` is out of range.
public func softmax(_ x: Tensor, axis: Int) throws -> Tensor {
    try x.mapLanes(axis: axis, Tensor.laneSoftmax)
}

/// log-softmax over the last axis, x - logSumExp(x), without overflow (better than
/// `log(softmax(x))`, which gives -inf where softmax underflows). A 0-d tensor gives 0.
public func logSoftmax(_ x: Tensor) -> Tensor {
    let y = x.atLeast1D
    return ((try? y.mapLanes(axis: -1, Tensor.laneLogSoftmax)) ?? y).reshapedUnchecked(x.shape)
}

/// log-softmax along `axis` (see ``logSoftmax(_:)``).
/// - Throws: ``TensorError`` if `axis` is out of range.
public func logSoftmax(_ x: Tensor, axis: Int) throws -> Tensor {
    try x.mapLanes(axis: axis, Tensor.laneLogSoftmax)
}

/// The mean cross-entropy −log softmax(logits)[label] over a batch, as a 0-d tensor (PyTorch's
/// `cross_entropy` with mean reduction), computed with ``logSoftmax(_:)`` so it never
/// overflows. Classes are on the last axis of `logits`. `labels` is either class indices with
/// the shape of `logits` minus its last axis (integers in `0..<classes`), or probabilities with
/// the shape of `logits` (the loss is then −Σ labels · logSoftmax). An empty batch gives NaN.
/// - Throws: ``TensorError`` naming both shapes if they fit neither form, or if an index is
///   not an integer in range.
public func crossEntropy(logits: Tensor, labels: Tensor) throws -> Tensor {
    guard logits.rank >= 1 else {
        throw TensorError("crossEntropy needs logits with a class axis, got shape \(logits.shape)")
    }
    let logp = logSoftmax(logits)
    if labels.shape == logits.shape {
        return try (-(labels * logp)).sum(axis: -1).mean()
    }
    guard labels.shape == Array(logits.shape.dropLast()) else {
        throw TensorError("crossEntropy: labels of shape \(labels.shape) fit neither logits of shape \(logits.shape) nor their batch shape \(Array(logits.shape.dropLast()))")
    }
    let classes = logits.shape[logits.rank - 1]
    let lp = logp.scalars
    let indices = labels.scalars
    var losses = [Double]()
    losses.reserveCapacity(indices.count)
    for (row, label) in indices.enumerated() {
        guard label >= 0, label < Double(classes), label == label.rounded() else {
            throw TensorError("crossEntropy: label \(label) is not a class index in 0..<\(classes)")
        }
        losses.append(-lp[row * classes + Int(label)])
    }
    return Tensor(losses).mean()
}

extension Tensor {
    /// A view with `newShape`, which must have this count (internal, after checks).
    func reshapedUnchecked(_ newShape: [Int]) -> Tensor {
        (try? reshaped(newShape)) ?? self
    }
}
