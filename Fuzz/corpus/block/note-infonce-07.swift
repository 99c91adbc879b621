//| label: fig-steps
//| caption: Toy CPC with an AR(1) latent (a = 0.9, d = 4) and N = 16 candidates: the true information about step k, the InfoNCE estimate, and the accuracy of the optimal critic at picking the positive, against the prediction step.
let steps = Array(1...12)
var stepTrue: [Double] = []
var stepEstimate: [Double] = []
var stepAccuracy: [Double] = []
for k in steps {
    let rho = pow(0.9, Double(k))
    let (x, c) = try contrastiveSets(rho: rho, dim: 4, candidates: 16, rows: 2000)
    let s = try logRatio(x, c, rho: rho)
    stepTrue.append(gaussianMI(rho: rho, dim: 4))
    stepEstimate.append(try log(16.0) - (s.logSumExp(axis: 1) - s.transposed()[0]).mean().scalar)
    stepAccuracy.append(try (s.argmax(axis: 1) .== 0).mean().scalar)
}
for i in 1..<steps.count {
    #expect(stepTrue[i] < stepTrue[i - 1])
}
#expect(stepAccuracy[0] > stepAccuracy[11] + 0.3)
let stepAxis = steps.map { Double($0) }
Chart {
    LineMark(x: stepAxis, y: stepTrue, series: "true I (nats)")
    LineMark(x: stepAxis, y: stepEstimate, series: "log N − L_N (nats)")
    LineMark(x: stepAxis, y: stepAccuracy, series: "accuracy of the positive")
    PointMark(x: stepAxis, y: stepAccuracy, series: "accuracy of the positive")
}
.chartXAxisLabel("prediction step k")
