//| verifies: eq-rm-steps, eq-telescoping
let steps = 100_000
var wFast = 20.0
var product = 1.0
for k in 1...steps {
    let a = 1.0 / Double((k + 1) * (k + 1))
    wFast = wFast - a * (wFast - 10)
    product *= 1 - a
}
let n = Double(steps + 1)
print("after \(steps) steps with a_k = 1/(k+1)²: w = \(wFast)")
#expect(abs(product - (n + 1) / (2 * n)) < 1e-12)
#expect(abs(wFast - (10 + 10 * (n + 1) / (2 * n))) < 1e-9)
#expect(wFast > 14.99)

var wHarmonic = 20.0
for k in 1...steps {
    wHarmonic = wHarmonic - (1.0 / Double(k)) * (wHarmonic - 10)
}
print("after \(steps) steps with a_k = 1/k:       w = \(wHarmonic)")
#expect(abs(wHarmonic - 10) < 1e-9)
