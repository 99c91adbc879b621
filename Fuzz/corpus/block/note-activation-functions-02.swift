//| verifies: eq-relu-second-moment
let zStd = 1.5
let z = try Tensor.normal(shape: [400_000], mean: 0, standardDeviation: zStd)
let squared = pow(relu(z), 2)
let (secondMoment, secondMomentError) = meanAndStandardError(squared)
print("E[ReLU(z)²] = \(secondMoment) ± \(secondMomentError); σ²/2 = \(zStd * zStd / 2)")
#expect(abs(secondMoment - zStd * zStd / 2) < 3 * secondMomentError)

// The derivative is the 0/1 mask of the active units (0 at x = 0, as in PyTorch).
let reluPrime = try gradient(at: x) { x in relu(x).sum() }
#expect(try abs(reluPrime - (x .> 0)).max() == 0)
