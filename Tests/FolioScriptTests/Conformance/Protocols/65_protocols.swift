protocol Shape {
    var area: Double { get }
    func describe() -> String
}
extension Shape {
    func describe() -> String { "shape with area \(area)" }
}
struct Square: Shape {
    var side: Double
    var area: Double { side * side }
}
struct Circle: Shape {
    var r: Double
    var area: Double { 3.0 * r * r }
    func describe() -> String { "circle r=\(r)" }
}
let shapes: [Shape] = [Square(side: 2), Circle(r: 1)]
for s in shapes { print(s.describe(), s.area) }
print(shapes.map { $0.area }.reduce(0, +))
struct Money: CustomStringConvertible {
    var cents: Int
    var description: String { "$\(cents / 100).\(cents % 100)" }
}
let m = Money(cents: 1234)
print(m)
print("I have \(m)")
print([m, Money(cents: 500)])
extension Money {
    func doubled() -> Money { Money(cents: cents * 2) }
}
print(m.doubled())
