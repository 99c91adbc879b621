//| verifies: eq-clip-grad
let sample = try Tensor.normal(shape: [16, 16], standardDeviation: 3)
let autodiffGradient = try gradient(at: sample) { l in try clipLoss(l) }
let closedForm = try (softmax(sample, axis: 1) + softmax(sample, axis: 0) - 2 * Tensor.eye(16)) / (2 * 16.0)
let gradientError = try abs(autodiffGradient - closedForm).max().scalar
print("largest |autodiff − closed form|: \(gradientError)")
#expect(gradientError < 1e-12)
let gradientTotal = try autodiffGradient.sum().scalar
#expect(abs(gradientTotal) < 1e-12)   // the pushes down and the pulls up balance exactly
