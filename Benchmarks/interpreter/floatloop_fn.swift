// The same 10⁷-iteration float loop inside a function (local variables).
import Foundation
func accumulate(_ n: Int) -> Double {
    var x = 0.0
    var s = 0.0
    for _ in 0..<n {
        x += 0.5
        s += x * 0.25 - 1.0
    }
    return s
}
print(String(format: "%.6f", accumulate(10_000_000)))
