// Lazy sequences: `.lazy` on arrays, ranges, strings and the note's own (endless) sequences,
// with lazy map, filter, compactMap and prefix, and first / first(where:) that stop early.
let xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
print(xs.lazy.map { $0 * 2 }.first ?? 0)
print(Array(xs.lazy.filter { $0 % 3 == 0 }.map { $0 * $0 }))
print(xs.lazy.filter { $0 > 4 }.first(where: { $0 % 2 == 1 }) ?? -1)
print(Array((1...20).lazy.filter { $0 % 7 == 0 }.prefix(2)))
let naturals = sequence(first: 1) { $0 + 1 }
print(Array(naturals.lazy.map { $0 * $0 }.filter { $0 % 2 == 1 }.prefix(4)))
print(naturals.lazy.map { $0 * 3 }.first { $0 > 100 } ?? 0)
print(Array("swift".lazy.map { $0.uppercased() }), xs.lazy.compactMap { $0 % 4 == 0 ? "\($0)" : nil }.joined(separator: "+"))
print(xs.lazy.map { Double($0) }.reduce(0, +), Array(xs.lazy.prefix(while: { $0 < 4 })))
for x in xs.lazy.filter({ $0 > 8 }) { print("big", x) }
