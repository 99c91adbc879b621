// String building and interpolation at top level: 2·10⁵ interpolated lines appended to one
// string, then split back into lines and measured.
let n = 200_000
var text = ""
for i in 0..<n {
    text += "row \(i): \(i * i % 1000) of \(n), half \(Double(i) / 2)\n"
}
var lines = 0
var longest = 0
var characters = 0
for line in text.split(separator: "\n") {
    lines += 1
    characters += line.count
    if line.count > longest { longest = line.count }
}
print(text.count, lines, longest, characters)
