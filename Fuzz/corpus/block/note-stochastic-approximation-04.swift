//| verifies: eq-constant-step-variance
func standardNormal() -> Double {
    let u1 = Double.random(in: 0..<1)
    let u2 = Double.random(in: 0..<1)
    return sqrt(-2 * log(1 - u1)) * cos(2 * Double.pi * u2)
}

let a = 0.1
var wNoisy = 20.0
var count = 0.0
var sum = 0.0
var sumOfSquares = 0.0
for k in 1...200_000 {
    wNoisy = wNoisy - a * (wNoisy - 10 + standardNormal())
    if k > 1_000 {
        count += 1
        sum += wNoisy - 10
        sumOfSquares += (wNoisy - 10) * (wNoisy - 10)
    }
}
let mean = sum / count
let variance = sumOfSquares / count - mean * mean
let predicted = a / (2 - a)
print("stationary variance: measured \(variance), predicted \(predicted)")
#expect(abs(variance - predicted) < 0.002)
#expect(abs(mean) < 0.02)
