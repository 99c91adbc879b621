import Foundation

extension Tensor {
    // MARK: Kernels

    /// NumPy's pairwise summation (`pairwise_sum` in `loops_utils.h`): eight accumulators on
    /// blocks of up to 128 elements, halved recursively above that. The error grows as
    /// O(log n) ulps instead of O(n), and the result matches NumPy's bit for bit on
    /// contiguous data.
    @usableFromInline
    static func pairwiseSum(_ a: UnsafePointer<Double>, _ n: Int) -> Double {
        if n < 8 {
            var res = 0.0
            for i in 0..<n { res += a[i] }
            return res
        } else if n <= 128 {
            var r0 = a[0]
            var r1 = a[1]
            var r2 = a[2]
            var r3 = a[3]
            var r4 = a[4]
            var r5 = a[5]
            var r6 = a[6]
            var r7 = a[7]
            var i = 8
            let end = n - n % 8
            while i < end {
                r0 += a[i]
                r1 += a[i + 1]
                r2 += a[i + 2]
                r3 += a[i + 3]
                r4 += a[i + 4]
                r5 += a[i + 5]
                r6 += a[i + 6]
                r7 += a[i + 7]
                i += 8
            }
            var res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while i < n {
                res += a[i]
                i += 1
            }
            return res
        } else {
            var n2 = n / 2
            n2 -= n2 % 8
            return pairwiseSum(a, n2) + pairwiseSum(a + n2, n - n2)
        }
    }

    @usableFromInline
    static func laneSum(_ lane: UnsafeBufferPointer<Double>) -> Double {
        guard let base = lane.baseAddress, lane.count > 0 else { return 0 }
        return 0.0 + pairwiseSum(base, lane.count)
    }

    static func laneVariance(_ lane: UnsafeBufferPointer<Double>, ddof: Int) -> Double {
        let n = lane.count
        let mean = laneSum(lane) / Double(n)
        let deviations = [Double](unsafeUninitializedCapacity: n) { out, initialized in
            for i in 0..<n {
                let d = lane[i] - mean
                out[i] = d * d
            }
            initialized = n
        }
        let squares = deviations.withUnsafeBufferPointer { laneSum($0) }
        return squares / Double(Swift.max(n - ddof, 0))
    }

    /// Index of the first maximum (`greater`) or minimum; the first NaN wins, as NumPy.
    static func laneArgExtreme(_ lane: UnsafeBufferPointer<Double>, greater: Bool) -> Int {
        var best = 0
        var value = lane[0]
        if value.isNaN { return 0 }
        for i in 1..<lane.count {
            let v = lane[i]
            if v.isNaN { return i }
            if greater ? v > value : v < value {
                value = v
                best = i
            }
        }
        return best
    }

    /// The maximum or minimum; NaN if any element is NaN, as NumPy's `max`.
    static func laneExtreme(_ lane: UnsafeBufferPointer<Double>, greater: Bool) -> Double {
        var value = lane[0]
        for v in lane {
            if v.isNaN { return v }
            if greater ? v > value : v < value { value = v }
        }
        return value
    }

    /// log Σ e^x without overflow: the maximum is factored out (if it is not finite, 0 is used,
    /// as SciPy's `logsumexp`: all -inf gives -inf, any +inf gives +inf, NaN gives NaN).
    static func laneLogSumExp(_ lane: UnsafeBufferPointer<Double>) -> Double {
        let n = lane.count
        if n == 0 { return -.infinity }
        var m = laneExtreme(lane, greater: true)
        if m.isNaN { return m }
        if !m.isFinite { m = 0 }
        let exps = [Double](unsafeUninitializedCapacity: n) { out, initialized in
            for i in 0..<n { out[i] = Foundation.exp(lane[i] - m) }
            initialized = n
        }
        return Foundation.log(exps.withUnsafeBufferPointer { laneSum($0) }) + m
    }

    // MARK: Lane machinery

    /// Applies `body` to each lane along `axis` (all elements if `axis` is nil), laid out
    /// contiguously, giving one value per lane.
    func reduceLanes(
        axis: Int?, keepDims: Bool, name: String, needsElements: Bool = false,
        _ body: (UnsafeBufferPointer<Double>) -> Double
    ) throws -> Tensor {
        guard let axis else {
            if needsElements && count == 0 {
                throw TensorError("\(name) of an empty tensor (shape \(shape)) has no value")
            }
            let value = withUnsafeBufferPointer(body)
            return Tensor(contiguous: [value], shape: keepDims ? shape.map { _ in 1 } : [])
        }
        let a = try normalizedAxis(axis)
        let n = shape[a]
        var outShape = shape
        if keepDims { outShape[a] = 1 } else { outShape.remove(at: a) }
        let outCount = outShape.reduce(1, *)
        if needsElements && n == 0 && outCount > 0 {
            throw TensorError("\(name) along axis \(axis) of size 0 (shape \(shape)) has no value")
        }
        let lanes = movingAxisToEnd(a).contiguous()
        let out = lanes.storage.buffer.withUnsafeBufferPointer { p in
            Tensor.makeBuffer(count: outCount) { out in
                for j in 0..<outCount {
                    let lane =
                        n == 0
                        ? UnsafeBufferPointer<Double>(start: nil, count: 0)
                        : UnsafeBufferPointer(rebasing: p[(j * n)..<(j * n + n)])
                    out[j] = body(lane)
                }
            }
        }
        return Tensor(contiguous: out, shape: outShape)
    }

    /// Applies `body` to each lane along `axis`, writing a lane of the same length: the result
    /// has this shape.
    func mapLanes(
        axis: Int, _ body: (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void
    ) throws -> Tensor {
        let a = try normalizedAxis(axis)
        let lanes = movingAxisToEnd(a).contiguous()
        let n = shape[a]
        let total = count
        let out = lanes.storage.buffer.withUnsafeBufferPointer { p in
            Tensor.makeBuffer(count: total) { out in
                guard n > 0 else { return }
                for j in 0..<(total / n) {
                    body(
                        UnsafeBufferPointer(rebasing: p[(j * n)..<(j * n + n)]),
                        UnsafeMutableBufferPointer(rebasing: out[(j * n)..<(j * n + n)]))
                }
            }
        }
        return Tensor(contiguous: out, shape: lanes.shape).movingLastAxis(to: a)
    }

    /// Inverse of `movingAxisToEnd`, made contiguous.
    func movingLastAxis(to axis: Int) -> Tensor {
        if axis == rank - 1 { return self }
        var perm = Array(0..<(rank - 1))
        perm.insert(rank - 1, at: axis)
        let view = Tensor(
            storage: storage, shape: perm.map { shape[$0] }, strides: perm.map { strides[$0] }, offset: offset)
        return view.contiguous()
    }

    // MARK: Public reductions

    /// The sum of all elements, by pairwise summation (as NumPy); 0 for an empty tensor.
    public func sum() -> Tensor { (try? sum(axis: nil)) ?? Tensor(0) }

    /// Sums along `axis` (negative counts from the end), keeping it as size 1 if `keepDims`.
    /// - Throws: ``TensorError`` if `axis` is out of range.
    public func sum(axis: Int, keepDims: Bool = false) throws -> Tensor {
        try sum(axis: Optional(axis), keepDims: keepDims)
    }

    func sum(axis: Int?, keepDims: Bool = false) throws -> Tensor {
        let y: Tensor
        if let axis, isContiguous, try normalizedAxis(axis) != rank - 1 {
            y = rowwiseSum(axis: try normalizedAxis(axis), keepDims: keepDims)
        } else {
            y = try reduceLanes(axis: axis, keepDims: keepDims, name: "sum", Tensor.laneSum)
        }
        return Autodiff.linearReduction("sum", self, axis: axis, y, scale: 1)
    }

    /// Sum along a non-last axis of a contiguous tensor by adding whole rows in order, as
    /// NumPy does for such axes: contiguous, vectorizable, no transposed copy.
    func rowwiseSum(axis a: Int, keepDims: Bool) -> Tensor {
        let outer = shape[..<a].reduce(1, *)
        let n = shape[a]
        let inner = shape[(a + 1)...].reduce(1, *)
        var outShape = shape
        if keepDims { outShape[a] = 1 } else { outShape.remove(at: a) }
        var out = [Double](repeating: 0, count: outer * inner)
        storage.buffer.withUnsafeBufferPointer { p in
            out.withUnsafeMutableBufferPointer { o in
                guard let src = p.baseAddress, let dst = o.baseAddress else { return }
                for block in 0..<outer {
                    let target = dst + block * inner
                    for i in 0..<n {
                        let row = src + offset + (block * n + i) * inner
                        for j in 0..<inner { target[j] += row[j] }
                    }
                }
            }
        }
        return Tensor(contiguous: out, shape: outShape)
    }

    /// The mean of all elements (NaN for an empty tensor, as NumPy).
    public func mean() -> Tensor { (try? mean(axis: nil)) ?? Tensor(.nan) }

    /// Means along `axis` (a size-0 axis gives NaN).
    /// - Throws: ``TensorError`` if `axis` is out of range.
    public func mean(axis: Int, keepDims: Bool = false) throws -> Tensor {
        try mean(axis: Optional(axis), keepDims: keepDims)
    }

    func mean(axis: Int?, keepDims: Bool = false) throws -> Tensor {
        let y = try reduceLanes(axis: axis, keepDims: keepDims, name: "mean") {
            Tensor.laneSum($0) / Double($0.count)
        }
        let n = axis.map { shape[(try? normalizedAxis($0)) ?? 0] } ?? count
        return Autodiff.linearReduction("mean", self, axis: axis, y, scale: 1 / Double(n))
    }

    /// Records a variance along `axis` (nil: all): dVar/dx = 2(x - mean)/(n - ddof).
    func recordVariance(_ y: Tensor, axis: Int?, ddof: Int) -> Tensor {
        let n = axis.map { shape[(try? normalizedAxis($0)) ?? 0] } ?? count
        return Autodiff.reduction("variance", self, axis: axis, y) { g, _, x in
            let m = try axis.map { try x.mean(axis: $0, keepDims: true) } ?? x.mean()
            return try g * (x - m) * (2 / Double(n - ddof))
        }
    }

    /// Records a max or min: the gradient goes to the elements equal to the extreme, split
    /// evenly between ties (as JAX).
    func recordExtreme(_ name: String, _ y: Tensor, axis: Int?) -> Tensor {
        Autodiff.reduction(name, self, axis: axis, y) { g, y, x in
            let mask = try Tensor.zipBroadcast(x, y) { $0 == $1 ? 1 : 0 }
            let ties = try axis.map { try mask.sum(axis: $0, keepDims: true) } ?? mask.sum()
            return try g * mask / ties
        }
    }

    /// The variance Σ(x - mean)² / (n - ddof) of all elements. `ddof` defaults to 0 (the
    /// population variance, NumPy's default); pass 1 for the unbiased sample variance.
    /// n ≤ ddof divides by 0 (inf or NaN), as NumPy.
    public func variance(ddof: Int = 0) -> Tensor {
        let y =
            (try? reduceLanes(axis: nil, keepDims: false, name: "variance") { Tensor.laneVariance($0, ddof: ddof) })
            ?? Tensor(.nan)
        return recordVariance(y, axis: nil, ddof: ddof)
    }

    /// Variances along `axis` (see ``variance(ddof:)``; `ddof` defaults to 0).
    /// - Throws: ``TensorError`` if `axis` is out of range.
    public func variance(axis: Int, ddof: Int = 0, keepDims: Bool = false) throws -> Tensor {
        let y = try reduceLanes(axis: axis, keepDims: keepDims, name: "variance") {
            Tensor.laneVariance($0, ddof: ddof)
        }
        return recordVariance(y, axis: axis, ddof: ddof)
    }

    /// √variance of all elements (`ddof` defaults to 0, as NumPy's `std`).
    public func standardDeviation(ddof: Int = 0) -> Tensor { sqrt(variance(ddof: ddof)) }

    /// √variance along `axis` (`ddof` defaults to 0).
    /// - Throws: ``TensorError`` if `axis` is out of range.
    public func standardDeviation(axis: Int, ddof: Int = 0, keepDims: Bool = false) throws -> Tensor {
        sqrt(try variance(axis: axis, ddof: ddof, keepDims: keepDims))
    }

    /// The largest element; NaN if any element is NaN (as NumPy's `max`).
    /// - Throws: ``TensorError`` for an empty tensor (no maximum, as NumPy).
    public func max() throws -> Tensor {
        recordExtreme(
            "max",
            try reduceLanes(axis: nil, keepDims: false, name: "max", needsElements: true) {
                Tensor.laneExtreme($0, greater: true)
            }, axis: nil)
    }

    /// Maxima along `axis` (NaN in a lane gives NaN).
    /// - Throws: ``TensorError`` if `axis` is out of range or has size 0.
    public func max(axis: Int, keepDims: Bool = false) throws -> Tensor {
        recordExtreme(
            "max",
            try reduceLanes(axis: axis, keepDims: keepDims, name: "max", needsElements: true) {
                Tensor.laneExtreme($0, greater: true)
            }, axis: axis)
    }

    /// The smallest element; NaN if any element is NaN (as NumPy's `min`).
    /// - Throws: ``TensorError`` for an empty tensor.
    public func min() throws -> Tensor {
        recordExtreme(
            "min",
            try reduceLanes(axis: nil, keepDims: false, name: "min", needsElements: true) {
                Tensor.laneExtreme($0, greater: false)
            }, axis: nil)
    }

    /// Minima along `axis` (NaN in a lane gives NaN).
    /// - Throws: ``TensorError`` if `axis` is out of range or has size 0.
    public func min(axis: Int, keepDims: Bool = false) throws -> Tensor {
        recordExtreme(
            "min",
            try reduceLanes(axis: axis, keepDims: keepDims, name: "min", needsElements: true) {
                Tensor.laneExtreme($0, greater: false)
            }, axis: axis)
    }

    /// The row-major index of the first maximum, as a 0-d tensor (the first NaN if any, as
    /// NumPy's `argmax`).
    /// - Throws: ``TensorError`` for an empty tensor.
    public func argmax() throws -> Tensor {
        Autodiff.nonDifferentiable(
            "argmax",
            try reduceLanes(axis: nil, keepDims: false, name: "argmax", needsElements: true) {
                Double(Tensor.laneArgExtreme($0, greater: true))
            }, self)
    }

    /// Indices of the first maxima along `axis` (first NaN wins).
    /// - Throws: ``TensorError`` if `axis` is out of range or has size 0.
    public func argmax(axis: Int, keepDims: Bool = false) throws -> Tensor {
        Autodiff.nonDifferentiable(
            "argmax",
            try reduceLanes(axis: axis, keepDims: keepDims, name: "argmax", needsElements: true) {
                Double(Tensor.laneArgExtreme($0, greater: true))
            }, self)
    }

    /// The row-major index of the first minimum (the first NaN if any).
    /// - Throws: ``TensorError`` for an empty tensor.
    public func argmin() throws -> Tensor {
        Autodiff.nonDifferentiable(
            "argmin",
            try reduceLanes(axis: nil, keepDims: false, name: "argmin", needsElements: true) {
                Double(Tensor.laneArgExtreme($0, greater: false))
            }, self)
    }

    /// Indices of the first minima along `axis` (first NaN wins).
    /// - Throws: ``TensorError`` if `axis` is out of range or has size 0.
    public func argmin(axis: Int, keepDims: Bool = false) throws -> Tensor {
        Autodiff.nonDifferentiable(
            "argmin",
            try reduceLanes(axis: axis, keepDims: keepDims, name: "argmin", needsElements: true) {
                Double(Tensor.laneArgExtreme($0, greater: false))
            }, self)
    }

    /// log Σ e^x over all elements without overflow (huge or tiny logits are fine); -inf for
    /// an empty tensor.
    public func logSumExp() -> Tensor {
        let y = (try? reduceLanes(axis: nil, keepDims: false, name: "logSumExp", Tensor.laneLogSumExp)) ?? Tensor(.nan)
        return Autodiff.reduction("logSumExp", self, axis: nil, y) { g, y, x in try g * exp(x - y) }
    }

    /// log Σ e^x along `axis`, without overflow.
    /// - Throws: ``TensorError`` if `axis` is out of range.
    public func logSumExp(axis: Int, keepDims: Bool = false) throws -> Tensor {
        let y = try reduceLanes(axis: axis, keepDims: keepDims, name: "logSumExp", Tensor.laneLogSumExp)
        return Autodiff.reduction("logSumExp", self, axis: axis, y) { g, y, x in try g * exp(x - y) }
    }

    /// The product of all elements (1 for an empty tensor), multiplied in order.
    public func prod() -> Tensor {
        let y = (try? reduceLanes(axis: nil, keepDims: false, name: "prod") { $0.reduce(1, *) }) ?? Tensor(.nan)
        return Autodiff.reduction("prod", self, axis: nil, y, Tensor.prodPullback)
    }

    /// Products along `axis`.
    /// - Throws: ``TensorError`` if `axis` is out of range.
    public func prod(axis: Int, keepDims: Bool = false) throws -> Tensor {
        let y = try reduceLanes(axis: axis, keepDims: keepDims, name: "prod") { $0.reduce(1, *) }
        return Autodiff.reduction("prod", self, axis: axis, y, Tensor.prodPullback)
    }

    /// d prod / dxᵢ = prod / xᵢ; an element equal to 0 makes that undefined here, so the
    /// backward pass throws rather than return NaN.
    static func prodPullback(_ g: Tensor, _ y: Tensor, _ x: Tensor) throws -> Tensor {
        guard !x.scalars.contains(0) else {
            throw TensorError("the gradient of prod at an element equal to 0 is not implemented")
        }
        return try g * y / x
    }

    /// 1 if every element is nonzero (NaN counts as nonzero; true for an empty tensor), else 0.
    public func all() -> Tensor {
        Autodiff.nonDifferentiable(
            "all",
            (try? reduceLanes(axis: nil, keepDims: false, name: "all") { $0.allSatisfy { $0 != 0 } ? 1 : 0 })
                ?? Tensor(.nan), self)
    }

    /// `all()` along `axis`.
    /// - Throws: ``TensorError`` if `axis` is out of range.
    public func all(axis: Int, keepDims: Bool = false) throws -> Tensor {
        Autodiff.nonDifferentiable(
            "all", try reduceLanes(axis: axis, keepDims: keepDims, name: "all") { $0.allSatisfy { $0 != 0 } ? 1 : 0 },
            self)
    }

    /// 1 if some element is nonzero (NaN counts; false for an empty tensor), else 0.
    public func any() -> Tensor {
        Autodiff.nonDifferentiable(
            "any",
            (try? reduceLanes(axis: nil, keepDims: false, name: "any") { $0.contains { $0 != 0 } ? 1 : 0 })
                ?? Tensor(.nan), self)
    }

    /// `any()` along `axis`.
    /// - Throws: ``TensorError`` if `axis` is out of range.
    public func any(axis: Int, keepDims: Bool = false) throws -> Tensor {
        Autodiff.nonDifferentiable(
            "any", try reduceLanes(axis: axis, keepDims: keepDims, name: "any") { $0.contains { $0 != 0 } ? 1 : 0 },
            self)
    }

    /// Running sums of the flattened elements (as NumPy's `cumsum` without an axis), added in
    /// order.
    public func cumsum() -> Tensor {
        (try? flattened().cumsum(axis: 0)) ?? Tensor([Double]())
    }

    /// Running sums along `axis`; the result has this shape.
    /// - Throws: ``TensorError`` if `axis` is out of range.
    public func cumsum(axis: Int) throws -> Tensor {
        let y = try mapLanes(axis: axis) { lane, out in
            var running = 0.0
            for i in 0..<lane.count {
                running += lane[i]
                out[i] = running
            }
        }
        // The adjoint of a running sum is the running sum from the end: Σ_{j ≥ i} g_j.
        return Autodiff.record("cumsum", [self], y) { g, _ in
            [try (g.sum(axis: axis, keepDims: true) - g.cumsum(axis: axis)) + g]
        }
    }

    /// Differences of neighbours along `axis` (default: the last), `t[i + 1] - t[i]`, as
    /// NumPy's `diff`: the axis is one shorter (empty stays empty). The inverse of
    /// ``cumsum(axis:)`` up to the first element, for increments of a series, the steps of a
    /// grid, or a finite-difference derivative (`y.diff() / x.diff()`). Each difference is one
    /// subtraction, so the values are NumPy's exactly; gradients flow through both operands.
    /// - Throws: ``TensorError`` if the tensor is 0-d or `axis` is out of range.
    public func diff(axis: Int = -1) throws -> Tensor {
        guard rank > 0 else { throw TensorError("diff needs a tensor of at least one dimension, got a scalar") }
        let a = try normalizedAxis(axis)
        let n = shape[a]
        guard n > 0 else { return self }
        func along(_ range: Range<Int>) throws -> Tensor {
            let whole: [any TensorIndex] = shape[..<a].map { 0..<$0 }
            return try indexed(whole + [range])
        }
        return try along(1..<n) - along(0..<(n - 1))
    }
}
