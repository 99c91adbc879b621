//| label: fig-depth
//| caption: Stored activations against depth: plain backpropagation (n), √n segments (measured on the tape at k = √n, and the bound 2√n), and the recursive scheme with k = 1 (log₂ n).
var sampledDepths: [Double] = []
var measuredSqrt: [Double] = []
for n in [16, 36, 64, 100, 144] {
    let k = Int(sqrt(Double(n)))
    let tape = GradientTape()
    var deepWeights = weights
    while deepWeights.count < n {
        deepWeights.append(weights[deepWeights.count % depth])
    }
    weights = deepWeights
    _ = try tape.gradient(at: input) { x in try chainLoss(x, layers: n, segment: k) }
    sampledDepths.append(Double(n))
    measuredSqrt.append(Double(tape.statistics.peakRetainedBytes - weightBytes * k) / Double(activationBytes))
    #expect(measuredSqrt[measuredSqrt.count - 1] == 2 * sqrt(Double(n)))
}
let depthGrid = try Tensor.linspace(4, 160, count: 80)
Chart {
    LineMark(x: depthGrid, y: depthGrid, series: "no checkpointing: n")
    LineMark(x: depthGrid, y: 2 * sqrt(depthGrid), series: "√n segments: 2√n")
    LineMark(x: depthGrid, y: log(depthGrid) / log(2.0), series: "recursive, k = 1: log₂ n")
    PointMark(x: sampledDepths, y: measuredSqrt, series: "measured, k = √n")
}
.chartXAxisLabel("layers n")
.chartYAxisLabel("stored activations")
