let s = "Hello, World"
print(s.count, s.uppercased(), s.lowercased())
print(s.hasPrefix("Hell"), s.hasSuffix("ld"), s.contains("lo, W"))
print(s.split(separator: ",").map { String($0) })
print(s.map { $0 == "l" ? "L" : String($0) }.joined())
print(String(s.reversed()))
print(s.first!, s.last!, s.isEmpty, "".isEmpty)
print(Array(s.prefix(5)), String(s.suffix(5)))
print(s.filter { $0.isUppercase })
let words = "the quick brown fox".split(separator: " ").map { String($0) }
print(words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " "))
