/// How many times each integer `0, 1, …` occurs in `x` (any shape; elements must be
/// non-negative integers), as NumPy's `bincount` with `minlength: length`: the result has
/// `max(length, max(x) + 1)` elements. With `weights` (same shape as `x`), sums the weights
/// instead of counting.
/// - Throws: ``TensorError`` if an element is negative, fractional, NaN or infinite, if
///   `length` is negative, or if `weights` has another shape.
public func bincount(_ x: Tensor, length: Int = 0, weights: Tensor? = nil) throws -> Tensor {
    guard length >= 0 else { throw TensorError("bincount length \(length) is negative") }
    if let weights, weights.shape != x.shape {
        throw TensorError("bincount: weights of shape \(weights.shape) do not match shape \(x.shape)")
    }
    let values = x.scalars
    var maximum = -1
    for v in values {
        guard v >= 0, v == v.rounded(.down), v < Double(Int32.max) else {
            throw TensorError("bincount needs non-negative integers, got \(v)")
        }
        maximum = Swift.max(maximum, Int(v))
    }
    var counts = [Double](
        repeating: 0, count: try Tensor.checkedCount(Swift.max(length, maximum + 1), "bincount"))
    if let weights {
        for (v, w) in zip(values, weights.scalars) { counts[Int(v)] += w }
    } else {
        for v in values { counts[Int(v)] += 1 }
    }
    return Autodiff.nonDifferentiable("bincount", Tensor(counts), weights ?? Tensor(0))
}

/// Counts of the elements of `x` (flattened) in `bins` equal-width bins over `range`
/// (default: from the minimum to the maximum of `x`, widened by ±0.5 if they are equal; `0...1`
/// for an empty `x`), and the `bins + 1` edges, exactly as NumPy's `histogram`: bins are
/// half-open except the last, which includes its right edge; elements outside `range` and NaN
/// are not counted.
/// - Throws: ``TensorError`` if `bins < 1`, if the range is reversed or not finite, or if the
///   automatic range meets NaN or infinity.
public func histogram(
    _ x: Tensor, bins: Int = 10, range: ClosedRange<Double>? = nil
) throws -> (counts: Tensor, edges: Tensor) {
    guard bins >= 1 else { throw TensorError("histogram needs at least one bin, got \(bins)") }
    let values = x.scalars
    var first: Double
    var last: Double
    if let range {
        first = range.lowerBound
        last = range.upperBound
    } else if values.isEmpty {
        first = 0
        last = 1
    } else {
        first = values.reduce(Double.infinity) { $0.isNaN || $1.isNaN ? .nan : Swift.min($0, $1) }
        last = values.reduce(-Double.infinity) { $0.isNaN || $1.isNaN ? .nan : Swift.max($0, $1) }
    }
    guard first.isFinite, last.isFinite else {
        throw TensorError("histogram range [\(first), \(last)] is not finite")
    }
    if first == last {
        first -= 0.5
        last += 0.5
    }
    let edges = try Tensor.linspace(first, last, count: bins + 1)
    let e = edges.scalars
    let width = last - first
    var counts = [Double](repeating: 0, count: bins)
    for v in values where v >= first && v <= last {
        var i = Int((v - first) / width * Double(bins))
        if i == bins { i -= 1 }
        if v < e[i] { i -= 1 }
        if v >= e[i + 1] && i != bins - 1 { i += 1 }
        counts[i] += 1
    }
    return (Autodiff.nonDifferentiable("histogram", Tensor(counts), x), edges)
}

extension Tensor {
    /// The q-quantile of a sorted lane by NumPy's default "linear" method (virtual index
    /// (n - 1)·q, then NumPy's two-sided `_lerp`); NaN if the lane holds NaN.
    static func laneQuantile(_ sorted: [Double], _ q: Double) -> Double {
        let n = sorted.count
        if let last = sorted.last, last.isNaN { return .nan }
        let virtual = Double(n - 1) * q
        let below = Swift.min(Swift.max(Int(virtual.rounded(.down)), 0), n - 1)
        let above = Swift.min(below + 1, n - 1)
        let gamma = virtual - Double(below)
        let a = sorted[below]
        let b = sorted[above]
        let diff = b - a
        return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma
    }

    static func checkQuantile(_ q: Double) throws {
        guard q >= 0 && q <= 1 else { throw TensorError("quantile q = \(q) is not in [0, 1]") }
    }
}

/// The `q`-quantile of all elements of `x` as a 0-d tensor, by NumPy's default linear method
/// (`np.quantile(x, q)`); NaN if `x` holds NaN.
/// - Throws: ``TensorError`` if `x` is empty or `q` is not in [0, 1].
public func quantile(_ x: Tensor, q: Double) throws -> Tensor {
    try quantile(x, q: Tensor(q))
}

/// The quantiles of all elements of `x` at each element of `q` (result shaped as `q`).
/// - Throws: ``TensorError`` if `x` is empty or some q is not in [0, 1].
public func quantile(_ x: Tensor, q: Tensor) throws -> Tensor {
    guard !x.isEmpty else { throw TensorError("quantile of an empty tensor (shape \(x.shape))") }
    let sorted = sort(x.flattened()).scalars
    let qs = q.scalars
    for v in qs { try Tensor.checkQuantile(v) }
    return Autodiff.nonDifferentiable(
        "quantile", Tensor(contiguous: qs.map { Tensor.laneQuantile(sorted, $0) }, shape: q.shape), x)
}

/// The `q`-quantile along `axis` (that axis removed, or kept as size 1 with `keepDims`).
/// - Throws: ``TensorError`` if `axis` is out of range or has size 0, or `q` is not in [0, 1].
public func quantile(_ x: Tensor, q: Double, axis: Int, keepDims: Bool = false) throws -> Tensor {
    try Tensor.checkQuantile(q)
    let sorted = try sort(x, axis: axis)
    return Autodiff.nonDifferentiable(
        "quantile",
        try sorted.reduceLanes(axis: axis, keepDims: keepDims, name: "quantile", needsElements: true) {
            Tensor.laneQuantile(Array($0), q)
        }, x)
}
