var s = ""
for i in 0..<5 {
    s += "\(i)"
    if i < 4 { s += "," }
}
print(s)
var lines: [String] = []
for x in [0.5, 1.0, 1.5] {
    lines.append("x=\(x) x²=\(x * x)")
}
print(lines)
print(lines.joined(separator: "; "))
