// The note's own sequences: a type conforming to Sequence (and IteratorProtocol) gets
// for-in (with where, labels, break and return), Array(_:), prefix on an endless sequence,
// and the standard algorithms, as the Language Guide's Protocols and Generics chapters use them.
struct Countdown: Sequence, IteratorProtocol {
    var count: Int
    mutating func next() -> Int? {
        if count == 0 { return nil }
        defer { count -= 1 }
        return count
    }
}
struct Squares: Sequence {
    struct Iterator: IteratorProtocol {
        var n = 0
        mutating func next() -> Int? {
            n += 1
            return n * n
        }
    }
    func makeIterator() -> Iterator { Iterator() }
}
struct Ring<Element>: Sequence, IteratorProtocol {
    var items: [Element]
    var turns: Int
    var position = 0
    init(_ items: [Element], turns: Int) {
        self.items = items
        self.turns = turns
    }
    mutating func next() -> Element? {
        guard position < items.count * turns else { return nil }
        defer { position += 1 }
        return items[position % items.count]
    }
}
for n in Countdown(count: 3) { print(n, terminator: " ") }
print("liftoff")
print(Array(Countdown(count: 4)), Countdown(count: 5).filter { $0 % 2 == 1 }, Countdown(count: 4).reduce(0, +))
print(Countdown(count: 3).map { "#\($0)" }, Countdown(count: 6).sorted(), Countdown(count: 3).contains(2))
print(Array(Squares().prefix(5)), Countdown(count: 4).max() ?? 0, Countdown(count: 4).min() ?? 0)
for square in Squares() where square % 2 == 0 {
    if square > 50 { break }
    print("even square", square)
}
func firstSquare(over limit: Int) -> Int {
    for square in Squares() where square > limit { return square }
    return -1
}
print(firstSquare(over: 200))
outer: for (i, word) in Ring(["a", "b"], turns: 3).enumerated() {
    if i == 1 { continue outer }
    if i == 4 { break outer }
    print(i, word)
}
print(Array(Ring([1, 2, 3], turns: 2)), Ring(["x"], turns: 2).map { $0.uppercased() })
var steps = 0
for _ in Countdown(count: 4) { steps += 1 }
print("steps", steps)
for power in sequence(first: 1, next: { $0 * 2 }) {
    if power > 40 { break }
    print(power, terminator: " ")
}
print()
