let xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(xs.map { $0 * 2 })
print(xs.filter { $0 % 2 == 0 })
print(xs.reduce(0, +))
print(xs.reduce(0) { $0 + $1 * $1 })
print(xs.sorted(by: >))
print(xs.sorted { $0 > $1 })
print(xs.contains(where: { $0 > 8 }))
print(xs.first(where: { $0 > 3 }) ?? -1)
print(xs.allSatisfy { $0 > 0 })
xs.forEach { print($0, terminator: " ") }
print()
print(xs.compactMap { $0 > 3 ? $0 : nil })
print(xs.min(by: { $0 > $1 })!)
print(xs.min()!, xs.max()!)
print(xs.first!, xs.last!)
let words = ["apple", "banana", "cherry"]
print(words.map { $0.count })
print(words.joined(separator: ", "))
let ds = [1.5, 2.5, 3.0]
print(ds.reduce(0, +) / Double(ds.count))
print(ds.map { $0 * 2 }.filter { $0 > 3 })
