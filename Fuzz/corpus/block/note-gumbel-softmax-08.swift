//| label: fig-simplex
//| caption: 300 Gumbel-Softmax samples of softmax([1, 2, 3]) per temperature, drawn in the probability simplex (corners: class 1 bottom left, class 2 bottom right, class 3 top).
let shown = 300
var simplexX: [[Double]] = []
var simplexY: [[Double]] = []
let shownTemperatures = [0.1, 0.5, 1.0, 5.0]
for tau in shownTemperatures {
    let y = try softmax((log(p) + noise[0..<shown]) / tau, axis: 1)
    let y2 = try y.transposed()[1]
    let y3 = try y.transposed()[2]
    simplexX.append(try (y2 + y3 * 0.5).scalars)
    simplexY.append(try (y3 * (sqrt(3.0) / 2)).scalars)
}
let cornersX = [0.0, 1.0, 0.5, 0.0]
let cornersY = [0.0, 0.0, sqrt(3.0) / 2, 0.0]
Chart {
    LineMark(x: cornersX, y: cornersY, series: "simplex")
    PointMark(x: simplexX[3], y: simplexY[3], series: "τ = 5")
    PointMark(x: simplexX[2], y: simplexY[2], series: "τ = 1")
    PointMark(x: simplexX[1], y: simplexY[1], series: "τ = 0.5")
    PointMark(x: simplexX[0], y: simplexY[0], series: "τ = 0.1")
}
.frame(width: 560, height: 500)
