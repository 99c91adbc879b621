// A sequence whose iterator is an AnyIterator made of a closure (the Swift Algorithm Club's
// RingBuffer does this, BeyondTheBook.md #37), and AnyIterator as a sequence of its own.
struct Window<T>: Sequence {
    var items: [T]
    var start: Int
    func makeIterator() -> AnyIterator<T> {
        var index = start
        return AnyIterator {
            guard index < self.items.count else { return nil }
            defer { index += 1 }
            return self.items[index]
        }
    }
}
let window = Window(items: ["a", "b", "c", "d"], start: 1)
print(Array(window), window.map { $0.uppercased() }, window.contains("a"))
for item in window where item != "c" { print(item) }
var countdown = 3
let ticks = AnyIterator { () -> Int? in
    defer { countdown -= 1 }
    return countdown > 0 ? countdown : nil
}
print(Array(ticks))
