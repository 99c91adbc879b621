// Dictionary(grouping:by:), Dictionary(uniqueKeysWithValues:), Dictionary(_:uniquingKeysWith:),
// extensions of arrays with `where Element == …`, and implicit self in builtin extensions.
extension Array where Element == Double {
    func mean() -> Double { reduce(0, +) / Double(count) }
    var spread: Double { (self.max() ?? 0) - (min() ?? 0) }
    func scaled(by k: Double) -> [Double] { map { $0 * k } }
    mutating func center() {
        let m = mean()
        for i in indices { self[i] -= m }
    }
}
extension Sequence where Element == Int {
    func total() -> Int { reduce(0, +) }
}
extension [String] {
    var shouted: [String] { map { $0.uppercased() } }
}
extension String {
    func exclaimed() -> String { uppercased() + "!" }
    var size: Int { count }
}

var samples = [1.0, 2.0, 6.0]
print(samples.mean(), samples.spread, samples.scaled(by: 2))
samples.center()
print(samples, [1, 2, 3].total(), ["a", "b"].shouted, "hi".exclaimed(), "four".size)

let words = ["apple", "avocado", "banana", "blueberry", "cherry"]
let byLetter = Dictionary(grouping: words) { $0.first! }
for key in byLetter.keys.sorted() { print(key, byLetter[key]!) }
let byLength = Dictionary(grouping: words, by: \.count)
print(byLength.keys.sorted(), byLength[6] ?? [])
let parity = Dictionary(grouping: 1...10, by: { $0 % 2 == 0 ? "even" : "odd" })
print(parity["even"]!, parity["odd"]!.reduce(0, +))
let scores = Dictionary(uniqueKeysWithValues: zip(["ann", "bob"], [3, 5]))
print(scores["bob"]!, scores.count)
let tally = Dictionary([("a", 1), ("b", 2), ("a", 3)], uniquingKeysWith: +)
let firsts = Dictionary([("a", 1), ("a", 9)], uniquingKeysWith: { first, _ in first })
print(tally["a"]!, tally["b"]!, firsts)
