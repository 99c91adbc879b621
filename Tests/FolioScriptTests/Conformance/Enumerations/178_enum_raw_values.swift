enum Planet: Int, CaseIterable {
    case mercury = 1, venus, earth, mars
    var isInner: Bool { true }
    var gravity: Double {
        switch self {
        case .mercury: return 3.7
        case .venus: return 8.87
        case .earth: return 9.81
        case .mars: return 3.71
        }
    }
}
for p in Planet.allCases { print(p, p.rawValue, p.gravity) }
print(Planet(rawValue: 3) == .earth, Planet(rawValue: 9) == nil)
enum Suit: String, CaseIterable {
    case hearts = "♥", spades = "♠", diamonds = "♦", clubs = "♣"
    var isRed: Bool { self == .hearts || self == .diamonds }
}
print(Suit.allCases.map { $0.rawValue }.joined())
print(Suit.allCases.filter { $0.isRed }, Suit(rawValue: "♠") ?? .hearts)
enum Direction: String {
    case north, south, east, west
    var opposite: Direction {
        switch self {
        case .north: return .south
        case .south: return .north
        case .east: return .west
        case .west: return .east
        }
    }
    mutating func turnAround() { self = opposite }
}
var d = Direction.east
print(d.rawValue, d.opposite)
d.turnAround()
print(d, Direction(rawValue: "north")?.opposite.rawValue ?? "none")
print(Planet.allCases.count, Planet.mars.rawValue - Planet.mercury.rawValue)
