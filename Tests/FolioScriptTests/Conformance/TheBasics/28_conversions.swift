let i = 7
let d = Double(i) / 2
print(d, Int(d), String(i), String(d), String(true))
print(Double(3), Int(2.9), String(0.1 + 0.2))
let s = String(42) + "!"
print(s, String(repeating: "ab", count: 3))
print(String(describing: [1, 2]))
