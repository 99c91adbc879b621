func bmi(_ w: Double, _ h: Double) -> String {
    let v = w / (h * h)
    switch v {
    case ..<18.5: return "under"
    case 18.5..<25: return "normal"
    case 25..<30: return "over"
    default: return "obese"
    }
}
print(bmi(50, 1.8), bmi(70, 1.75), bmi(85, 1.75), bmi(120, 1.7))
for p in [(0, 0), (1, 0), (0, -2), (3, 3), (2, -2), (5, 1)] {
    switch p {
    case (0, 0): print(p, "origin")
    case (_, 0): print(p, "x-axis")
    case (0, _): print(p, "y-axis")
    case let (x, y) where x == y: print(p, "diagonal")
    case let (x, y) where x == -y: print(p, "anti-diagonal")
    default: print(p, "elsewhere")
    }
}
