enum Direction: String, CaseIterable {
    case north, east, south, west
    var turnedRight: Direction {
        switch self {
        case .north: return .east
        case .east: return .south
        case .south: return .west
        case .west: return .north
        }
    }
    var delta: (Int, Int) {
        switch self { case .north: (0, 1); case .east: (1, 0); case .south: (0, -1); case .west: (-1, 0) }
    }
}
var d = Direction.north
var pos = (0, 0)
for cmd in "FFRFFRFLF" {
    switch cmd {
    case "F": pos = (pos.0 + d.delta.0, pos.1 + d.delta.1)
    case "R": d = d.turnedRight
    case "L": d = d.turnedRight.turnedRight.turnedRight
    default: break
    }
}
print(pos, d, d.rawValue)
print(Direction.allCases.map { $0.rawValue })
