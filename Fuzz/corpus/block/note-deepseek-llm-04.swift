//| label: fig-batch
//| caption: The near-optimal batch size of Eq. 1, in sequences of 4096 tokens, against compute; the points are the batch sizes of the 7B and 67B runs.
Chart {
    LineMark(x: budgetGrid, y: batchCurve, series: "B_opt = 0.2920 C^0.3271 / 4096")
    PointMark(x: budgets, y: usedBatchSequences, series: "7B and 67B (Table 2)")
}
.chartXScale(type: .log)
.chartYScale(type: .log)
.chartXAxisLabel("compute C (FLOPs)")
.chartYAxisLabel("batch size (sequences)")
