//| label: fig-init
//| caption: Loss at initialization against the logit scale: measured on random unit vectors (points) and ln N + s²/(2d) (line); the dashed rule is chance, ln N.
let sGrid = try Tensor.linspace(0, 50, count: 101)
let sCurve = try chance + sGrid * sGrid / (2 * Double(d))
Chart {
    LineMark(x: sGrid, y: sCurve, series: "ln N + s²/2d")
    PointMark(x: scales, y: measured, series: "measured")
    RuleMark(y: chance)
}
.chartXAxisLabel("logit scale s")
.chartYAxisLabel("loss at initialization (nats)")
