func bisect(_ f: (Double) -> Double, _ lo: Double, _ hi: Double) -> Double {
    var (a, b) = (lo, hi)
    for _ in 0..<60 {
        let m = (a + b) / 2
        if f(a) * f(m) <= 0 { b = m } else { a = m }
    }
    return (a + b) / 2
}
func newton(_ f: (Double) -> Double, _ df: (Double) -> Double, _ x0: Double) -> (Double, Int) {
    var x = x0
    var steps = 0
    while abs(f(x)) > 1e-12 && steps < 50 { x -= f(x) / df(x); steps += 1 }
    return (x, steps)
}
let f = { (x: Double) in x * x * x - 2 * x - 5 }
print(bisect(f, 2, 3))
let (root, steps) = newton(f, { 3 * $0 * $0 - 2 }, 2)
print(root, steps)
