// `type(of:)` printed and interpolated: standard types in their generic spelling, the
// program's types, and the dynamic type of class instances, existentials and `Any` values.
print(type(of: 1), type(of: 2.5), type(of: "s"), type(of: true), type(of: Character("c")))
print(type(of: [1, 2]), type(of: [[1.0]]), type(of: ["a": 1]), type(of: Set([1])))
let maybe: Int? = 3
print(type(of: maybe), type(of: (1, "a")), type(of: 1...3), type(of: 0..<2))
let f: (Int) -> String = { "\($0)" }
print(type(of: f))
let small: UInt8 = 7
print(type(of: small), type(of: Float(1)))

struct Point { var x = 0 }
enum Suit { case hearts }
class Animal {}
class Dog: Animal {}
protocol Shape {}
struct Square: Shape {}
struct Circle: Shape {}
print(type(of: Point()), type(of: Suit.hearts), type(of: Animal()))
let pet: Animal = Dog()
print(type(of: pet))
let shapes: [any Shape] = [Square(), Circle()]
for shape in shapes {
    print("shape is \(type(of: shape))")
}
let things: [Any] = [1, "two", 3.0, Dog(), Point()]
print(things.map { "\(type(of: $0))" })
print(type(of: pet) == type(of: Dog()), type(of: pet) == type(of: Animal()))
