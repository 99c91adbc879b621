struct Even {
    let value: Int
    init?(_ v: Int) {
        if v % 2 != 0 { return nil }
        value = v
    }
}
for v in [2, 3, 10] {
    if let e = Even(v) { print("even", e.value) } else { print("not even", v) }
}
let evens = [1, 2, 3, 4].compactMap { Even($0) }.map { $0.value }
print(evens)
enum Planet: Int { case mercury = 1, venus, earth }
print(Planet(rawValue: 3) == .earth, Planet(rawValue: 9) == nil)
print(Int("42") ?? 0, Int("x") ?? -1, Double("2.5") ?? 0)
