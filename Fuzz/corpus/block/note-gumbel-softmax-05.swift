//| verifies: eq-gumbel-proof
let points = 100_000
let grid = (Tensor.arange(Double(points)) + 0.5) / Double(points)
let probabilities = try p.scalars
var worstProofError = 0.0
for k in 0..<3 {
    var integrand = try Tensor.ones(shape: [points])
    for i in 0..<3 where i != k {
        integrand = try integrand * pow(grid, probabilities[i] / probabilities[k])
    }
    let integral = try integrand.mean().scalar
    print("class \(k + 1): ∫ = \(integral), p = \(probabilities[k])")
    worstProofError = max(worstProofError, abs(integral - probabilities[k]))
}
#expect(worstProofError < 1e-6)
