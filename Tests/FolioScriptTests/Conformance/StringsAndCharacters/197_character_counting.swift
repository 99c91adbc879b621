func isAnagram(_ a: String, _ b: String) -> Bool {
    let clean: (String) -> [Character] = { $0.lowercased().filter { $0.isLetter }.sorted() }
    return clean(a) == clean(b)
}
print(isAnagram("Listen", "Silent"), isAnagram("Dormitory", "dirty room"), isAnagram("abc", "abd"))
func compress(_ s: String) -> String {
    var out = ""
    var prev: Character? = nil
    var run = 0
    for c in s {
        if c == prev { run += 1; continue }
        if let p = prev { out += run > 1 ? "\(p)\(run)" : "\(p)" }
        prev = c
        run = 1
    }
    if let p = prev { out += run > 1 ? "\(p)\(run)" : "\(p)" }
    return out
}
print(compress("aaabccddddde"), compress(""), compress("xyz"))
func vowelShift(_ s: String) -> String {
    let v: [Character] = ["a", "e", "i", "o", "u"]
    return String(s.map { c in
        if let i = v.firstIndex(of: c) { return v[(i + 1) % v.count] }
        return c
    })
}
print(vowelShift("education is fun"))
let sentence = "Madam, in Eden I'm Adam"
let letters = sentence.lowercased().filter { $0.isLetter }
print(letters == String(letters.reversed()))
var histogram = Array(repeating: 0, count: 26)
for c in letters { if let a = c.asciiValue { histogram[Int(a) - 97] += 1 } }
let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
let present = histogram.enumerated().filter { $0.element > 0 }.map { "\(alphabet[$0.offset])\($0.element)" }
print(present.joined(separator: " "))
print("Hello"[("Hello").index(("Hello").startIndex, offsetBy: 1)], "abc".last!, "abc".dropLast(), "abc".dropFirst())
