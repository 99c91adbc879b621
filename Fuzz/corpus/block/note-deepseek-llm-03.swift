//| label: fig-lr
//| caption: The near-optimal learning rate of Eq. 1 against compute; the points are the peak learning rates of the 7B and 67B runs.
let logBudget = try Tensor.linspace(17, 25, count: 81)
let budgetGrid = pow(10.0, logBudget)
let etaCurve = 0.3118 * pow(budgetGrid, -0.1250)
let batchCurve = 0.2920 * pow(budgetGrid, 0.3271) / Double(sequenceLength)
Chart {
    LineMark(x: budgetGrid, y: etaCurve, series: "η_opt = 0.3118 C^−0.125")
    PointMark(x: budgets, y: usedLearningRates, series: "7B and 67B (Table 2)")
}
.chartXScale(type: .log)
.chartYScale(type: .log)
.chartXAxisLabel("compute C (FLOPs)")
.chartYAxisLabel("peak learning rate")
