//| label: fig-training
//| caption: Hard F1 at threshold 0.5 during training of a logistic model on cross-entropy and on minus the smooth F1 (1 : 20 imbalance), with the smooth F1 of the second.
//| verifies: eq-soft-f1
let positives = 100
let negatives = 2000
let n = positives + negatives
let positivePoints = try Tensor.normal(shape: [positives, 2], mean: 1.5)
let negativePoints = try Tensor.normal(shape: [negatives, 2])
let points = try Tensor.concatenated([positivePoints, negativePoints], axis: 0)
let features = try Tensor.concatenated([points, Tensor.ones(shape: [n, 1])], axis: 1)
let y = try Tensor.concatenated(
    [Tensor.ones(shape: [positives, 1]), Tensor.zeros(shape: [negatives, 1])], axis: 0)

func smoothF1(_ p: Tensor) throws -> Tensor {
    return try (p * y).sum() * 2 / (p.sum() + y.sum())
}
var worstF1IdentityError = 0.0
func hardF1(_ theta: Tensor) throws -> Double {
    let predicted = try matmul(features, theta) .> 0
    let tp = try (predicted * y).sum().scalar
    let fp = try (predicted * (1 - y)).sum().scalar
    let fn = try ((1 - predicted) * y).sum().scalar
    // The smooth formula on hard predictions is the counted F1.
    let counted = 2 * tp / (2 * tp + fp + fn)
    let identityError = abs(try smoothF1(predicted).scalar - counted)
    worstF1IdentityError = max(worstF1IdentityError, identityError)
    return counted
}

var thetaCE = try Tensor.zeros(shape: [3, 1])
var thetaF1 = try Tensor.zeros(shape: [3, 1])
var steps: [Double] = []
var f1CE: [Double] = []
var f1Smooth: [Double] = []
var smoothValue: [Double] = []
var previousLoss = Double.infinity
var previousAccuracy = 0.0
var lossUpOrFlat = 0
var lossDownAccuracyDown = 0
for step in 0...500 {
    let (lossCE, gCE) = try valueWithGradient(at: thetaCE) { theta in
        let z = try matmul(features, theta)
        return try -(y * log(sigmoid(z)) + (1 - y) * log(sigmoid(-z))).mean()
    }
    if step % 10 == 0 {
        steps.append(Double(step))
        f1CE.append(try hardF1(thetaCE))
        f1Smooth.append(try hardF1(thetaF1))
        smoothValue.append(try smoothF1(sigmoid(matmul(features, thetaF1))).scalar)
        // Cross-entropy against accuracy for the first model, every 10 steps.
        let loss = try lossCE.scalar
        let accuracy = try ((matmul(features, thetaCE) .> 0) .== y).mean().scalar
        if loss >= previousLoss {
            lossUpOrFlat += 1
        }
        if loss < previousLoss && accuracy < previousAccuracy {
            lossDownAccuracyDown += 1
        }
        previousLoss = loss
        previousAccuracy = accuracy
    }
    let gF1 = try gradient(at: thetaF1) { theta in
        return try -smoothF1(sigmoid(matmul(features, theta)))
    }
    thetaCE = try thetaCE - gCE * 1.0
    thetaF1 = try thetaF1 - gF1 * 10.0
}
print("hard F1 at 0.5: cross-entropy \(f1CE.last!), smooth-F1 training \(f1Smooth.last!)")
print("smooth F1 of the second model: \(smoothValue.last!)")
print("intervals where cross-entropy fell but accuracy fell too: \(lossDownAccuracyDown) of 50")
#expect(worstF1IdentityError < 1e-12)
#expect(f1Smooth.last! > f1CE.last!)
#expect(lossUpOrFlat == 0)
#expect(lossDownAccuracyDown > 0)
Chart {
    LineMark(x: steps, y: f1CE, series: "hard F1, cross-entropy model")
    LineMark(x: steps, y: f1Smooth, series: "hard F1, smooth-F1 model")
    LineMark(x: steps, y: smoothValue, series: "smooth F1, smooth-F1 model")
}
.chartXAxisLabel("gradient step")
.chartYAxisLabel("F1")
