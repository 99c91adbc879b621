// String appends and Int-keyed dictionary stores at top level, 10⁵ of each (10⁵, not more: at
// 3·10⁵ CPython's `text +=` is no longer linear, which would flatter Folio).
var text = ""
var d: [Int: Int] = [:]
for i in 0..<100_000 {
    text += "\(i % 10)"
    d[i] = i * 2
}
print(text.count, d.count, d[500]!)
