enum Tok: Equatable {
    case num(Double)
    case op(Character)
    case lparen, rparen
}
func tokenize(_ s: String) -> [Tok] {
    var out: [Tok] = []
    var buf = ""
    func flush() {
        if !buf.isEmpty { out.append(.num(Double(buf)!)); buf = "" }
    }
    for c in s {
        if c.isNumber || c == "." { buf.append(c); continue }
        flush()
        switch c {
        case "+", "-", "*", "/": out.append(.op(c))
        case "(": out.append(.lparen)
        case ")": out.append(.rparen)
        default: break
        }
    }
    flush()
    return out
}
struct Parser {
    var toks: [Tok]
    var pos = 0
    mutating func peek() -> Tok? { pos < toks.count ? toks[pos] : nil }
    mutating func expr() -> Double {
        var v = term()
        while let t = peek(), case .op(let o) = t, o == "+" || o == "-" {
            pos += 1
            let r = term()
            v = o == "+" ? v + r : v - r
        }
        return v
    }
    mutating func term() -> Double {
        var v = factor()
        while let t = peek(), case .op(let o) = t, o == "*" || o == "/" {
            pos += 1
            let r = factor()
            v = o == "*" ? v * r : v / r
        }
        return v
    }
    mutating func factor() -> Double {
        guard let t = peek() else { return 0 }
        pos += 1
        switch t {
        case .num(let d): return d
        case .lparen:
            let v = expr()
            pos += 1
            return v
        case .op("-"): return -factor()
        default: return 0
        }
    }
}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 0.5", "-(2 + 3) * 2", "2 * (3 + (4 - 1)) / 3"] {
    var p = Parser(toks: tokenize(src))
    print(src, "=", p.expr())
}
print(tokenize("3.5+(2)") == [.num(3.5), .op("+"), .lparen, .num(2), .rparen])
