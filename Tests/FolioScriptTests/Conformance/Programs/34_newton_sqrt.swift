func newtonSqrt(_ a: Double) -> Double {
    var x = a
    for _ in 0..<30 {
        x = 0.5 * (x + a / x)
    }
    return x
}
for v in [2.0, 10.0, 1e-6, 12345.0] {
    print(v, newtonSqrt(v), newtonSqrt(v) - v.squareRoot())
}
