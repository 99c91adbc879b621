// A one-sided range `n...` as a value: contains, lowerBound, printing, an endless sequence for
// lazy, first(where:) and prefix; zip(1..., xs) and xs[n...] as before.
let from = 2...
print(from.contains(5), from.contains(1), from.lowerBound, from)
print(Array((1...).lazy.map { $0 * $0 }.filter { $0 % 2 == 1 }.prefix(3)))
print((10...).first(where: { $0 % 7 == 0 }) ?? 0, Array(from.prefix(3)))
for (i, c) in zip(1..., ["a", "b"]) { print(i, c) }
print([5, 6, 7, 8][2...])
