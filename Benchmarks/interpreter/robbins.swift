// Robbins–Monro at top level, as in a note: estimate the mean 5 of noisy samples with steps
// a = i^-γ, recording the error of every step, for two step exponents over 2·10⁵ samples.
import Foundation
let n = 200_000
var xs: [Double] = []
for i in 0..<n {
    xs.append(5 + sin(Double(i)))
}
var w = 0.0
var errors: [Double] = []
for (i, x) in xs.enumerated() {
    let a = pow(Double(i + 1), -0.6)
    w -= a * (w - x)
    errors.append(abs(w - 5))
}
var slow = 0.0
for e in errors { slow += e }
var w2 = 0.0
var errors2: [Double] = []
for (i, x) in xs.enumerated() {
    let a = pow(Double(i + 1), -1.0)
    w2 -= a * (w2 - x)
    errors2.append(abs(w2 - 5))
}
var fast = 0.0
for e in errors2 { fast += e }
print(String(format: "%.10e %.10e %.10e %.10e", slow, errors[n - 1], fast, errors2[n - 1]))
