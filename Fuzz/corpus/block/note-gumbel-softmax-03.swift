//| label: fig-estimators
//| caption: Standard deviation of the batch-averaged gradient estimate of ∂L/∂μ against the batch size n, measured over 10⁶/n batches (points), and √(Var/n) with the variances 16 and 74.25 (lines).
let batchSizes = [10, 30, 100, 300, 1000, 3000, 10000]
var reparameterizedSpread: [Double] = []
var scoreSpread: [Double] = []
for n in batchSizes {
    let batches = samples / n
    let a = try perSampleMu[0..<(batches * n)].reshaped([batches, n]).mean(axis: 1)
    let b = try scoreMu[0..<(batches * n)].reshaped([batches, n]).mean(axis: 1)
    reparameterizedSpread.append(try a.standardDeviation(ddof: 1).scalar)
    scoreSpread.append(try b.standardDeviation(ddof: 1).scalar)
}
for i in 0..<batchSizes.count {
    let predicted = sqrt(exactVariances[0] / Double(batchSizes[i]))
    #expect(abs(reparameterizedSpread[i] / predicted - 1) < 0.25)
}
let sizes = batchSizes.map { Double($0) }
let reparameterizedLine = sizes.map { sqrt(exactVariances[0] / $0) }
let scoreLine = sizes.map { sqrt(exactVariances[1] / $0) }
Chart {
    LineMark(x: sizes, y: scoreLine, series: "score function")
    PointMark(x: sizes, y: scoreSpread, series: "score function")
    LineMark(x: sizes, y: reparameterizedLine, series: "reparameterized")
    PointMark(x: sizes, y: reparameterizedSpread, series: "reparameterized")
}
.chartXScale(type: .log)
.chartYScale(type: .log)
.chartXAxisLabel("batch size n")
.chartYAxisLabel("standard deviation of the estimate")
