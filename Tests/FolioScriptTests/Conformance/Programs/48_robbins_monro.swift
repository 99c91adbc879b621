import Foundation
// Deterministic stochastic approximation: find the root of f(x) = tanh(x) - 0.5
var x = 0.0
for n in 1...2000 {
    let step = 1.0 / Double(n)
    x -= step * (tanh(x) - 0.5)
}
print(x, atanh(0.5), abs(x - atanh(0.5)) < 1e-2)
