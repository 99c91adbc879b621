//| label: fig-bound-n
//| caption: The InfoNCE estimate against the number of candidates N (points), for a weakly (ρ = 0.8, d = 1) and a strongly (ρ = 0.95, d = 8) dependent pair; the line log N is the ceiling of the estimate, the dashed rules are the true mutual information of each pair.
let counts = candidateCounts.map { Double($0) }
let weakEstimates = Array(rowEstimate[0..<4])
let strongEstimates = Array(rowEstimate[4..<8])
Chart {
    LineMark(x: counts, y: counts.map { log($0) }, series: "log N")
    LineMark(x: counts, y: weakEstimates, series: "ρ = 0.8, d = 1 (I = 0.51)")
    PointMark(x: counts, y: weakEstimates, series: "ρ = 0.8, d = 1 (I = 0.51)")
    LineMark(x: counts, y: strongEstimates, series: "ρ = 0.95, d = 8 (I = 9.31)")
    PointMark(x: counts, y: strongEstimates, series: "ρ = 0.95, d = 8 (I = 9.31)")
    RuleMark(y: gaussianMI(rho: 0.8, dim: 1))
    RuleMark(y: gaussianMI(rho: 0.95, dim: 8))
}
.chartXScale(type: .log)
.chartXAxisLabel("number of candidates N")
.chartYAxisLabel("nats")
