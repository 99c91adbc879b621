//| label: fig-logits-after
//| caption: The same logits after 300 steps of gradient descent on the embeddings and the log-scale t.
let learningRate = 0.5
for _ in 0..<300 {
    let grads = try gradient(at: parameters) { p in try clipLoss(toyLogits(p)) }
    for k in 0..<3 {
        parameters[k] = try parameters[k] - grads[k] * learningRate
    }
}
let logitsAfter = try toyLogits(parameters)
let lossAfter = try clipLoss(logitsAfter).scalar
let learnedScale = try exp(parameters[2]).scalar
let matched = try (logitsAfter.argmax(axis: 1) .== Tensor.arange(8)).mean().scalar
print("loss \(lossBefore) → \(lossAfter); scale \(exp(t0)) → \(learnedScale); rows matched: \(matched)")
#expect(lossAfter < lossBefore / 10)
#expect(matched == 1)
#expect(learnedScale > exp(t0))
let heatAfter = try rows(logitsAfter)
Chart {
    RectangleMark(matrix: heatAfter)
}
.chartXAxisLabel("text j")
.chartYAxisLabel("image i")
