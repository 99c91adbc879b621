class Address {
    var street: String
    var zip: String?
    init(street: String, zip: String? = nil) { self.street = street; self.zip = zip }
}
class Person {
    let name: String
    var address: Address?
    var friends: [Person] = []
    init(name: String) { self.name = name }
    func bestFriend() -> Person? { friends.first }
}
let ann = Person(name: "ann")
let bob = Person(name: "bob")
print(ann.address?.street ?? "no address")
ann.address = Address(street: "main st")
print(ann.address?.street ?? "no address", ann.address?.zip ?? "no zip")
ann.address?.zip = "12345"
print(ann.address?.zip?.count ?? 0)
bob.address?.street = "never"
print(bob.address == nil)
ann.friends.append(bob)
print(ann.bestFriend()?.name ?? "-", bob.bestFriend()?.name ?? "-")
print(ann.bestFriend()?.address?.street ?? "friend has no address")
let maybe: [Int]? = [3, 1, 2]
print(maybe?.count ?? 0, maybe?.sorted().first ?? 0, maybe?.isEmpty == false)
let none: [Int]? = nil
print(none?.count == nil, (none?.first).map { $0 + 1 } == nil)
let maybeWords: [String?] = ["a", "bb", nil, "dddd"]
let lengths = maybeWords.map { $0?.count }
print(lengths)
let s: String? = "42"
if let n = s.flatMap({ Int($0) }) { print(n * 2) }
let m = s.map { $0 + "!" }
print(m ?? "")
