//| label: fig-memory
//| caption: Peak bytes held by the gradient tape for a 64-layer chain cut into segments of k layers, measured, against the segment cost a(⌈n/k⌉ + k) + wk; k = 8 = √64 is the minimum.
//| verifies: eq-segment-cost
let activationBytes = batch * width * 8
let weightBytes = width * width * 8
var segmentSizes: [Double] = []
var measuredPeaks: [Double] = []
var predictedPeaks: [Double] = []
var recomputed: [Int] = []
for k in [1, 2, 4, 8, 16, 32, 64] {
    let tape = GradientTape()
    let g = try tape.gradient(at: input) { x in try chainLoss(x, layers: depth, segment: k) }
    // identical gradients: the recomputation repeats the same operations on the same values
    #expect(try abs(g - plainGradient).max() == 0)
    let checkpoints = (depth + k - 1) / k
    let predicted = activationBytes * (checkpoints + k) + weightBytes * k
    #expect(tape.statistics.peakRetainedBytes == predicted)
    segmentSizes.append(Double(k))
    measuredPeaks.append(Double(tape.statistics.peakRetainedBytes) / 1024)
    predictedPeaks.append(Double(predicted) / 1024)
    recomputed.append(tape.statistics.recomputedOperations)
}
// Without checkpointing the tape holds all 64 activations, the input and every weight.
#expect(plainTape.statistics.peakRetainedBytes == activationBytes * (depth + 1) + weightBytes * depth)
let best = measuredPeaks.min()!
#expect(best == measuredPeaks[3])    // k = 8 = √64
print("peak KiB by segment size: \(measuredPeaks)")

Chart {
    LineMark(x: segmentSizes, y: predictedPeaks, series: "a(⌈n/k⌉ + k) + wk")
    PointMark(x: segmentSizes, y: measuredPeaks, series: "measured on the tape")
    RuleMark(y: Double(plainTape.statistics.peakRetainedBytes) / 1024, series: "no checkpointing")
}
.chartXScale(type: .log)
.chartXAxisLabel("layers per segment k")
.chartYAxisLabel("peak retained memory (KiB)")
