//| label: fig-fit
//| caption: 200 noisy samples of y = 2x + 5 with the least-squares lines through the origin (no bias) and with an intercept.
//| verifies: eq-slope-no-intercept, eq-omitted-intercept
func standardNormal() -> Double {
    let u1 = Double.random(in: 0..<1)
    let u2 = Double.random(in: 0..<1)
    return sqrt(-2 * log(1 - u1)) * cos(2 * Double.pi * u2)
}

let n = 200
let noise = 1.0
var fitX: [Double] = []
var fitY: [Double] = []
for _ in 0..<n {
    let x = Double.random(in: 0...10)
    fitX.append(x)
    fitY.append(2 * x + 5 + noise * standardNormal())
}
let sx = fitX.reduce(0, +)
let sy = fitY.reduce(0, +)
let sxx = fitX.map { $0 * $0 }.reduce(0, +)
let sxy = zip(fitX, fitY).map { $0 * $1 }.reduce(0, +)

// Through the origin.
let slopeNoIntercept = sxy / sxx
func residualSquares(_ beta: Double) -> Double {
    return zip(fitX, fitY).map { ($1 - beta * $0) * ($1 - beta * $0) }.reduce(0, +)
}
#expect(residualSquares(slopeNoIntercept) < residualSquares(slopeNoIntercept + 0.001))
#expect(residualSquares(slopeNoIntercept) < residualSquares(slopeNoIntercept - 0.001))
let expectedSlope = 2 + 5 * sx / sxx
let slopeSpread = noise / sqrt(sxx)
print("no intercept: slope \(slopeNoIntercept)")
print("    predicted \(expectedSlope) ± \(slopeSpread)")
#expect(abs(slopeNoIntercept - expectedSlope) < 3 * slopeSpread)
#expect(slopeNoIntercept > 2.5)

// With an intercept: the 2×2 normal equations.
let nd = Double(n)
let meanX = sx / nd
let centredXX = sxx - nd * meanX * meanX
let slope = (sxy - nd * meanX * (sy / nd)) / centredXX
let intercept = sy / nd - slope * meanX
let slopeError = noise / sqrt(centredXX)
let interceptError = noise * sqrt(1 / nd + meanX * meanX / centredXX)
print("with intercept: slope \(slope) ± \(slopeError)")
print("                intercept \(intercept) ± \(interceptError)")
#expect(abs(slope - 2) < 3 * slopeError)
#expect(abs(intercept - 5) < 3 * interceptError)

let lineX: [Double] = [0, 10]
let throughOrigin = lineX.map { slopeNoIntercept * $0 }
let withIntercept = lineX.map { intercept + slope * $0 }
Chart {
    PointMark(x: fitX, y: fitY, series: "samples")
    LineMark(x: lineX, y: throughOrigin, series: "no bias: y = β̂₀x")
    LineMark(x: lineX, y: withIntercept, series: "with bias: y = α̂ + β̂x")
}
.chartXAxisLabel("x")
.chartYAxisLabel("y")
