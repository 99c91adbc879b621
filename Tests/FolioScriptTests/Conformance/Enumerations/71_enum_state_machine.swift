enum Light {
    case red, yellow, green
    mutating func next() {
        switch self {
        case .red: self = .green
        case .green: self = .yellow
        case .yellow: self = .red
        }
    }
}
var light = Light.red
for _ in 0..<4 {
    print(light)
    light.next()
}
print(light == .green)
