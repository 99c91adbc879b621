//| label: fig-quantization
//| caption: Relative RMS error of E4M3 quantization on the non-outlier entries, against the size A of one outlier per row of 1024 standard normal values.
//| verifies: eq-tile-scale
let rows = 64
let columns = 1_024
let activations = try Tensor.normal(shape: [rows, columns])
var outlierPattern = [Double](repeating: 0, count: rows * columns)
for r in 0..<rows {
    outlierPattern[r * columns + (37 * r) % columns] = 1
}
let outlierMask = try Tensor(shape: [rows, columns], scalars: outlierPattern)
let ordinary = 1 - outlierMask
let ordinaryNorm = sqrt(try (activations * ordinary * activations).sum().scalar)

func quantizationError(outlier: Double, granularity: QuantizationGranularity) throws -> Double {
    let x = try activations * ordinary + outlier * outlierMask
    let q = try x.quantized(to: .float8E4M3, granularity: granularity).dequantized
    let e = try (q - x) * ordinary
    return sqrt(try (e * e).sum().scalar) / ordinaryNorm
}

// By hand for one tile: the scale maps the tile's largest |x| to 448 exactly.
let firstTile = try activations[0, 0..<128] + 0
let tileScale = try abs(firstTile).max().scalar / 448
let byHand = try firstTile.reshaped([1, 128]) / tileScale
let engineTile = try firstTile.reshaped([1, 128]).quantized(to: .float8E4M3, granularity: .perTile(columns: 128))
#expect(try abs(try byHand.rounded(to: .float8E4M3) * tileScale - engineTile.dequantized).max() < 1e-12)
#expect(abs(try engineTile.scales.max().scalar - tileScale) < 1e-15)

let outlierSizes = [1e1, 1e2, 1e3, 1e4, 3e4, 1e5, 3e5, 1e6]
var perTensorErrors: [Double] = []
var perTileErrors: [Double] = []
for a in outlierSizes {
    perTensorErrors.append(try quantizationError(outlier: a, granularity: .perTensor))
    perTileErrors.append(try quantizationError(outlier: a, granularity: .perTile(columns: 128)))
}
print("per tensor: \(perTensorErrors)")
print("per tile:   \(perTileErrors)")
// Moderate outliers: the floating-point exponent absorbs the scale, both errors ≈ the E4M3 floor.
#expect(abs(perTensorErrors[2] / perTileErrors[2] - 1) < 0.1)
// Outliers beyond the normal range: per-tensor scaling crushes every row; 1×128 tiles confine
// the damage to the 127 neighbours that share the outlier's tile (1/8 of the row).
#expect(perTensorErrors[5] > 2 * perTileErrors[5])
#expect(perTensorErrors[7] > 2 * perTileErrors[7])
#expect(perTensorErrors[5] > 3 * perTensorErrors[2])

Chart {
    LineMark(x: outlierSizes, y: perTensorErrors, series: "per tensor")
    LineMark(x: outlierSizes, y: perTileErrors, series: "per 1×128 tile")
}
.chartXScale(type: .log)
.chartYScale(type: .log)
.chartXAxisLabel("outlier magnitude A")
.chartYAxisLabel("relative RMS error")
