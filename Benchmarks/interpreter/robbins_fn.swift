// Robbins–Monro inside a function, called twice (step exponents 0.6 and 1), over 2·10⁵ samples.
import Foundation
func robbinsMonro(_ xs: [Double], exponent: Double) -> [Double] {
    var w = 0.0
    var errors: [Double] = []
    for (i, x) in xs.enumerated() {
        let a = pow(Double(i + 1), -exponent)
        w -= a * (w - x)
        errors.append(abs(w - 5))
    }
    return errors
}
func total(_ values: [Double]) -> Double {
    var s = 0.0
    for v in values { s += v }
    return s
}
let n = 200_000
var xs: [Double] = []
for i in 0..<n {
    xs.append(5 + sin(Double(i)))
}
let slow = robbinsMonro(xs, exponent: 0.6)
let fast = robbinsMonro(xs, exponent: 1.0)
print(String(format: "%.10e %.10e %.10e %.10e", total(slow), slow[n - 1], total(fast), fast[n - 1]))
