func trimmedSpaces(_ s: String) -> String {
    String(String(s.drop(while: { $0 == " " }).reversed()).drop(while: { $0 == " " }).reversed())
}
let s = "key=value; other = 42 ;last=x"
var i = s.startIndex
var pairs: [(String, String)] = []
var token = ""
var key = ""
while i < s.endIndex {
    let c = s[i]
    switch c {
    case "=":
        key = trimmedSpaces(token)
        token = ""
    case ";":
        pairs.append((key, trimmedSpaces(token)))
        token = ""
    default:
        token.append(c)
    }
    i = s.index(after: i)
}
pairs.append((key, trimmedSpaces(token)))
for (k, v) in pairs { print("[\(k)] -> [\(v)]") }
let word = "interpreter"
let mid = word.index(word.startIndex, offsetBy: 5)
print(word[..<mid], word[mid...], word[word.index(before: word.endIndex)])
if let e = word.firstIndex(of: "e") { print(word[e...]) }
