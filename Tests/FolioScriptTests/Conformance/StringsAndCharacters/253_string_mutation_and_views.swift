var s = "hello"
s.insert("X", at: s.startIndex)
let removed = s.remove(at: s.index(s.startIndex, offsetBy: 2))
print(s, removed, s.removeFirst(), s.removeLast(), s)
s.removeAll()
print(s.isEmpty, "abc".utf8.count, Array("hé".utf8), "hé".unicodeScalars.map { $0.value })
var word = "swift"
word.insert(contentsOf: "ly", at: word.endIndex)
word.removeSubrange(word.startIndex..<word.index(word.startIndex, offsetBy: 2))
print(word)
