func factorize(_ n: Int) -> [(Int, Int)] {
    var n = n
    var out: [(Int, Int)] = []
    var p = 2
    while p * p <= n {
        var e = 0
        while n % p == 0 { n /= p; e += 1 }
        if e > 0 { out.append((p, e)) }
        p += p == 2 ? 1 : 2
    }
    if n > 1 { out.append((n, 1)) }
    return out
}
for n in [2, 12, 97, 360, 1001, 65536, 999983 * 2] {
    let f = factorize(n).map { $0.1 == 1 ? "\($0.0)" : "\($0.0)^\($0.1)" }.joined(separator: " * ")
    print(n, "=", f)
}
func divisorCount(_ n: Int) -> Int { factorize(n).reduce(1) { $0 * ($1.1 + 1) } }
print((1...12).map(divisorCount))
func totient(_ n: Int) -> Int {
    var result = n
    for (p, _) in factorize(n) { result = result / p * (p - 1) }
    return result
}
print((1...15).map(totient))
let perfect = (2...10000).filter { n in
    var s = 1
    var d = 2
    while d * d <= n {
        if n % d == 0 { s += d; if d != n / d { s += n / d } }
        d += 1
    }
    return s == n
}
print(perfect)
