// A switch over an optional is exhaustive with `case nil` and `case let x?` as with
// `.none` and `.some`.
final class Box { let v: Int; init(_ v: Int) { self.v = v } }
func describe(_ b: Box?) -> String {
    switch b {
    case .some(let box): return "has \(box.v)"
    case nil: return "nil"
    }
}
func describe(_ n: Int?) -> String {
    switch n {
    case let x?: return "value \(x)"
    case nil: return "none"
    }
}
func sign(_ n: Int?) -> String {
    switch n {
    case let x? where x < 0: return "negative"
    case let x?: return x == 0 ? "zero" : "positive"
    case .none: return "missing"
    }
}
print(describe(Box(3)), describe(nil as Box?), describe(4), describe(nil as Int?))
print([-2, 0, 5, nil].map(sign))
