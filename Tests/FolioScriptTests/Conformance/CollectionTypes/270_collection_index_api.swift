// An array's index API as generic collection code uses it: startIndex, endIndex,
// index(after:), index(before:), index(_:offsetBy:), index(_:offsetBy:limitedBy:),
// distance(from:to:), capacity and reserveCapacity, in plain code and in extensions of
// Collection with requirements on Index and SubSequence.
var values = [10, 20, 30, 40, 50]
print(values.startIndex, values.endIndex, values.index(after: 1), values.index(before: 3))
print(values.index(values.startIndex, offsetBy: 3), values.distance(from: 1, to: 4))
print(values.index(0, offsetBy: 2, limitedBy: 4) ?? -1, values.index(0, offsetBy: 9, limitedBy: 4) ?? -1)
print(values.index(4, offsetBy: -2, limitedBy: 0) ?? -1, values.index(4, offsetBy: -6, limitedBy: 0) ?? -1)
values.reserveCapacity(100)
print(values.capacity >= 100 || values.capacity >= values.count, values)
var i = values.startIndex
var total = 0
while i != values.endIndex {
    total += values[i]
    i = values.index(after: i)
}
print(total)

extension Collection where Element: Comparable, SubSequence: Collection {
    func indexOfMax() -> Index? {
        guard var best = indices.first else { return nil }
        var current = index(after: best)
        while current != endIndex {
            if self[current] > self[best] { best = current }
            current = index(after: current)
        }
        return best
    }
}
print([3, 9, 4].indexOfMax() ?? -1, ([] as [Int]).indexOfMax() ?? -1, ["b", "a"].indexOfMax() ?? -1)

func middle<T>(_ items: [T]) -> T? {
    guard !items.isEmpty else { return nil }
    return items[items.index(items.startIndex, offsetBy: items.count / 2)]
}
print(middle([1, 2, 3, 4, 5]) ?? 0, middle(["x", "y"]) ?? "", middle([Double]()) ?? 0)

func makeBuffer<T>(_ first: T) -> [T] {
    var buffer = [T]()
    buffer.append(first)
    return buffer
}
print(makeBuffer(7), makeBuffer("s"))

struct Item { var name: String }
var items = [Item]()
items.append(Item(name: "a"))
var byName = [String: Item]()
byName["a"] = items[0]
var pairs = [(Item, Int)]()
pairs.append((items[0], 1))
print(items.count, byName.count, pairs.count, pairs[0].0.name)
