var h = 0.0
for k in 1...1000 { h += 1.0 / Double(k) }
print(h)
var piOver4 = 0.0
for k in 0..<100_000 {
    let term = 1.0 / Double(2 * k + 1)
    piOver4 += k % 2 == 0 ? term : -term
}
print(4 * piOver4)
var e = 0.0
var fact = 1.0
for k in 0..<20 {
    if k > 0 { fact *= Double(k) }
    e += 1 / fact
}
print(e)
