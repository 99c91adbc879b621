//| label: fig-ffn-params
//| caption: Parameters of one feed-forward block for d = 192 as the hidden width grows. The SwiGLU block (three matrices) meets the cost of the standard ReLU block at d_ff = 4d exactly when its own width is 8d/3 = 512.
//| verifies: eq-swiglu-params
let d = 192
let reluFFN = try [Tensor.normal(shape: [d, 4 * d]), Tensor.normal(shape: [4 * d, d])]
let swigluWidth = 8 * d / 3
let swigluFFN = try [Tensor.normal(shape: [d, swigluWidth]), Tensor.normal(shape: [d, swigluWidth]),
                     Tensor.normal(shape: [swigluWidth, d])]
let reluCount = reluFFN.map { $0.count }.reduce(0, +)
let swigluCount = swigluFFN.map { $0.count }.reduce(0, +)
print("d = \(d): ReLU FFN \(reluCount) parameters, SwiGLU FFN at d_ff = \(swigluWidth): \(swigluCount)")
#expect(swigluCount == reluCount)
#expect(swigluWidth * 3 == 8 * d)

// the SwiGLU block runs: a batch of 4 tokens in, d features out
let tokens = try Tensor.normal(shape: [4, d])
let hidden = try silu(matmul(tokens, swigluFFN[0])) * matmul(tokens, swigluFFN[1])
let out = try matmul(hidden, swigluFFN[2])
#expect(out.shape == [4, d])

// LLaMA-7B: hidden = int(2 · 4d / 3), rounded up to a multiple of 256
let llamaD = 4096
let llamaHidden = 2 * (4 * llamaD) / 3
let multiple = 256
let llamaWidth = multiple * ((llamaHidden + multiple - 1) / multiple)
print("LLaMA-7B: 8d/3 = \(llamaHidden), rounded up to \(llamaWidth) (published: 11008)")
#expect(llamaWidth == 11008)
#expect(abs(Double(llamaWidth) / Double(llamaD) - 8.0 / 3.0) < 0.03)

let widths = (1...16).map { Double($0 * d / 4) }
let dd = Double(d)
Chart {
    LineMark(x: widths, y: widths.map { 2 * dd * $0 }, series: "ReLU FFN: 2·d·d_ff")
    LineMark(x: widths, y: widths.map { 3 * dd * $0 }, series: "SwiGLU FFN: 3·d·d_ff")
    RuleMark(y: 8 * dd * dd)
    RuleMark(x: 8 * dd / 3)
}
.chartXAxisLabel("hidden width d_ff")
.chartYAxisLabel("parameters")
