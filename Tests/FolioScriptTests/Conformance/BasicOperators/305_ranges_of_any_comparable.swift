// One-sided and closed ranges of Double, String and Character: in switch patterns, with ~=
// and contains, and as values.
func grade(_ score: Double) -> String {
    switch score {
    case ..<50.0: return "fail"
    case 50.0..<65.0: return "pass"
    case 65.0...: return "merit"
    default: return "?"
    }
}
print([12.5, 50, 64.9, 65, 99.5].map(grade))

func shelf(_ title: String) -> Int {
    switch title {
    case ..."m": return 1
    case "n"...: return 2
    default: return 0
    }
}
print(["apple", "mango", "nectarine", "zebra", "m"].map(shelf))

func kind(_ c: Character) -> String {
    switch c {
    case "a"..."z": return "lower"
    case "A"..."Z": return "upper"
    case ..."9": return "digit or symbol"
    default: return "other"
    }
}
print("aQ7~".map(kind))

let warm = 20.5...
let cold = ..<5.0
let mild = ...15.0
print(warm.contains(25), warm.contains(3), cold.contains(4.9), cold.contains(5), mild.contains(15))
print(warm ~= 21, cold ~= 7, (1.5...) ~= 1.5, ("b"...) ~= "a")
print(warm.lowerBound, cold.upperBound, mild.upperBound)
let early = ..<"n"
print(["kiwi", "orange"].filter { early.contains($0) })
let temperatures = [3.5, 18.0, 22.5, 31.0, -2.0]
print(temperatures.filter { (20.0...).contains($0) }, temperatures.filter { (..<0.0).contains($0) })
print(warm, early)
