func classify(_ p: (Int, Int)) -> String {
    switch p {
    case (0, 0): return "origin"
    case (let x, 0): return "x-axis \(x)"
    case (0, let y): return "y-axis \(y)"
    case let (x, y) where x == y: return "diagonal \(x)"
    case let (x, y) where x == -y: return "anti \(x)"
    case (-5...5, -5...5): return "near"
    default: return "far"
    }
}
for p in [(0, 0), (3, 0), (0, -2), (4, 4), (3, -3), (2, 1), (9, 1)] { print(classify(p)) }
func grade(_ score: Int) -> Character {
    switch score {
    case 90...: return "A"
    case 80..<90: return "B"
    case 70..<80: return "C"
    case ..<0: return "?"
    default: return "F"
    }
}
print([95, 85, 72, 10, -3, 90, 100].map(grade))
func kind(_ c: Character) -> String {
    switch c {
    case "a", "e", "i", "o", "u": return "vowel"
    case "0"..."9": return "digit"
    case " ": return "space"
    default: return c.isLetter ? "consonant" : "other"
    }
}
print("hi 2u!".map(kind))
let s = "stop"
switch s {
case "go", "start": print("moving")
case "stop": print("halt"); fallthrough
case "pause": print("not moving")
default: print("unknown")
}
