let csv = "name,score,grade\nann,91,A\nbob,78,C\ncid,85,B"
var rows = csv.split(separator: "\n").map { $0.split(separator: ",").map { String($0) } }
let header = rows.removeFirst()
print(header)
for r in rows { print(r[0] + "|" + r[1]) }
let scores = rows.compactMap { Int($0[1]) }
print(scores, scores.reduce(0, +) / scores.count)
let sentence = "  Swift is   a  fun language  "
let words = sentence.split(separator: " ")
print(words.count, words.joined(separator: "_"))
print("Hello".lowercased().contains("ell"))
let title = "the lord of the rings"
let cap = title.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
print(cap)
func isPangram(_ s: String) -> Bool { Set(s.lowercased().filter { $0.isLetter }).count == 26 }
print(isPangram("The quick brown fox jumps over the lazy dog"), isPangram("hello"))
let parts = "k1=v1;k2=v2;k3".split(separator: ";")
for p in parts {
    let kv = p.split(separator: "=")
    print(kv.count == 2 ? "\(kv[0]) -> \(kv[1])" : "bad: \(p)")
}
print(String("racecar".reversed()) == "racecar", "abc".count, "".isEmpty)
print(Int("42")! + 1, Int("x") ?? -1, Double("2.5")! * 2)
