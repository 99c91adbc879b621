import Foundation

extension Tensor {
    /// softmax of one lane, shifted by its maximum so e^x never overflows (as SciPy's
    /// `softmax`: a lane with NaN, +inf or only -inf is undefined and gives NaN).
    /// `lane` applied along the last axis, a 0-d tensor taken as one lane of one element
    /// (untraced: the caller records the result).
    func mapLastAxis(_ lane: (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void) -> Tensor {
        let y = detached.atLeast1D
        return ((try? y.mapLanes(axis: -1, lane)) ?? y).reshapedUnchecked(shape)
    }

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
    Tensor.recordSoftmax(x, x.mapLastAxis(Tensor.laneSoftmax), axis: -1)
}

/// softmax along `axis` (see ``softmax(_:)``).
/// - Throws: ``TensorError`` if `axis` is out of range.
public func softmax(_ x: Tensor, axis: Int) throws -> Tensor {
    Tensor.recordSoftmax(x, try x.mapLanes(axis: axis, Tensor.laneSoftmax), axis: axis)
}

/// log-softmax over the last axis, x - logSumExp(x), without overflow (better than
/// `log(softmax(x))`, which gives -inf where softmax underflows). A 0-d tensor gives 0.
public func logSoftmax(_ x: Tensor) -> Tensor {
    Tensor.recordLogSoftmax(x, x.mapLastAxis(Tensor.laneLogSoftmax), axis: -1)
}

/// log-softmax along `axis` (see ``logSoftmax(_:)``).
/// - Throws: ``TensorError`` if `axis` is out of range.
public func logSoftmax(_ x: Tensor, axis: Int) throws -> Tensor {
    Tensor.recordLogSoftmax(x, try x.mapLanes(axis: axis, Tensor.laneLogSoftmax), axis: axis)
}

/// The mean cross-entropy −log softmax(logits)[label] over a batch, as a 0-d tensor (PyTorch's
/// `cross_entropy` with mean reduction), computed with ``logSoftmax(_:)`` so it never
/// overflows. Classes are on the last axis of `logits`. `labels` is either class indices with
/// the shape of `logits` minus its last axis (integers in `0..<classes`), or probabilities with
/// the shape of `logits` (the loss is then −Σ labels · logSoftmax). An empty batch gives NaN.
/// - Throws: ``TensorError`` naming both shapes if they fit neither form, or if an index is
///   not an integer in range.
public func crossEntropy(logits: Tensor, labels: Tensor) throws -> Tensor {
    let y = try crossEntropyValue(logits: logits.detached, labels: labels.detached)
    let rows = Swift.max(logits.rank >= 1 ? logits.count / Swift.max(logits.shape[logits.rank - 1], 1) : 1, 1)
    let byIndex = labels.shape != logits.shape
    // d/dlogits = (softmax · Σ labels - labels) / rows (labels one-hot for indices);
    // d/dlabels = -logSoftmax / rows (probability labels only).
    return Autodiff.record("crossEntropy", [logits, labels], y, saving: [logits, labels]) { g, s in
        let logp = logSoftmax(s[0])
        let classes = s[0].shape[s[0].rank - 1]
        let target: Tensor
        if byIndex {
            var oneHot = [Double](repeating: 0, count: s[0].count)
            for (row, label) in s[1].scalars.enumerated() { oneHot[row * classes + Int(label)] = 1 }
            target = try Tensor(shape: s[0].shape, scalars: oneHot)
        } else {
            target = s[1]
        }
        let mass = try target.sum(axis: -1, keepDims: true)
        let scale = try g.scalar / Double(rows)
        let dLogits = try (exp(logp) * mass - target) * scale
        return [dLogits, byIndex ? nil : -logp * scale]
    }
}

func crossEntropyValue(logits: Tensor, labels: Tensor) throws -> Tensor {
    guard logits.rank >= 1 else {
        throw TensorError("crossEntropy needs logits with a class axis, got shape \(logits.shape)")
    }
    let logp = logSoftmax(logits)
    if labels.shape == logits.shape {
        return try (-(labels * logp)).sum(axis: -1).mean()
    }
    guard labels.shape == Array(logits.shape.dropLast()) else {
        throw TensorError(
            "crossEntropy: labels of shape \(labels.shape) fit neither logits of shape \(logits.shape) nor their batch shape \(Array(logits.shape.dropLast()))"
        )
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
    /// Records softmax y of x: dx = y · (g - Σ g·y) along the axis.
    static func recordSoftmax(_ x: Tensor, _ y: Tensor, axis: Int) -> Tensor {
        Autodiff.record("softmax", [x], y, saving: [y]) { g, s in
            let y = s[0]
            if y.rank == 0 { return [g * 0] }
            return [try y * (g - (g * y).sum(axis: axis, keepDims: true))]
        }
    }

    /// Records log-softmax y of x: dx = g - e^y · Σ g along the axis.
    static func recordLogSoftmax(_ x: Tensor, _ y: Tensor, axis: Int) -> Tensor {
        Autodiff.record("logSoftmax", [x], y, saving: [y]) { g, s in
            let y = s[0]
            if y.rank == 0 { return [g * 0] }
            return [try g - exp(y) * g.sum(axis: axis, keepDims: true)]
        }
    }

    /// A view with `newShape`, which must have this count (internal, after checks).
    func reshapedUnchecked(_ newShape: [Int]) -> Tensor {
        (try? reshaped(newShape)) ?? self
    }
}
