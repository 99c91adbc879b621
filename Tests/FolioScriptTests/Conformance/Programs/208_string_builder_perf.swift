import Foundation
var s = ""
for i in 0..<200 {
    s += String(i % 10)
    if i % 50 == 49 { s += "\n" }
}
print(s.count, s.split(separator: "\n").count)
var parts: [String] = []
for i in 1...15 { parts.append(i % 15 == 0 ? "FizzBuzz" : i % 5 == 0 ? "Buzz" : i % 3 == 0 ? "Fizz" : "\(i)") }
print(parts.joined(separator: ","))
var d: [Int: String] = [:]
for i in 0..<1000 { d[i % 97] = "v\(i)" }
print(d.count, d[0]!, d[96]!)
var chars: [Character] = []
for c in "interpreter" where !chars.contains(c) { chars.append(c) }
print(String(chars))
let table = (1...5).map { r in (1...5).map { String(format: "%3d", r * $0) }.joined() }
print(table.joined(separator: "\n"))
