// map/filter/reduce chains with closures: 10 rounds over 10⁵ Doubles, each a map, a filter
// and two reductions, the closures capturing the round.
import Foundation
let xs = (0..<100_000).map { Double($0) * 0.5 }
var total = 0.0
var kept = 0
for round in 0..<10 {
    let shift = Double(round)
    let ys = xs.map { $0 * $0 + shift }.filter { Int($0) % 3 == 0 }
    total += ys.reduce(0, +)
    kept += ys.map { Int($0) % 7 }.reduce(0) { $0 + $1 }
}
print(String(format: "%.2f", total), kept)
