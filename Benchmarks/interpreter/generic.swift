// A generic function called in a loop, on Int and on Double: clamp 10⁶ values of each.
import Foundation
func clamp<T: Comparable>(_ x: T, _ lower: T, _ upper: T) -> T {
    if x < lower { return lower }
    if x > upper { return upper }
    return x
}
var state = 3
var intTotal = 0
var doubleTotal = 0.0
for i in 0..<1_000_000 {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    intTotal += clamp(state % 1000, 100, 900)
    doubleTotal += clamp(Double(i) * 0.001, 10.0, 900.5)
}
print(intTotal, String(format: "%.6f", doubleTotal))
