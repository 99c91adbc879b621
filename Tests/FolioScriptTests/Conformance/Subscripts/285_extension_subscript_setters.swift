// Setters of subscripts declared in an extension of Array (a labelled index, as the Swift
// Algorithm Club's RingBuffer has it), subscripts with a defaulted parameter left out in reads
// and writes, and `[T?](repeating: nil, count:)` in a generic type.
extension Array {
    subscript(wrapped index: Int) -> Element {
        get { return self[index % count] }
        set { self[index % count] = newValue }
    }
}
struct Ring<T> {
    var slots: [T?]
    var written = 0
    init(count: Int) {
        slots = [T?](repeating: nil, count: count)
    }
    mutating func write(_ value: T) {
        slots[wrapped: written] = value
        written += 1
    }
}
var numbers = [1, 2, 3]
numbers[wrapped: 5] = 9
numbers[wrapped: 3] += 10
print(numbers, numbers[wrapped: 7])
var ring = Ring<String>(count: 2)
for word in ["a", "b", "c"] { ring.write(word) }
print(ring.slots, ring.written)
struct Counts {
    var table: [String: Int] = [:]
    subscript(key key: String, default fallback: Int = 0) -> Int {
        get { table[key] ?? fallback }
        set { table[key] = newValue }
    }
}
var counts = Counts()
counts[key: "x"] = 1
counts[key: "x"] += 2
counts[key: "y", default: 5] += 1
print(counts[key: "x"], counts[key: "y"], counts[key: "z"], counts[key: "z", default: -1])
