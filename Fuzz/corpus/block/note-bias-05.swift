//| label: fig-boundary
//| caption: AND's four inputs and the decision lines w·x + b = 0 learned with a bias and without one (through the origin), after 12 epochs.
var wNoBias = [0.0, 0.0]
var zeroBias = 0.0
for _ in 0..<epochs {
    _ = epoch(grid, andTargets, &wNoBias, &zeroBias, useBias: false)
}
#expect(zeroBias == 0)
#expect(wNoBias[1] != 0 && w[1] != 0)
print("without a bias: w = \(wNoBias)")
let lineX1: [Double] = [-0.5, 1.5]
let biasedLine = lineX1.map { (-b - w[0] * $0) / w[1] }
let originLine = lineX1.map { -wNoBias[0] * $0 / wNoBias[1] }
Chart {
    PointMark(x: [0, 0, 1], y: [0, 1, 0], series: "AND = 0")
    PointMark(x: [1], y: [1], series: "AND = 1")
    LineMark(x: lineX1, y: biasedLine, series: "with bias")
    LineMark(x: lineX1, y: originLine, series: "without bias")
}
.chartXScale(domain: -0.5...1.5)
.chartYScale(domain: -0.5...1.5)
.chartXAxisLabel("x₁")
.chartYAxisLabel("x₂")
.frame(width: 420, height: 420)
