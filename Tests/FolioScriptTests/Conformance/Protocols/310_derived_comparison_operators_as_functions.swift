// `sorted(by: >)`, `max(by:)` and friends with the `>` that `Comparable` derives from a
// type's own `<`.
struct Version: Comparable, CustomStringConvertible {
    let major: Int
    let minor: Int
    static func < (a: Version, b: Version) -> Bool {
        (a.major, a.minor) < (b.major, b.minor)
    }
    var description: String { "\(major).\(minor)" }
}

final class Card: Comparable {
    let rank: Int
    init(_ rank: Int) { self.rank = rank }
    static func == (a: Card, b: Card) -> Bool { a.rank == b.rank }
    static func < (a: Card, b: Card) -> Bool { a.rank < b.rank }
}

let versions = [Version(major: 1, minor: 4), Version(major: 2, minor: 0), Version(major: 1, minor: 10)]
print(versions.sorted(by: >))
print(versions.sorted(by: <))
print(versions.max(by: >) as Any, versions.min(by: >) as Any)
var copy = versions
copy.sort(by: >)
print(copy)
print(versions.sorted(by: >=).map(\.description).joined(separator: " "))
let cards = [Card(7), Card(2), Card(11)]
print(cards.sorted(by: >).map(\.rank), cards.sorted(by: <=).map(\.rank))
print(versions[1...].sorted(by: >))
