extension Tensor {
    /// Ascending order with NaN last (NumPy's sort order); ties keep their original order.
    static func ascending(_ values: UnsafeBufferPointer<Double>) -> [Int] {
        Array(0..<values.count).sorted { i, j in
            let x = values[i]
            let y = values[j]
            if x.isNaN || y.isNaN { return !x.isNaN && y.isNaN || (x.isNaN && y.isNaN && i < j) }
            return x < y || (x == y && i < j)
        }
    }

    /// Descending order with NaN first (NaN counts as the largest, as PyTorch's `topk`);
    /// ties keep their original order.
    static func descending(_ values: UnsafeBufferPointer<Double>) -> [Int] {
        Array(0..<values.count).sorted { i, j in precedesDescending(values, i, j) }
    }

    /// The strict total order of ``descending(_:)``: NaN first, then larger first, ties (and
    /// NaNs among themselves) by index.
    @inline(__always)
    static func precedesDescending(_ values: UnsafeBufferPointer<Double>, _ i: Int, _ j: Int) -> Bool {
        let x = values[i]
        let y = values[j]
        if x.isNaN || y.isNaN { return x.isNaN && !y.isNaN || (x.isNaN && y.isNaN && i < j) }
        return x > y || (x == y && i < j)
    }

    /// The first `k` indices of ``descending(_:)``, without sorting the whole lane when `k` is
    /// small: one pass keeping the best `k` in order (insertion by binary search). The order is
    /// total, so the result is exactly the sort's prefix. Mixture-of-experts routing takes the
    /// top 8 of 256 for every token, where a full sort per token dominated the note's run time.
    static func descendingPrefix(_ values: UnsafeBufferPointer<Double>, _ k: Int) -> [Int] {
        let n = values.count
        guard k > 0 else { return [] }
        guard k <= 64, k * 8 <= n else { return Array(descending(values).prefix(k)) }
        var best: [Int] = []
        best.reserveCapacity(k + 1)
        for j in 0..<n {
            if best.count == k {
                guard let worst = best.last, precedesDescending(values, j, worst) else { continue }
            }
            var low = 0
            var high = best.count
            while low < high {
                let middle = (low + high) / 2
                // `j` comes after every kept index, so it goes after its equals.
                if precedesDescending(values, best[middle], j) { low = middle + 1 } else { high = middle }
            }
            best.insert(j, at: low)
            if best.count > k { best.removeLast() }
        }
        return best
    }
}

/// The elements sorted ascending along the last axis, NaN last (as `np.sort`). A 0-d tensor
/// is returned as is.
public func sort(_ x: Tensor) -> Tensor {
    x.rank == 0 ? x : ((try? sort(x, axis: -1)) ?? x)
}

/// The elements sorted ascending along `axis`, NaN last.
/// - Throws: ``TensorError`` if `axis` is out of range.
public func sort(_ x: Tensor, axis: Int) throws -> Tensor {
    let y = try x.mapLanes(axis: axis) { lane, out in
        for (i, j) in Tensor.ascending(lane).enumerated() { out[i] = lane[j] }
    }
    guard x.activeTape != nil else { return y }
    // Differentiable in the values: each sorted element's cotangent goes back to the position
    // it came from (the permutation is fixed by the forward pass).
    let order = try argsort(x.detached, axis: axis)
    return Autodiff.record("sort", [x], y, saving: [order]) { g, s in
        let a = try g.normalizedAxis(axis)
        let lanesG = g.movingAxisToEnd(a).contiguous().scalars
        let lanesI = s[0].movingAxisToEnd(a).contiguous().scalars
        let n = g.shape[a]
        var out = [Double](repeating: 0, count: lanesG.count)
        if n > 0 {
            for lane in 0..<(lanesG.count / n) {
                for i in 0..<n { out[lane * n + Int(lanesI[lane * n + i])] = lanesG[lane * n + i] }
            }
        }
        var moved = g.shape
        moved.remove(at: a)
        moved.append(n)
        return [Tensor(contiguous: out, shape: moved).movingLastAxis(to: a)]
    }
}

/// The indices that sort `x` along the last axis (stable: equal elements keep their order;
/// NaN last). A 0-d tensor gives 0.
public func argsort(_ x: Tensor) -> Tensor {
    x.rank == 0 ? Tensor(0) : ((try? argsort(x, axis: -1)) ?? x)
}

/// The indices that sort `x` along `axis` (stable, NaN last), as `np.argsort(kind="stable")`.
/// - Throws: ``TensorError`` if `axis` is out of range.
public func argsort(_ x: Tensor, axis: Int) throws -> Tensor {
    Autodiff.nonDifferentiable(
        "argsort",
        try x.mapLanes(axis: axis) { lane, out in
            for (i, j) in Tensor.ascending(lane).enumerated() { out[i] = Double(j) }
        }, x)
}

/// The `k` largest elements along the last axis, largest first, and their indices (ties: the
/// lower index first; NaN counts as larger than everything, as PyTorch's `topk`).
/// - Throws: ``TensorError`` if `x` is 0-d or `k` is negative or larger than the last axis.
public func topK(_ x: Tensor, k: Int) throws -> (values: Tensor, indices: Tensor) {
    let (values, indices) = try topKValue(x.detached, k: k)
    return (
        Autodiff.nonDifferentiable("topK (use sort, which is differentiable, and slice)", values, x),
        Autodiff.nonDifferentiable("topK indices", indices, x)
    )
}

func topKValue(_ x: Tensor, k: Int) throws -> (values: Tensor, indices: Tensor) {
    guard x.rank >= 1, k >= 0, k <= x.shape[x.rank - 1] else {
        throw TensorError("topK: k = \(k) is out of range for shape \(x.shape)")
    }
    let n = x.shape[x.rank - 1]
    let rows = n == 0 ? 0 : x.count / n
    let data = x.contiguous()
    var values = [Double]()
    var indices = [Double]()
    values.reserveCapacity(rows * k)
    indices.reserveCapacity(rows * k)
    data.withUnsafeBufferPointer { p in
        for r in 0..<rows {
            let lane = UnsafeBufferPointer(rebasing: p[(r * n)..<(r * n + n)])
            for j in Tensor.descendingPrefix(lane, k) {
                values.append(lane[j])
                indices.append(Double(j))
            }
        }
    }
    var shape = x.shape
    shape[shape.count - 1] = k
    if rows == 0 {
        return (Tensor(contiguous: [], shape: shape), Tensor(contiguous: [], shape: shape))
    }
    return (Tensor(contiguous: values, shape: shape), Tensor(contiguous: indices, shape: shape))
}

extension Tensor {
    /// The tensors joined along an existing `axis` (negative counts from the end); all other
    /// dimensions must agree, as `np.concatenate`.
    /// - Throws: ``TensorError`` naming the shapes if they differ off `axis`, if the list is
    ///   empty, or for 0-d tensors.
    public static func concatenated(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
        guard let first = tensors.first else { throw TensorError("concatenated needs at least one tensor") }
        guard first.rank > 0 else { throw TensorError("concatenated cannot join 0-d tensors; use stacked") }
        let a = try first.normalizedAxis(axis)
        for t in tensors {
            var s = t.shape
            var f = first.shape
            guard s.count == f.count else {
                throw TensorError("concatenated: shapes \(first.shape) and \(t.shape) have different ranks")
            }
            s[a] = 0
            f[a] = 0
            guard s == f else {
                throw TensorError("concatenated: shapes \(first.shape) and \(t.shape) differ off axis \(axis)")
            }
        }
        var shape = first.shape
        shape[a] = tensors.reduce(0) { $0 + $1.shape[a] }
        let outer = first.shape[..<a].reduce(1, *)
        let parts = tensors.map { ($0.scalars, $0.shape[a...].reduce(1, *)) }
        var out = [Double]()
        out.reserveCapacity(shape.reduce(1, *))
        for o in 0..<outer {
            for (values, chunk) in parts where chunk > 0 {
                out.append(contentsOf: values[(o * chunk)..<(o * chunk + chunk)])
            }
        }
        let y = Tensor(contiguous: out, shape: shape)
        let sizes = tensors.map { $0.shape[a] }
        // Each input's cotangent is its slice of g along the axis.
        return Autodiff.record("concatenated", tensors, y) { g, _ in
            var start = 0
            return try sizes.map { size in
                let indices: [any TensorIndex] = (0..<a).map { g.shape[$0] }.map { 0..<$0 } + [start..<(start + size)]
                start += size
                return try g.view(indices).contiguous()
            }
        }
    }

    /// The tensors, which must share one shape, stacked along a new `axis` of the result
    /// (`-1` appends), as `np.stack`.
    /// - Throws: ``TensorError`` naming the shapes if they differ, or if the list is empty.
    public static func stacked(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
        guard let first = tensors.first else { throw TensorError("stacked needs at least one tensor") }
        for t in tensors where t.shape != first.shape {
            throw TensorError("stacked: shapes \(first.shape) and \(t.shape) differ")
        }
        let a = try first.normalizedAxis(axis, rank: first.rank + 1)
        return try concatenated(tensors.map { try $0.expandedDimensions(axis: a) }, axis: a)
    }
}
