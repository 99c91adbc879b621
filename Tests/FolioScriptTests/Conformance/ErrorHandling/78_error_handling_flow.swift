enum ParseError: Error, CustomStringConvertible {
    case empty
    case invalid(String)
    var description: String {
        switch self {
        case .empty: return "empty input"
        case .invalid(let s): return "invalid: \(s)"
        }
    }
}
func parse(_ s: String) throws -> Int {
    guard !s.isEmpty else { throw ParseError.empty }
    guard let n = Int(s) else { throw ParseError.invalid(s) }
    return n
}
for input in ["12", "", "abc", "7"] {
    do {
        let n = try parse(input)
        print("parsed", n)
    } catch {
        print("error:", error)
    }
}
let results = ["1", "2", "x"].map { try? parse($0) }
print(results)
