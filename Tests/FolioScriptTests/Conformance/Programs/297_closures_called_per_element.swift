// Closures called once per element by one operation (sorted(by:), map, filter, reduce,
// min(by:)): the order, ties, captures that change between operations, errors.
struct Item { var key: Int; var name: String }
var xs: [Double] = []
var state = 11
for _ in 0..<40 {
    state = (state * 7_919 + 13) % 1_009
    xs.append(Double(state % 17) / 4)
}
print(xs.sorted { $0 > $1 }.prefix(8))
print(xs.sorted(by: <).suffix(5))
var ints = xs.map { Int($0 * 4) }
// Ties keep their order (sort is stable): compare only the tens digit.
let byTens = ints.enumerated().map { $0.offset * 100 + $0.element }.sorted { $0 % 100 / 10 < $1 % 100 / 10 }
print(byTens.prefix(10))
ints.sort { $0 % 5 < $1 % 5 }
print(ints)
let names = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(names.sorted { $0.count < $1.count })
print(names.sorted { $0.count == $1.count ? $0 > $1 : $0.count > $1.count })
print(names.min { $0.count < $1.count } ?? "", names.max { $0 < $1 } ?? "")
var total = 0.0
for round in 0..<3 {
    let shift = Double(round)
    let ys = xs.map { $0 * $0 + shift }.filter { Int($0) % 3 == 0 }
    total += ys.reduce(0, +)
    print(round, ys.count, ys.map { Int($0) % 7 }.reduce(0) { $0 + $1 })
}
print(total)
func descending(_ a: Int, _ b: Int) -> Bool { a > b }
print([3, 1, 2].sorted(by: descending), [4, 9, 1].max(by: descending) ?? 0)
let items = [Item(key: 2, name: "b"), Item(key: 1, name: "a"), Item(key: 2, name: "a")]
print(items.sorted { $0.key < $1.key }.map { $0.name })
let counted = xs.filter { $0 > 2 }.count
print(counted, xs.contains { $0 == 4 }, xs.firstIndex { $0 > 3.5 } ?? -1, xs.allSatisfy { $0 >= 0 })
print(xs.map { (x: Double) -> Double in x / 2 }.reduce(0, +))
// An object passed to a per-element closure is released when Swift releases it.
final class Token {
    let n: Int
    init(_ n: Int) { self.n = n }
    deinit { print("deinit", n) }
}
var tokens = [Token(1), Token(2)]
print(tokens.map { $0.n * 2 }, tokens.sorted { $0.n > $1.n }.map { $0.n })
tokens = []
print("end")
