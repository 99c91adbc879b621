// Sorting 10⁶ Doubles (from a linear congruential generator) with a closure comparator.
import Foundation
var state = 7
var xs: [Double] = []
for _ in 0..<1_000_000 {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    xs.append(Double(state) / 2_147_483_648)
}
let sorted = xs.sorted { $0 > $1 }
var checksum = 0.0
for (i, x) in sorted.enumerated() {
    checksum += x * Double(i % 10)
}
print(String(format: "%.10e %.10e %.10e", sorted[0], sorted[500_000], checksum))
