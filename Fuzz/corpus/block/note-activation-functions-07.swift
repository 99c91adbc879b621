//| label: fig-derivatives
//| caption: Derivatives from reverse-mode autodiff. Only tanh and the ReLU reach a slope of 1 (the ReLU for every positive input); the sigmoid's slope stays at or below 1/4.
let dSigmoid = try gradient(at: plotX) { x in sigmoid(x).sum() }
let dTanh = try gradient(at: plotX) { x in tanh(x).sum() }
let dRelu = try gradient(at: plotX) { x in relu(x).sum() }
let dGelu = try gradient(at: plotX) { x in gelu(x).sum() }
let dSilu = try gradient(at: plotX) { x in silu(x).sum() }
Chart {
    LineMark(x: plotX, y: dSigmoid, series: "sigmoid′")
    LineMark(x: plotX, y: dTanh, series: "tanh′")
    LineMark(x: plotX, y: dRelu, series: "ReLU′")
    LineMark(x: plotX, y: dGelu, series: "GELU′")
    LineMark(x: plotX, y: dSilu, series: "SiLU′")
    RuleMark(y: 0.25)
}
.chartXAxisLabel("x")
.chartYAxisLabel("f′(x)")
