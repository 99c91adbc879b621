var x = 0.0
var s = 0.0
for _ in 0..<10_000_000 {
    x += 0.5
    s += x * 0.25 - 1.0
}
print(s)
