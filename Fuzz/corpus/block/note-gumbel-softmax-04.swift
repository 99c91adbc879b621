//| verifies: eq-gumbel-max
//| label: fig-gumbel-max
//| caption: Frequencies of the Gumbel-max samples of 200,000 draws (bars) against the softmax of the logits [1, 2, 3] (points).
let logits: Tensor = [1, 2, 3]
let p = softmax(logits)
let draws = 200_000
let gumbelNoise = try Tensor.gumbel(shape: [draws, 3])
let winners = try (log(p) + gumbelNoise).argmax(axis: 1)
let frequencies = try bincount(winners, length: 3) / Double(draws)
let binomialSD = try sqrt(p * (1 - p) / Double(draws))
let zScores = try (frequencies - p) / binomialSD
print("softmax: \(p)\nfrequencies: \(frequencies)\nz-scores: \(zScores)")
#expect(try abs(zScores).max() < 3)
let classNames = ["class 1", "class 2", "class 3"]
Chart {
    BarMark(x: classNames, y: frequencies, series: "Gumbel-max frequency")
    PointMark(x: classNames, y: p, series: "softmax p")
}
.chartYAxisLabel("probability")
