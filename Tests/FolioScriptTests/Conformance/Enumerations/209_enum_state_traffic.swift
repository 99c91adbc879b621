enum Light {
    case red(remaining: Int)
    case green(remaining: Int)
    case yellow
    mutating func tick() {
        switch self {
        case .red(let r) where r > 1: self = .red(remaining: r - 1)
        case .red: self = .green(remaining: 3)
        case .green(let r) where r > 1: self = .green(remaining: r - 1)
        case .green: self = .yellow
        case .yellow: self = .red(remaining: 2)
        }
    }
    var canGo: Bool {
        if case .green = self { return true }
        return false
    }
}
var light = Light.red(remaining: 2)
var timeline: [String] = []
for _ in 0..<10 {
    timeline.append(light.canGo ? "G" : "-")
    light.tick()
}
print(timeline.joined())
print(light)
