//| label: fig-firing
//| caption: Fraction of the four binary inputs on which the unit with w = (1, 1) fires, as the threshold T = −b grows.
//| verifies: eq-threshold-bias, eq-firing-fraction
func fires(_ w: [Double], _ x: [Double], bias: Double) -> Int {
    var z = bias
    for i in 0..<w.count {
        z += w[i] * x[i]
    }
    return z > 0 ? 1 : 0
}

// 10⁴ random points, weights and thresholds: both forms agree.
var disagreements = 0
for _ in 0..<10_000 {
    let w = [Double.random(in: -1...1), Double.random(in: -1...1)]
    let x = [Double.random(in: -1...1), Double.random(in: -1...1)]
    let threshold = Double.random(in: -1...1)
    let thresholdForm = w[0] * x[0] + w[1] * x[1] > threshold ? 1 : 0
    if thresholdForm != fires(w, x, bias: -threshold) {
        disagreements += 1
    }
}
#expect(disagreements == 0)

let grid: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
var thresholds: [Double] = []
var fractions: [Double] = []
var staircaseMismatches = 0
for step in 0...250 {
    let threshold = Double(step) / 100
    var fired = 0
    for x in grid {
        fired += fires([1, 1], x, bias: -threshold)
    }
    let fraction = Double(fired) / 4
    let predicted = threshold < 1 ? 0.75 : (threshold < 2 ? 0.25 : 0.0)
    if fraction != predicted {
        staircaseMismatches += 1
    }
    thresholds.append(threshold)
    fractions.append(fraction)
}
#expect(staircaseMismatches == 0)
Chart {
    LineMark(x: thresholds, y: fractions)
}
.chartXAxisLabel("threshold T = −b")
.chartYAxisLabel("fraction of inputs that fire")
