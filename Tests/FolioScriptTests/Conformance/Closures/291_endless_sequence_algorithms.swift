// prefix(while:), first(where:) and contains(where:) stop early on an endless sequence; the
// type of sequence(first:next:) is UnfoldSequence<T, (T?, Bool)>, and next is called as often as
// in Swift.
let naturals = sequence(first: 1) { $0 + 1 }
print(naturals.prefix(while: { $0 < 5 }), naturals.first(where: { $0 * $0 > 50 }) ?? 0)
print(naturals.contains { $0 == 12 }, naturals.first { $0 % 7 == 0 } ?? 0)
struct Countdown: Sequence, IteratorProtocol {
    var n: Int
    mutating func next() -> Int? { n -= 1; return n >= 0 ? n : nil }
}
print(Countdown(n: 5).prefix(while: { $0 > 2 }), Countdown(n: 3).contains(where: { $0 == 7 }), Array(naturals.prefix(3)))
naturals.prefix(while: { $0 <= 3 }).forEach { print($0, "", terminator: "") }
print()
func evens() -> UnfoldSequence<Int, (Int?, Bool)> { sequence(first: 0) { $0 + 2 } }
print(Array(evens().prefix(4)))
var calls = 0
let s = sequence(first: 1) { (x: Int) -> Int? in calls += 1; return x < 4 ? x + 1 : nil }
print(Array(s), calls)
