// Metatype values: a protocol's metatype holding a type, `required init` and static members
// reached through it, `type(of:)` printed and compared, an array of metatypes, `T.self` passed
// to a generic function, and `self` in a static method.
protocol Shape {
    init(size: Double)
    var area: Double { get }
    static var sides: Int { get }
    static func describe() -> String
}
struct Square: Shape {
    let size: Double
    init(size: Double) { self.size = size }
    var area: Double { size * size }
    static var sides: Int { 4 }
    static func describe() -> String { "a square" }
}
struct Triangle: Shape {
    let size: Double
    init(size: Double) { self.size = size }
    var area: Double { size * size * 0.5 }
    static var sides: Int { 3 }
    static func describe() -> String { "a right triangle" }
}
let kind: Shape.Type = Triangle.self
let built = kind.init(size: 4)
print(built.area, kind.sides, kind.describe(), kind)
let kinds: [any Shape.Type] = [Square.self, Triangle.self, Square.self]
for k in kinds {
    let shape = k.init(size: 2)
    print(k, k.describe(), k.sides, shape.area, type(of: shape))
}
print(kinds.map { $0.sides }.reduce(0, +))
print(type(of: built) == Triangle.self, type(of: built) == Square.self, kind == Triangle.self)

class Animal {
    let name: String
    required init(name: String) { self.name = name }
    class func sound() -> String { "..." }
    func speak() -> String { "\(name) says \(type(of: self).sound())" }
}
class Dog: Animal {
    override class func sound() -> String { "woof" }
}
class Cat: Animal {
    override class func sound() -> String { "meow" }
}
let species: [Animal.Type] = [Dog.self, Cat.self, Animal.self]
for s in species {
    let pet = s.init(name: "Rex")
    print(s, s.sound(), pet.speak(), type(of: pet))
}
let pet: Animal = Cat(name: "Tom")
print(type(of: pet), type(of: pet) == Cat.self, type(of: pet) == Animal.self)

func make<T: Shape>(_ type: T.Type, size: Double) -> T {
    type.init(size: size)
}
print(make(Square.self, size: 3).area, make(Triangle.self, size: 3).area)
func name<T>(of type: T.Type) -> String { "\(type)" }
print(name(of: Int.self), name(of: String.self), name(of: Square.self), Int.self, [Int].self)

struct Counter {
    static var made = 0
    static func next() -> Int {
        made += 1
        return made
    }
    static func twice() -> [Int] { [self.next(), self.next()] }
}
print(Counter.twice(), Counter.made)
let intType = Int.self
print(intType.max, intType == Int.self, type(of: 3) == Int.self, type(of: 3.0) == Int.self)
