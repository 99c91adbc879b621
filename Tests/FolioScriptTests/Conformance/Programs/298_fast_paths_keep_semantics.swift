// The interpreter's fast paths (Benchmarks/interpreter) against swiftc: each case below goes
// through one of them and must print what compiled Swift prints.
struct Body {
    var x, y: Double
    var tag: String
}
final class Node {
    let left: Node?
    let right: Node?
    var visits = 0
    init(left: Node?, right: Node?) {
        self.left = left
        self.right = right
    }
}
struct Failure: Error {}
func drift(_ bodies: inout [Body], by dx: Double) {
    for i in 0..<bodies.count {
        bodies[i].x += dx
        bodies[i].tag += "+"
    }
}
func driftThenThrow(_ bodies: inout [Body], fail: Bool) throws {
    bodies[0].y -= 1
    if fail { throw Failure() }
    bodies[0].y -= 100
}
var bodies = [Body(x: 0, y: 1, tag: "a"), Body(x: 2, y: 3, tag: "b")]
let saved = bodies
drift(&bodies, by: 0.5)
print(bodies.map { $0.x }, bodies.map { $0.tag }, saved[0].x, saved[1].tag)
do {
    try driftThenThrow(&bodies, fail: true)
} catch {
    print("thrown, y is", bodies[0].y)
}
try? driftThenThrow(&bodies, fail: false)
print(bodies[0].y)
// An inout variable is still readable by the other arguments of the call.
func scaled(_ values: inout [Double], _ n: Int) -> Int {
    for i in 0..<n { values[i] *= 2 }
    return values.count
}
var values = [1.0, 2.0, 3.0]
print(scaled(&values, values.count), values)
// Nested element updates, copies stay independent.
var grid = [[1, 2], [3, 4]]
let before = grid
grid[1][0] += 10
grid[0][1] = grid[1][0] * 2
print(grid, before)
var pairs = [(1, "one"), (2, "two")]
pairs[1].0 += 40
print(pairs[1].0, pairs[1].1)
// Reading a field of an element in place, from a struct array and a class array.
let nodes = [Node(left: nil, right: nil), Node(left: Node(left: nil, right: nil), right: nil)]
nodes[1].visits += 3
print(bodies[1].tag, nodes[1].visits, nodes[0].left == nil, nodes[1].left != nil)
// enumerated() loops: break, continue, where, and the array changing in the body.
var seen: [String] = []
var growing = [10, 20, 30, 40]
for (i, value) in growing.enumerated() where value != 20 {
    if i == 3 { break }
    growing.append(value)
    seen.append("\(i):\(value)")
}
for (_, value) in growing.enumerated() { if value > 25 { continue }; seen.append("v\(value)") }
for (i, _) in ["x", "y"].enumerated() { seen.append("i\(i)") }
print(seen, growing)
// Dictionary entries: the default is evaluated only when the key is missing.
var calls = 0
func fallback() -> Int {
    calls += 1
    return 100
}
var counts: [String: Int] = [:]
for word in "a b a c a".split(separator: " ") {
    counts[String(word), default: fallback()] += 1
}
counts["b"] = nil
counts["d"] = 7
print(counts["a"] ?? -1, counts["b"] ?? -1, counts["c"] ?? -1, counts["d"] ?? -1, calls, counts.count)
// Closures called through map, filter, sorted, reduce and forEach.
let offset = 3
let mapped = [5, 1, 4].map { $0 + offset }.filter { $0 % 2 == 0 }
let sortedDown = [2.5, -1, 9, 0].sorted { $0 > $1 }
func twice(_ v: Int) -> Int { v * 2 }
var visited: [Int] = []
[1, 2].forEach { visited.append($0 * offset) }
print(mapped, sortedDown, [1, 2, 3].map(twice), [1, 2, 3].reduce(0) { $0 * 10 + $1 }, visited)
print([3, 1, 2].min { $0 > $1 } ?? 0, ["bb", "a", "ccc"].sorted { $0.count < $1.count })
// Counting and splitting text: ASCII, CR-LF pairs, and text that is not ASCII.
let ascii = "one two  three "
let crlf = "a\r\nb\nc\r\n\r\n"
let accented = "cafe\u{301} au lait"
print(ascii.count, ascii.split(separator: " "), crlf.count, crlf.split(separator: "\n").count)
print(crlf.split(separator: "\r\n").count, crlf.split(separator: "\r").count)
print(accented.count, accented.split(separator: " "), "e\u{301} e".split(separator: "e"))
// zip loops: the shorter sequence ends the loop; ranges, `_`, break and where.
var zipped: [String] = []
for (a, b) in zip([1, 2, 3], ["x", "y"]) { zipped.append("\(a)\(b)") }
for (k, v) in zip(10..., [0.5, 1.5, 2.5]) where v > 1 { zipped.append("\(k)=\(v)") }
for (_, c) in zip(0..<5, "hey") {
    if c == "y" { break }
    zipped.append(String(c))
}
print(zipped)
