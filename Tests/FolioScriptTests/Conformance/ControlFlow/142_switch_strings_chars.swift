func kind(_ c: Character) -> String {
    switch c {
    case "a", "e", "i", "o", "u": return "vowel"
    case "0"..."9": return "digit"
    case " ": return "space"
    default: return c.isLetter ? "consonant" : "other"
    }
}
var counts: [String: Int] = [:]
for c in "hello world 42!" { counts[kind(c), default: 0] += 1 }
print(counts.sorted { $0.key < $1.key })
func command(_ s: String) -> String {
    switch s.lowercased() {
    case "start", "go": return "starting"
    case let x where x.hasPrefix("stop"): return "stopping"
    default: return "unknown \(s)"
    }
}
print(["GO", "stop now", "jump"].map(command))
