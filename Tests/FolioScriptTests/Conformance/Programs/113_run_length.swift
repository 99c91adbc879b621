func encode(_ s: String) -> String {
    var out = ""
    var prev: Character? = nil
    var count = 0
    for c in s {
        if c == prev { count += 1 } else {
            if let p = prev { out += "\(count)\(p)" }
            prev = c
            count = 1
        }
    }
    if let p = prev { out += "\(count)\(p)" }
    return out
}
func decode(_ s: String) -> String {
    var out = ""
    var n = 0
    for c in s {
        if let d = c.wholeNumberValue { n = n * 10 + d } else { out += String(repeating: String(c), count: n); n = 0 }
    }
    return out
}
let e = encode("aaabccddddde")
print(e, decode(e), decode(e) == "aaabccddddde")
