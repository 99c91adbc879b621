let r = 0..<3
let c = 1...4
print(r, c, 0.5..<1.5, 1.0...2.0)
print(r.count, c.count, r.lowerBound, c.upperBound)
print(r.contains(3), c.contains(4), (0.0..<1.0).contains(0.5))
for i in r { print(i, terminator: " ") }
print()
print(Array(c), Array(stride(from: 0, to: 9, by: 4)))
