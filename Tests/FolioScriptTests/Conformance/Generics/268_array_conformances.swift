// Arrays conforming to protocols of the program (`extension Array: P`), with associated types
// inferred as the element, conditional conformance (`where Element: Equatable`), protocol
// extensions selected by `where` clauses on the extension and on single methods, generic
// functions over the protocol, and `some P` results that are arrays.
protocol Bag {
    associatedtype Thing
    var count: Int { get }
    subscript(i: Int) -> Thing { get }
}
extension Array: Bag {}

extension Bag {
    func describe() -> String {
        var parts: [String] = []
        for i in 0..<count {
            parts.append("\(self[i])")
        }
        return "{" + parts.joined(separator: " ") + "}"
    }
    func total() -> Int where Thing == Int {
        var sum = 0
        for i in 0..<count { sum += self[i] }
        return sum
    }
    func total() -> Double where Thing == Double {
        var sum = 0.0
        for i in 0..<count { sum += self[i] }
        return sum
    }
}
extension Bag where Thing: Comparable {
    func largest() -> Thing? {
        guard count > 0 else { return nil }
        var best = self[0]
        for i in 1..<count where self[i] > best { best = self[i] }
        return best
    }
}

print([3, 1, 4].describe(), ["a", "b"].describe())
print([3, 1, 4].total(), [0.5, 0.25].total())
print([3, 1, 4].largest() ?? -1, ["pear", "fig"].largest() ?? "")

struct Pair: Bag {
    var first: String
    var second: String
    var count: Int { 2 }
    subscript(i: Int) -> String { i == 0 ? first : second }
}
print(Pair(first: "x", second: "y").describe(), Pair(first: "x", second: "y").largest() ?? "")

func sameContents<A: Bag, B: Bag>(_ a: A, _ b: B) -> Bool where A.Thing == B.Thing, A.Thing: Equatable {
    guard a.count == b.count else { return false }
    for i in 0..<a.count where a[i] != b[i] { return false }
    return true
}
print(sameContents(Pair(first: "x", second: "y"), ["x", "y"]), sameContents([1, 2], [1, 3]))

func firstThing<B: Bag>(_ bag: B) -> B.Thing { bag[0] }
print(firstThing([7, 8]), firstThing(Pair(first: "p", second: "q")))

protocol Matching {
    associatedtype Key
    func matches(_ key: Key) -> Bool
}
extension Array: Matching where Element: Equatable {
    func matches(_ key: Element) -> Bool { contains(key) }
}
func anyMatch<M: Matching>(_ items: M, _ key: M.Key) -> Bool { items.matches(key) }
print(anyMatch([1, 2, 3], 2), anyMatch(["a"], "b"))

func makeBag(_ n: Int) -> some Bag {
    Array(1...n)
}
let bag = makeBag(3)
print(bag.count, bag[2], bag.describe())
