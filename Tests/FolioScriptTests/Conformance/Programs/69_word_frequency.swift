let text = "the quick brown fox jumps over the lazy dog the end"
var freq: [String: Int] = [:]
for word in text.split(separator: " ") {
    freq[String(word), default: 0] += 1
}
let top = freq.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
for (word, count) in top.prefix(3) {
    print(word, count)
}
