//| verifies: eq-straight-through
let tauST = 0.5
let stNoise = try noise[0..<1000]
let stLogits = try batchLogits[0..<1000]
func softSample(_ o: Tensor) throws -> Tensor {
    return try softmax((o + stNoise) / tauST, axis: 1)
}
func hardSample(_ o: Tensor) throws -> Tensor {
    let soft = try softSample(o)
    let oneHot = try stopGradient(soft).argmax(axis: 1).reshaped([1000, 1]) .== Tensor.arange(3)
    return try straightThrough(oneHot, gradientOf: soft)
}
let forward = try hardSample(stLogits)
#expect(try forward.sum(axis: 1).min() == 1 && forward.max() == 1)
#expect(try (forward .== hard[0..<1000]).all() == 1)
let hardGradient = try gradient(at: stLogits) { o in try (hardSample(o) * payoff).sum() }
let softGradient = try gradient(at: stLogits) { o in try (softSample(o) * payoff).sum() }
#expect(try abs(hardGradient - softGradient).max() == 0)
#expect(try abs(softGradient).max() > 0.1)
