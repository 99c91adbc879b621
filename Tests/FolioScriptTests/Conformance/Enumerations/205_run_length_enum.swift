enum Run: Equatable, CustomStringConvertible {
    case single(Character)
    case repeated(Character, Int)
    var description: String {
        switch self {
        case .single(let c): return String(c)
        case .repeated(let c, let n): return "\(n)\(c)"
        }
    }
    var length: Int {
        if case .repeated(_, let n) = self { return n }
        return 1
    }
}
func encode(_ s: String) -> [Run] {
    var runs: [Run] = []
    for c in s {
        if let last = runs.last {
            switch last {
            case .single(let p) where p == c: runs[runs.count - 1] = .repeated(c, 2)
            case .repeated(let p, let n) where p == c: runs[runs.count - 1] = .repeated(c, n + 1)
            default: runs.append(.single(c))
            }
        } else {
            runs.append(.single(c))
        }
    }
    return runs
}
let runs = encode("WWWWBWWBBBA")
print(runs)
print(runs.map { $0.description }.joined())
print(runs.map { $0.length }.reduce(0, +), runs.contains(.single("A")), runs.first == .repeated("W", 4))
