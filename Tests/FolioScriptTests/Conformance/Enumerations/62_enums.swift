enum Direction: CaseIterable {
    case north, south, east, west
    var opposite: Direction {
        switch self {
        case .north: return .south
        case .south: return .north
        case .east: return .west
        case .west: return .east
        }
    }
}
print(Direction.north)
print(Direction.north.opposite)
print(Direction.allCases.count)
for d in Direction.allCases { print(d, terminator: " ") }
print()
let d: Direction = .east
if d == .east { print("east!") }
enum Planet: Int {
    case mercury = 1, venus, earth
}
print(Planet.earth.rawValue)
print(Planet(rawValue: 2) == .venus)
print(Planet(rawValue: 9) == nil)
enum Shape {
    case circle(radius: Double)
    case rect(Double, Double)
    func area() -> Double {
        switch self {
        case .circle(let r): return 3.0 * r * r
        case let .rect(w, h): return w * h
        }
    }
}
let shapes: [Shape] = [.circle(radius: 1.0), .rect(2, 3)]
for s in shapes { print(s.area()) }
print(shapes[0])
if case .rect(let w, _) = shapes[1] { print("width", w) }
enum Op: String {
    case add = "+", sub = "-"
}
print(Op.add.rawValue, Op.sub)
