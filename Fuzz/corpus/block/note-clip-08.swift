//| label: fig-logits-before
//| caption: Logits ℓ_ij of a toy batch of 8 pairs at initialization (rows: images, columns: texts).
let toyImages0 = try Tensor.normal(shape: [8, 16])
let toyTexts0 = try Tensor.normal(shape: [8, 16])
let t0 = log(1 / 0.07)

func toyLogits(_ p: [Tensor]) throws -> Tensor {
    return try matmul(normalized(p[0]), normalized(p[1]).transposed()) * exp(p[2])
}

func rows(_ x: Tensor) throws -> [[Double]] {
    var result: [[Double]] = []
    for i in 0..<x.shape[0] {
        result.append(try x[i].scalars)
    }
    return result
}

var parameters = [toyImages0, toyTexts0, Tensor(t0)]
let logitsBefore = try toyLogits(parameters)
let lossBefore = try clipLoss(logitsBefore).scalar
let heatBefore = try rows(logitsBefore)
Chart {
    RectangleMark(matrix: heatBefore)
}
.chartXAxisLabel("text j")
.chartYAxisLabel("image i")
