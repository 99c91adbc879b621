// Automatic initializer inheritance, dynamic delegation from inherited convenience
// initializers, failable initializers in classes and enums, and failure propagating through
// super.init.
class Shape {
    var name: String
    var sides: Int
    init(name: String, sides: Int) {
        self.name = name
        self.sides = sides
        print("Shape.init(name: \(name), sides: \(sides))")
    }
    convenience init(sides: Int) {
        self.init(name: "shape", sides: sides)
    }
    convenience init() {
        self.init(sides: 0)
    }
    func describe() -> String { "\(name) with \(sides) sides" }
}
class Polygon: Shape {
    var regular = false
    override init(name: String, sides: Int) {
        super.init(name: name.uppercased(), sides: sides)
        print("Polygon.init")
    }
}
class Square: Polygon {
    var side = 1.0
}
class Triangle: Shape {
    init(kind: String) {
        super.init(name: kind, sides: 3)
    }
}
print(Polygon().describe())
print(Polygon(sides: 5).describe())
let square = Square(sides: 4)
print(square.describe(), square.side, square.regular)
print(Triangle(kind: "isosceles").describe())

class Account {
    let owner: String
    init?(owner: String) {
        guard !owner.isEmpty else {
            print("no owner")
            return nil
        }
        self.owner = owner
    }
}
class Savings: Account {
    let rate: Double
    init?(owner: String, rate: Double) {
        guard rate >= 0 else { return nil }
        self.rate = rate
        super.init(owner: owner)
        print("savings for \(owner)")
    }
}
class Checking: Account {
    init(fallback: String) {
        super.init(owner: fallback.isEmpty ? "bank" : fallback)!
    }
}
print(Savings(owner: "ana", rate: 0.02)?.rate ?? -1.0)
print(Savings(owner: "", rate: 0.02)?.rate ?? -1.0)
print(Savings(owner: "bo", rate: -1) == nil)
print(Checking(fallback: "").owner)

enum Direction {
    case north, south, east, west
    init?(_ letter: Character) {
        switch letter {
        case "N": self = .north
        case "S": self = .south
        case "E": self = .east
        case "W": self = .west
        default: return nil
        }
    }
    init(degrees: Int) {
        switch (degrees % 360 + 360) % 360 {
        case 45..<135: self = .east
        case 135..<225: self = .south
        case 225..<315: self = .west
        default: self = .north
        }
    }
}
print(Direction("E") ?? .north, Direction("x") == nil, Direction(degrees: -90), Direction(degrees: 200))
print(Int(exactly: 2.0) ?? -1, Int(exactly: 2.5) == nil, Int(exactly: Double.greatestFiniteMagnitude) == nil, Double(exactly: 7) ?? 0)
print(Double(exactly: Int.max) ?? 0, Double(exactly: 1 << 53 + 1) == nil)
