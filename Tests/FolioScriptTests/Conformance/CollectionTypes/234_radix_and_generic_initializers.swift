// String(_:radix:uppercase:), Int(_:radix:), and initializers spelled with a tuple element type
// or a generic type: [(Int, Int)](), Dictionary<K, V>(), Array<T>(repeating:count:).
print(String(255, radix: 16), String(5, radix: 2), String(-255, radix: 16, uppercase: true), String(0, radix: 36))
print(Int("ff", radix: 16) ?? -1, Int("zz", radix: 36) ?? -1, Int("12", radix: 2) ?? -1)
var pairs = [(Int, Int)]()
pairs.append((1, 2))
pairs.append((3, 4))
print(pairs, pairs.count)
var named = [(x: Int, y: String)]()
named.append((x: 1, y: "a"))
print(named[0].y)
var d = Dictionary<String, Int>()
d["a"] = 1
print(d)
var a = Array<Double>()
a.append(1.5)
print(a)
let z = Array<Int>(repeating: 0, count: 3)
print(z)
