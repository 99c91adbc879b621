let name = "Folio"
let greeting = "Hello, " + name + "!"
print(greeting)
print(greeting.count, "".isEmpty, name.isEmpty)
print("tab:\tend", "quote: \"q\"", "back\\slash")
var s = "a"
s += "b"
s = s + "c"
print(s, s.uppercased(), "MiXeD".lowercased())
print("prefix".hasPrefix("pre"), "suffix".hasSuffix("fix"))
print("unicode: \u{1F600} é")
