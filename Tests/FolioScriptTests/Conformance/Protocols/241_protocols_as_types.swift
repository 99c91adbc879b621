protocol Shape {
    var name: String { get }
    func area() -> Double
}
struct Circle: Shape {
    var radius: Double
    var name: String { "circle" }
    func area() -> Double { 3.0 * radius * radius }
}
struct Square: Shape {
    var side: Double
    var name: String { "square" }
    func area() -> Double { side * side }
}
let shapes: [any Shape] = [Circle(radius: 1), Square(side: 2)]
for s in shapes { print(s.name, s.area()) }
let total = shapes.map { $0.area() }.reduce(0, +)
print(total)
func describe(_ s: Shape) -> String { "\(s.name): \(s.area())" }
print(describe(Circle(radius: 2)))
func biggest(_ xs: [Shape]) -> Shape? { xs.max { $0.area() < $1.area() } }
print(biggest(shapes)?.name ?? "none")
for s in shapes {
    if let c = s as? Circle { print("circle of radius", c.radius) }
    if s is Square { print("a square") }
}
func makeShape(big: Bool) -> some Shape { Square(side: big ? 10 : 1) }
print(makeShape(big: true).area())
let things: [Any] = [1, "two", 3.0, Circle(radius: 1)]
for t in things {
    switch t {
    case let i as Int: print("int", i)
    case let s as String: print("string", s)
    case let d as Double: print("double", d)
    case let sh as Shape: print("shape", sh.name)
    default: print("other")
    }
}
protocol Named { var name: String { get } }
protocol Aged { var age: Int { get } }
struct Person: Named, Aged { var name: String; var age: Int }
func wish(_ p: Named & Aged) { print("Happy \(p.age), \(p.name)") }
wish(Person(name: "Ann", age: 30))
enum Suit: String, CaseIterable, Comparable {
    case hearts, spades
    static func < (a: Suit, b: Suit) -> Bool { a.rawValue < b.rawValue }
}
print(Suit.allCases.sorted().map { $0.rawValue }, Suit.hearts < Suit.spades)
struct P: Hashable { var x: Int; var y: Int }
let set: Set<P> = [P(x: 1, y: 2), P(x: 1, y: 2)]
print(set.count, P(x: 1, y: 2) == P(x: 1, y: 2))
class Animal { func speak() -> String { "..." } }
class Dog: Animal { override func speak() -> String { "woof" } }
let pets: [Animal] = [Dog(), Animal()]
for p in pets { print(p.speak(), p is Dog) }
if let d = pets[0] as? Dog { print("dog", d.speak()) }
let a: Animal = pets[0]
let dd = a as! Dog
print(dd.speak())
