func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
        if current.isEmpty {
            current = String(word)
        } else if current.count + 1 + word.count <= width {
            current += " " + word
        } else {
            lines.append(current)
            current = String(word)
        }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
}
let text = "Folio runs the Swift in a note and prints what the compiled program prints, line for line."
for width in [20, 32] {
    let lines = wrap(text, width: width)
    for line in lines { print("|" + line + String(repeating: " ", count: width - line.count) + "|") }
    print(lines.count, lines.map { $0.count }.max() ?? 0)
}
func center(_ s: String, _ width: Int) -> String {
    let pad = max(0, width - s.count)
    return String(repeating: "*", count: pad / 2) + s + String(repeating: "*", count: pad - pad / 2)
}
print(center("title", 11), center("x", 4), center("toolong", 3))
