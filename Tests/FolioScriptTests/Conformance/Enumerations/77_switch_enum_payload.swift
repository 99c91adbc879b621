enum Token {
    case number(Double)
    case op(Character)
    case paren(open: Bool)
}
let tokens: [Token] = [.paren(open: true), .number(1.5), .op("+"), .number(2), .paren(open: false)]
for t in tokens {
    switch t {
    case .number(let v) where v > 1.9: print("big number", v)
    case .number(let v): print("number", v)
    case .op(let c): print("op", c)
    case .paren(open: true): print("(")
    case .paren: print(")")
    }
}
print(tokens[1])
