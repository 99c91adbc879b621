//| verifies: eq-vanishing
let depth = 10
let chainDerivative = try gradient(at: x) { x in
    var h = x
    for _ in 0..<depth {
        h = sigmoid(h)
    }
    return h.sum()
}
let steepest = try chainDerivative.max().scalar
print("max |d/dx σ∘…∘σ| over [−6, 6] with \(depth) layers: \(steepest)")
print("bound 4^−\(depth): \(pow(0.25, Double(depth)))")
#expect(steepest <= pow(0.25, Double(depth)))
#expect(steepest > pow(0.2, Double(depth)))     // every factor is above 0.2: the bound is tight
