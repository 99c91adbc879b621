import Foundation

extension Tensor {
    /// Each element rounded to the nearest value of `format` (ties to even), as
    /// ``Swift/Double/rounded(to:overflow:)`` does: `t.rounded(to: .bfloat16)` is what storing
    /// `t` in bfloat16 keeps. Subnormals as the format defines them; by default values beyond
    /// the largest finite one saturate to ±maxFinite (`overflow: .ieee` gives ±∞, or NaN in
    /// `float8E4M3`, as NumPy / ml_dtypes casts); NaN stays NaN.
    ///
    /// Not differentiable (its derivative is 0 almost everywhere): a gradient reaching it
    /// throws. For quantization-aware training use the straight-through estimator
    /// `try straightThrough(x.rounded(to: f), gradientOf: x)`: the rounded value forward, the
    /// identity gradient backward.
    public func rounded(to format: FloatFormat, overflow: FloatFormat.Overflow = .saturate) -> Tensor {
        let y = detached.map { $0.rounded(to: format, overflow: overflow) }
        return Autodiff.nonDifferentiable("rounded(to: .\(format.name))", y, self)
    }
}

/// The groups that share one scale in ``Tensor/quantized(to:granularity:powerOfTwoScales:)``.
public enum QuantizationGranularity: Sendable, Hashable {
    /// One scale for the whole tensor.
    case perTensor
    /// One scale per run of `columns` consecutive elements along the last axis (DeepSeek-V3
    /// quantizes activations per 1×128 tile). The last tile of a row may be shorter.
    case perTile(columns: Int = 128)
    /// One scale per `rows`×`columns` block of the last two axes (DeepSeek-V3 quantizes
    /// weights per 128×128 block). Blocks at the edges may be smaller.
    case perBlock(rows: Int = 128, columns: Int = 128)
}

extension Tensor {
    /// Scaled quantization to a low-precision format, as FP8 training does it: each group of
    /// elements (see ``QuantizationGranularity``) gets the scale `amax / format.maxFinite`
    /// (amax the group's largest |x|), is divided by it, rounded to `format` (ties to even,
    /// saturating) and multiplied back.
    ///
    /// Returns the dequantized tensor (same shape: what a kernel computing from the quantized
    /// values sees) and the scales: a 0-d tensor per tensor; shape `[..., rows, ⌈n/columns⌉]`
    /// per tile; `[..., ⌈m/rows⌉, ⌈n/columns⌉]` per block of a `[..., m, n]` tensor (leading
    /// axes are batches, each with its own groups).
    ///
    /// Edge cases: an all-zero group gets scale 1 (and stays zero). A group holding NaN or ±∞
    /// gets a NaN or ∞ scale and all-NaN values, as an amax-based kernel would. With
    /// `powerOfTwoScales` each scale is rounded up to a power of two (as the MX formats' E8M0
    /// scales), so scaling itself is exact and the group's amax still fits.
    /// - Throws: ``TensorError`` if a tile or block size is below 1, or the tensor's rank is
    ///   below 1 (per tile) or 2 (per block).
    public func quantized(
        to format: FloatFormat, granularity: QuantizationGranularity = .perTensor, powerOfTwoScales: Bool = false
    ) throws -> (dequantized: Tensor, scales: Tensor) {
        // A [batch, rows, columns] layout with groups of rowsPerGroup × columnsPerGroup.
        let rows: Int
        let columns: Int
        let rowsPerGroup: Int
        let columnsPerGroup: Int
        var scaleShape: [Int]
        switch granularity {
        case .perTensor:
            (rows, columns) = (1, count)
            (rowsPerGroup, columnsPerGroup) = (1, Swift.max(count, 1))
            scaleShape = []
        case .perTile(let c):
            guard c >= 1 else { throw TensorError("quantized: tile size \(c) must be at least 1") }
            guard rank >= 1 else {
                throw TensorError("quantized: per-tile scales need a tensor of rank ≥ 1, got shape \(shape)")
            }
            (rows, columns) = (1, shape[rank - 1])
            (rowsPerGroup, columnsPerGroup) = (1, c)
            scaleShape = Array(shape.dropLast()) + [(columns + c - 1) / c]
        case .perBlock(let r, let c):
            guard r >= 1, c >= 1 else { throw TensorError("quantized: block size \(r)×\(c) must be at least 1×1") }
            guard rank >= 2 else {
                throw TensorError("quantized: per-block scales need a tensor of rank ≥ 2, got shape \(shape)")
            }
            (rows, columns) = (shape[rank - 2], shape[rank - 1])
            (rowsPerGroup, columnsPerGroup) = (r, c)
            scaleShape = Array(shape.dropLast(2)) + [(rows + r - 1) / r, (columns + c - 1) / c]
        }
        let x = detached.scalars
        var out = [Double](repeating: 0, count: x.count)
        let groupRows = (rows + rowsPerGroup - 1) / rowsPerGroup
        let groupColumns = (columns + columnsPerGroup - 1) / columnsPerGroup
        let matrixSize = rows * columns
        let batches = matrixSize == 0 ? 0 : x.count / matrixSize
        var scales = [Double]()
        scales.reserveCapacity(batches * groupRows * groupColumns)
        let maxFinite = format.maxFinite
        for batch in 0..<batches {
            let base = batch * matrixSize
            for gr in 0..<groupRows {
                let r0 = gr * rowsPerGroup
                let r1 = Swift.min(r0 + rowsPerGroup, rows)
                for gc in 0..<groupColumns {
                    let c0 = gc * columnsPerGroup
                    let c1 = Swift.min(c0 + columnsPerGroup, columns)
                    var amax = 0.0
                    for r in r0..<r1 {
                        for c in c0..<c1 {
                            let v = Swift.abs(x[base + r * columns + c])
                            if !(v <= amax) { amax = v.isNaN ? .nan : Swift.max(amax, v) }
                            if amax.isNaN { break }
                        }
                    }
                    var scale = amax == 0 ? 1 : amax / maxFinite
                    if powerOfTwoScales && scale.isFinite {
                        scale = Double(
                            sign: .plus, exponent: Int(Foundation.ceil(Foundation.log2(scale))), significand: 1)
                        if amax / scale > maxFinite { scale *= 2 }
                    }
                    scales.append(scale)
                    for r in r0..<r1 {
                        for c in c0..<c1 {
                            let i = base + r * columns + c
                            out[i] =
                                scale.isFinite
                                ? (x[i] / scale).rounded(to: format) * scale
                                : .nan
                        }
                    }
                }
            }
        }
        if batches == 0 && granularity == .perTensor { scales = [1] }
        let dequantized = Autodiff.nonDifferentiable(
            "quantized(to: .\(format.name))", Tensor(contiguous: out, shape: shape), self)
        return (dequantized, Tensor(contiguous: scales, shape: scaleShape))
    }
}
