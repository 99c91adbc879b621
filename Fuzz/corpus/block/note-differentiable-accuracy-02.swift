//| label: fig-smooth
//| caption: max(x, 0) and its three smooth versions at sharpness 2.
let grid = try Tensor.linspace(-3, 3, count: 301)
let softplusCurve = try log1p(exp(grid * 2)) / 2
let erfCurve = try (grid + grid * erf(grid * 2)) / 2
let sigmoidCurve = try grid * sigmoid(grid * 2)
Chart {
    LineMark(x: grid, y: relu(grid), series: "max(x, 0)")
    LineMark(x: grid, y: softplusCurve, series: "softplus, K = 2")
    LineMark(x: grid, y: erfCurve, series: "erf form, μ = 2")
    LineMark(x: grid, y: sigmoidCurve, series: "sigmoid form, β = 2")
}
.chartXAxisLabel("x")
.chartYAxisLabel("value")
