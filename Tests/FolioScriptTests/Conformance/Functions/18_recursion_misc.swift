func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
func factorial(_ n: Int) -> Int { n <= 1 ? 1 : n * factorial(n - 1) }
func power(_ base: Double, _ exp: Int) -> Double {
    if exp == 0 { return 1 }
    let half = power(base, exp / 2)
    return exp % 2 == 0 ? half * half : half * half * base
}
func ackermann(_ m: Int, _ n: Int) -> Int {
    if m == 0 { return n + 1 }
    if n == 0 { return ackermann(m - 1, 1) }
    return ackermann(m - 1, ackermann(m, n - 1))
}
print(gcd(1071, 462), factorial(20), power(1.5, 10), ackermann(2, 3))
