protocol Describable {
    var name: String { get }
    func describe() -> String
    func shout() -> String
}
extension Describable {
    func describe() -> String { "<\(name)>" }
    func shout() -> String { describe().uppercased() + "!" }
}
struct Plain: Describable { let name: String }
struct Fancy: Describable {
    let name: String
    func describe() -> String { "~~\(name)~~" }
}
class Node: Describable {
    var name: String { "node" }
    func shout() -> String { "NODE" }
}
let things: [Describable] = [Plain(name: "p"), Fancy(name: "f"), Node()]
for t in things { print(t.describe(), t.shout()) }
protocol Shape {
    func area() -> Double
    func perimeter() -> Double
}
extension Shape {
    func ratio() -> Double { area() / perimeter() }
}
struct Circle: Shape {
    let r: Double
    func area() -> Double { Double.pi * r * r }
    func perimeter() -> Double { 2 * Double.pi * r }
}
struct Sq: Shape {
    let s: Double
    func area() -> Double { s * s }
    func perimeter() -> Double { 4 * s }
}
let shapes: [Shape] = [Circle(r: 2), Sq(s: 3)]
for s in shapes { print(s.area(), s.perimeter(), s.ratio()) }
let total = shapes.map { $0.area() }.reduce(0, +)
print(total)
