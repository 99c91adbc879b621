//| label: fig-activations
//| caption: The activations of this note on [−4, 4]. GELU and SiLU are smooth ReLUs that dip below zero; the step function is the limit of a sigmoid of growing slope.
let plotX = try Tensor.linspace(-4, 4, count: 401)
let step = plotX .> 0
Chart {
    LineMark(x: plotX, y: step, series: "step")
    LineMark(x: plotX, y: sigmoid(plotX), series: "sigmoid")
    LineMark(x: plotX, y: tanh(plotX), series: "tanh")
    LineMark(x: plotX, y: relu(plotX), series: "ReLU")
    LineMark(x: plotX, y: gelu(plotX), series: "GELU")
    LineMark(x: plotX, y: silu(plotX), series: "SiLU")
}
.chartXAxisLabel("x")
.chartYAxisLabel("f(x)")
