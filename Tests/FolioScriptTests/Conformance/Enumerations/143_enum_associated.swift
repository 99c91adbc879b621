enum Token {
    case number(Int)
    case op(Character)
    case ident(String)
}
let tokens: [Token] = [.ident("x"), .op("="), .number(3), .op("+"), .number(4)]
var out: [String] = []
for t in tokens {
    switch t {
    case .number(let n) where n > 3: out.append("big\(n)")
    case .number(let n): out.append("n\(n)")
    case .op(let c): out.append(String(c))
    case .ident(let name): out.append(name.uppercased())
    }
}
print(out.joined(separator: " "))
let numbers = tokens.compactMap { t -> Int? in if case .number(let n) = t { return n } else { return nil } }
print(numbers)
for case .ident(let name) in tokens { print("ident", name) }
