let text = """
the quick brown fox jumps over the lazy dog
the dog sleeps and the fox runs
"""
let lines = text.split(separator: "\n")
print(lines.count)
var counts: [String: Int] = [:]
for line in lines {
    for w in line.split(separator: " ") {
        counts[String(w), default: 0] += 1
    }
}
for key in counts.keys.sorted() where counts[key]! > 1 {
    print(key, counts[key]!)
}
let longest = counts.keys.max { a, b in a.count < b.count || (a.count == b.count && a > b) } ?? ""
print(longest)
let byCount = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
print(byCount.prefix(3).map { "\($0.key)=\($0.value)" }.joined(separator: ", "))
let letters = text.filter { $0.isLetter }
print(letters.count)
var freq = [Character: Int]()
for c in letters { freq[c, default: 0] += 1 }
let top = freq.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(4)
for (c, n) in top { print(c, n) }
