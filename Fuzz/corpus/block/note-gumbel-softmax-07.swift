//| label: fig-gs-temperature
//| caption: The Gumbel-Softmax trade-off against the temperature τ: the bias of E[y] and of the gradient shrink as τ → 0 (below τ ≈ 0.2 the measured gradient bias is the Monte Carlo error, shown dashed), while the gradient's variance grows.
Chart {
    LineMark(x: temperatures, y: meanBias, series: "max |E[y] − p|")
    PointMark(x: temperatures, y: meanBias, series: "max |E[y] − p|")
    LineMark(x: temperatures, y: gradientBias, series: "gradient bias")
    PointMark(x: temperatures, y: gradientBias, series: "gradient bias")
    LineMark(x: temperatures, y: gradientError, series: "s.e. of the gradient mean")
    LineMark(x: temperatures, y: gradientVariance, series: "gradient variance")
    PointMark(x: temperatures, y: gradientVariance, series: "gradient variance")
}
.chartXScale(type: .log)
.chartYScale(type: .log)
.chartXAxisLabel("temperature τ")
.chartYAxisLabel("bias / variance")
