enum CalcError: Error { case underflow, unknown(String) }
func rpn(_ expr: String) throws -> Double {
    var stack: [Double] = []
    for token in expr.split(separator: " ") {
        if let v = Double(token) { stack.append(v); continue }
        guard stack.count >= 2 else { throw CalcError.underflow }
        let b = stack.removeLast(), a = stack.removeLast()
        switch token {
        case "+": stack.append(a + b)
        case "-": stack.append(a - b)
        case "*": stack.append(a * b)
        case "/": stack.append(a / b)
        default: throw CalcError.unknown(String(token))
        }
    }
    return stack.last ?? 0
}
for e in ["3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "2 3 ^"] {
    do { print(e, "=", try rpn(e)) } catch { print(e, "error:", error) }
}
