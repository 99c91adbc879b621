// Extensions of dictionaries and sets that name their types: computed properties, methods
// using self and implicit self, a mutating method, and the sugared `extension [K: V]`.
extension Dictionary where Key == String, Value == Int {
    var total: Int { values.reduce(0, +) }
    func keys(above limit: Int) -> [String] { filter { $0.value > limit }.map { $0.key }.sorted() }
    mutating func bump(_ key: String) { self[key, default: 0] += 1 }
}
extension [String: Double] {
    var mean: Double { isEmpty ? 0 : values.reduce(0, +) / Double(count) }
}
extension Set where Element == Int {
    var sum: Int { reduce(0, +) }
    func evens() -> [Int] { filter { $0 % 2 == 0 }.sorted() }
}
var scores = ["a": 3, "b": 10, "c": 7]
print(scores.total, scores.keys(above: 5))
scores.bump("a")
scores.bump("z")
print(scores.total, scores["a"] ?? 0, scores["z"] ?? 0)
let heights: [String: Double] = ["x": 1.5, "y": 2.5]
print(heights.mean, ([:] as [String: Double]).mean)
let s: Set<Int> = [1, 2, 3, 4]
print(s.sum, s.evens())
