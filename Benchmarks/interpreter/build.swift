var text = ""
var d: [Int: Int] = [:]
for i in 0..<100_000 {
    text += "\(i % 10)"
    d[i] = i * 2
}
print(text.count, d.count, d[500]!)
