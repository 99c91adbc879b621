// A 10⁷-iteration float loop at top level, as a note's block writes it (the variables are the
// block's, i.e. globals).
import Foundation
var x = 0.0
var s = 0.0
for _ in 0..<10_000_000 {
    x += 0.5
    s += x * 0.25 - 1.0
}
print(String(format: "%.6f", s))
