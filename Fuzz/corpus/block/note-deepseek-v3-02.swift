//| label: fig-params
//| caption: Parameters by component, stored against used per token (log scale).
Chart {
    BarMark(x: components, y: totals.map { Double($0) / 1e9 }, series: "stored")
    BarMark(x: components, y: actives.map { Double($0) / 1e9 }, series: "active per token")
}
.chartYScale(type: .log)
.chartYAxisLabel("parameters (billions)")
