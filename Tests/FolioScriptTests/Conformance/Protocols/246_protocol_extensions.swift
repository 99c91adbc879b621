protocol Container {
    associatedtype Item
    mutating func append(_ item: Item)
    var count: Int { get }
    subscript(i: Int) -> Item { get }
}
struct Stack<Element>: Container {
    var items: [Element] = []
    mutating func push(_ item: Element) { items.append(item) }
    mutating func append(_ item: Element) { self.push(item) }
    var count: Int { return items.count }
    subscript(i: Int) -> Element { return items[i] }
}
extension Container where Item == Double {
    func average() -> Double {
        var sum = 0.0
        for index in 0..<count {
            sum += self[index]
        }
        return sum / Double(count)
    }
}
extension Container {
    var isEmpty: Bool { count == 0 }
    func firstItem() -> Item? { count > 0 ? self[0] : nil }
}
var ds = Stack<Double>()
ds.push(1.5); ds.push(2.5)
print(ds.average(), ds.isEmpty, ds.firstItem() ?? 0)
var ss = Stack<String>()
print(ss.isEmpty, ss.firstItem() ?? "none")
protocol TextRepresentable {
    var textualDescription: String { get }
}
protocol PrettyTextRepresentable: TextRepresentable {
    var prettyTextualDescription: String { get }
}
extension PrettyTextRepresentable {
    var prettyTextualDescription: String { return textualDescription + "!" }
}
struct Hamster: PrettyTextRepresentable {
    var name: String
    var textualDescription: String { return "A hamster named \(name)" }
}
struct Loud: PrettyTextRepresentable {
    var textualDescription: String { "loud" }
    var prettyTextualDescription: String { "LOUD" }
}
let things: [any PrettyTextRepresentable] = [Hamster(name: "Simon"), Loud()]
for thing in things { print(thing.prettyTextualDescription) }
protocol RandomNumberGenerator2 { func random() -> Double }
extension RandomNumberGenerator2 {
    func randomBool() -> Bool { return random() > 0.5 }
}
class Fixed: RandomNumberGenerator2 { func random() -> Double { 0.75 } }
let generator = Fixed()
print("And here's a random Boolean: \(generator.randomBool())")
extension Collection where Element: Equatable {
    func allEqual() -> Bool {
        for element in self {
            if element != self.first {
                return false
            }
        }
        return true
    }
}
let equalNumbers = [100, 100, 100, 100, 100]
let differentNumbers = [100, 100, 200, 100, 200]
print(equalNumbers.allEqual())
print(differentNumbers.allEqual())
