indirect enum Expr {
    case num(Int)
    case variable(String)
    case add(Expr, Expr)
    case mul(Expr, Expr)
    case neg(Expr)
}
func eval(_ e: Expr, _ env: [String: Int]) -> Int {
    switch e {
    case .num(let n): return n
    case .variable(let v): return env[v] ?? 0
    case let .add(a, b): return eval(a, env) + eval(b, env)
    case let .mul(a, b): return eval(a, env) * eval(b, env)
    case .neg(let a): return -eval(a, env)
    }
}
func show(_ e: Expr) -> String {
    switch e {
    case .num(let n): return "\(n)"
    case .variable(let v): return v
    case .add(let a, let b): return "(\(show(a)) + \(show(b)))"
    case .mul(let a, let b): return "\(show(a)) * \(show(b))"
    case .neg(let a): return "-\(show(a))"
    }
}
func simplify(_ e: Expr) -> Expr {
    switch e {
    case .add(.num(0), let x), .add(let x, .num(0)): return simplify(x)
    case .mul(.num(1), let x), .mul(let x, .num(1)): return simplify(x)
    case .mul(.num(0), _), .mul(_, .num(0)): return .num(0)
    case let .add(a, b): return .add(simplify(a), simplify(b))
    case let .mul(a, b): return .mul(simplify(a), simplify(b))
    case .neg(.neg(let x)): return simplify(x)
    default: return e
    }
}
let e: Expr = .add(.mul(.num(1), .variable("x")), .add(.num(0), .neg(.neg(.mul(.variable("y"), .num(3))))))
print(show(e))
print(show(simplify(e)))
print(eval(e, ["x": 4, "y": 5]), eval(simplify(e), ["x": 4, "y": 5]))
print(show(simplify(.mul(.num(0), .variable("z")))))
