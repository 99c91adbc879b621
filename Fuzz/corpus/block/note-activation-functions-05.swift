//| verifies: eq-silu-derivative, eq-silu-minimum, eq-swish-relu
let siluPrime = try gradient(at: x) { x in silu(x).sum() }
#expect(try abs(silu(x) - x * sigmoid(x)).max() < 1e-15)
#expect(try abs(siluPrime - s * (1 + x * (1 - s))).max() < 1e-15)

// Lambert W(1/e) by Newton's method on u·e^u − 1/e
var u = 0.5
for _ in 0..<50 {
    u = u - (u * exp(u) - exp(-1.0)) / (exp(u) * (1 + u))
}
let siluArgmin = -1 - u
let siluMinimum = siluArgmin / (1 + exp(-siluArgmin))
print("W(1/e) = \(u); SiLU minimum \(siluMinimum) at x = \(siluArgmin)")
#expect(abs(siluMinimum - (siluArgmin + 1)) < 1e-15)
#expect(abs(siluArgmin - (-1.27846)) < 5e-6)
#expect(abs(siluMinimum - (-0.27846)) < 5e-6)
// the derivative of eq-silu-derivative vanishes there
let sStar = 1 / (1 + exp(-siluArgmin))
#expect(abs(sStar * (1 + siluArgmin * (1 - sStar))) < 1e-15)

// eq-swish-relu on a finer grid (step 0.001 on [−8, 8])
let wide = try Tensor.linspace(-8, 8, count: 16001)
var swishDistances: [Double] = []
for beta in [1.0, 4.0, 16.0] {
    let distance = try abs(wide * sigmoid(beta * wide) - relu(wide)).max().scalar
    swishDistances.append(distance)
    print("β = \(beta): sup |Swish − ReLU| = \(distance), W(1/e)/β = \(u / beta)")
    #expect(abs(distance - u / beta) < 1e-6)
}
#expect(try abs(wide * sigmoid(0 * wide) - wide / 2).max() == 0)
