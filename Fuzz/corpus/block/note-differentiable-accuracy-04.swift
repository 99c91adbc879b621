//| label: fig-temperature
//| caption: Smooth accuracy of a fixed classifier (1000 examples, 5 classes) against the temperature τ, with the bound of the limit equation around the hard accuracy (dashed).
//| verifies: eq-soft-accuracy, eq-soft-accuracy-limit
let examples = 1000
let classes = 5
var labelValues: [Double] = []
var labelOneHot: [Double] = []
for _ in 0..<examples {
    let label = Int.random(in: 0..<classes)
    labelValues.append(Double(label))
    for c in 0..<classes {
        labelOneHot.append(c == label ? 1 : 0)
    }
}
let labels = Tensor(labelValues)
let target = try Tensor(shape: [examples, classes], scalars: labelOneHot)
let noise = try Tensor.normal(shape: [examples, classes], standardDeviation: 2)
let logits = try noise + target * 2.5

let hardAccuracy = try (logits.argmax(axis: 1) .== labels).mean().scalar
let p = try softmax(logits, axis: 1)
let pTrue = try (p * target).sum(axis: 1)
let softAccuracy = try pTrue.mean().scalar

// 100 sampled predictions per example: argmax(log p + Gumbel) is a draw from p.
let draws = 100
let gumbel = try Tensor.gumbel(shape: [draws, examples, classes])
let sampled = try (logSoftmax(logits, axis: 1) + gumbel).argmax(axis: 2)
let sampledAccuracy = try (sampled .== labels).mean().scalar
let perExampleVariance = try (pTrue * (1 - pTrue)).sum().scalar
let standardError = sqrt(perExampleVariance / Double(draws)) / Double(examples)
print("hard \(hardAccuracy), smooth \(softAccuracy)")
print("sampled \(sampledAccuracy) ± \(standardError)")
#expect(abs(sampledAccuracy - softAccuracy) < 3 * standardError)
#expect(abs(softAccuracy - hardAccuracy) > 10 * standardError)   // at τ = 1 they differ

var taus: [Double] = []
var smoothAtTau: [Double] = []
var lowerBand: [Double] = []
var upperBand: [Double] = []
var outsideBand = 0
for e in 0...30 {
    let tau = pow(10, 0.5 - Double(e) / 10)            // 10^0.5 down to 10^−2.5
    let q = try softmax(logits / tau, axis: 1)
    let smooth = try (q * target).sum(axis: 1).mean().scalar
    let bound = try (1 - q.max(axis: 1)).mean().scalar
    if abs(smooth - hardAccuracy) > bound + 1e-12 {
        outsideBand += 1
    }
    taus.append(tau)
    smoothAtTau.append(smooth)
    lowerBand.append(hardAccuracy - bound)
    upperBand.append(hardAccuracy + bound)
}
#expect(outsideBand == 0)
#expect(abs(smoothAtTau.last! - hardAccuracy) < 0.005)
Chart {
    AreaMark(x: taus, yStart: lowerBand, yEnd: upperBand, series: "acc ± bound")
    LineMark(x: taus, y: smoothAtTau, series: "smooth accuracy")
    RuleMark(y: hardAccuracy)
}
.chartXScale(type: .log)
.chartYScale(domain: 0...1)
.chartXAxisLabel("temperature τ")
.chartYAxisLabel("accuracy")
