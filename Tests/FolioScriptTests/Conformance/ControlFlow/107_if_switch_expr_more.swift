enum Op { case add, sub, mul }
func apply(_ op: Op, _ a: Int, _ b: Int) -> Int {
    switch op {
    case .add: a + b
    case .sub: a - b
    case .mul: a * b
    }
}
print(apply(.add, 2, 3), apply(.sub, 2, 3), apply(.mul, 2, 3))
func sign(_ x: Double) -> String { if x > 0 { "+" } else if x < 0 { "-" } else { "0" } }
print([-1.5, 0, 2].map(sign))
var results: [String] = []
for n in 1...6 {
    let s = switch n % 3 { case 0: "fizz"; default: String(n) }
    results.append(s)
}
print(results)
let t = (3, 4)
let kind = switch t {
case (0, 0): "origin"
case (_, 0), (0, _): "axis"
case let (x, y) where x == y: "diagonal"
default: "plane"
}
print(kind)
let nested = if t.0 > 2 { switch t.1 { case 4: 40; default: 0 } } else { -1 }
print(nested)
