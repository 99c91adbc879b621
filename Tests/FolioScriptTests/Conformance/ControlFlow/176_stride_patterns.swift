for i in stride(from: 10, to: 0, by: -3) { print(i, terminator: " ") }
print()
for x in stride(from: 0.0, through: 1.0, by: 0.25) { print(x, terminator: " ") }
print()
print(Array(stride(from: 1, through: 9, by: 2)), Array(stride(from: 5, to: 5, by: 1)))
let evens = stride(from: 0, to: 20, by: 2).map { $0 * $0 }
print(evens)
print(stride(from: 100, through: 0, by: -25).reduce(0, +))
var triangle: [String] = []
for row in stride(from: 1, through: 7, by: 2) {
    triangle.append(String(repeating: " ", count: (7 - row) / 2) + String(repeating: "*", count: row))
}
print(triangle.joined(separator: "\n"))
print((1...4).reversed().map { $0 }, Array((0..<3).reversed()))
let r = 3..<8
print(r.count, r.contains(7), r.contains(8), r.lowerBound, r.upperBound, r.isEmpty)
let cr = 1...1
print(cr.count, (5..<5).isEmpty)
