import Foundation
let s = "Hello, World"
print(s.count)
print(s.uppercased(), s.lowercased())
print(s.hasPrefix("Hell"), s.hasSuffix("x"))
for c in "abc" { print(c) }
let c: Character = "z"
print(c)
print(Array("hey"))
print(s.split(separator: ",").map { String($0) })
print(String(repeating: "ab", count: 3))
print(s.contains("World"))
print(s.first!)
print(String(s.reversed()))
var t = "x"
t.append("y")
t += "z"
print(t)
print("a b c".components(separatedBy: " "))
print(s.filter { $0 != "l" })
let ch: Character = "7"
print(ch.isNumber, ch.wholeNumberValue!)
print("Swift".map { String($0) }.joined(separator: "-"))
