struct RingBuffer {
    private var storage: [Int]
    private var start = 0
    private(set) var count = 0
    init(capacity: Int) { storage = Array(repeating: 0, count: capacity) }
    var capacity: Int { storage.count }
    mutating func push(_ x: Int) {
        let end = (start + count) % capacity
        storage[end] = x
        if count < capacity { count += 1 } else { start = (start + 1) % capacity }
    }
    subscript(i: Int) -> Int {
        get { storage[(start + i) % capacity] }
        set { storage[(start + i) % capacity] = newValue }
    }
    var elements: [Int] { (0..<count).map { self[$0] } }
}
var ring = RingBuffer(capacity: 4)
for x in 1...6 { ring.push(x * 10) }
print(ring.elements, ring.count, ring[0], ring[3])
ring[0] = -1
ring[1] += 5
print(ring.elements)
var copy = ring
copy.push(99)
print(ring.elements, copy.elements)
let window = (0..<ring.count).map { ring[$0] }.reduce(0, +)
print(window)
