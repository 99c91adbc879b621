// Word counting with a [String: Int] at top level: 5·10⁵ words drawn from 1000 by a linear
// congruential generator, joined into one text, split and counted.
var vocabulary: [String] = []
for k in 0..<1000 {
    vocabulary.append("w\(k * 7919 % 1000)x")
}
var state = 42
var words: [String] = []
for _ in 0..<500_000 {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    words.append(vocabulary[(state >> 16) % 1000])
}
let text = words.joined(separator: " ")
var counts: [String: Int] = [:]
for word in text.split(separator: " ") {
    counts[String(word), default: 0] += 1
}
var weighted = 0
var most = 0
for (word, count) in counts {
    weighted += count * word.count
    if count > most { most = count }
}
print(counts.count, counts["w7x"] ?? 0, most, weighted)
