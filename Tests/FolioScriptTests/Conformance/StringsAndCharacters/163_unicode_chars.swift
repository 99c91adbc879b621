let s = "café naïve 🍎 Ωmega"
print(s.count)
for c in "aZ5 ?é" {
    print(c, c.isLetter, c.isNumber, c.isUppercase, c.isLowercase, c.isWhitespace)
}
let c: Character = "A"
print(c.asciiValue ?? 0, Character("b").asciiValue ?? 0)
print(String(s.reversed()))
print(s.uppercased(), s.lowercased())
print(s.hasPrefix("caf"), s.hasSuffix("mega"), s.contains("🍎"))
print(Character("x") < Character("y"), "apple" < "banana", "Z" < "a")
var vowels = 0
for ch in s.lowercased() where "aeiouéï".contains(ch) { vowels += 1 }
print(vowels)
print(String(repeating: "ab", count: 3), String(repeating: Character("-"), count: 5))
print(Array("hey"), "x".first == Character("x"))
