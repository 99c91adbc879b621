// Opaque results whose protocol is the standard library's: `some Sequence`, `some Collection`,
// `some Equatable`, `some Comparable`, `some Numeric`, from generic and plain functions; the
// caller uses only what the protocol offers (iteration, count, map, comparisons).
func evens(upTo limit: Int) -> some Sequence {
    return stride(from: 0, through: limit, by: 2)
}
for n in evens(upTo: 8) {
    print(n, terminator: " ")
}
print()

func squares(_ count: Int) -> some Collection {
    (1...count).map { $0 * $0 }
}
let s = squares(5)
print(s.count, s.isEmpty, Array(s))

func repeated<T>(_ value: T, times: Int) -> some Collection {
    return Array(repeating: value, count: times)
}
print(repeated("ab", times: 3).count, repeated(1.5, times: 2).count)
print(repeated(7, times: 4).map { "\($0)" })

func biggest<T: Comparable>(_ values: [T]) -> some Comparable {
    var best = values[0]
    for value in values where value > best {
        best = value
    }
    return best
}
print(biggest([3, 9, 2]) == biggest([9, 1]), biggest(["pear", "apple"]) > biggest(["fig"]))

func total(_ values: [Double]) -> some Numeric {
    values.reduce(0, +)
}
print(total([1.5, 2.5]))

func label(_ n: Int) -> some Equatable {
    n % 2 == 0 ? "even" : "odd"
}
print(label(2) == label(4), label(3) == label(4))

func countdown(from n: Int) -> some Sequence {
    stride(from: n, to: 0, by: -1)
}
print(countdown(from: 3).map { "\($0)" }.joined(separator: ", "))
