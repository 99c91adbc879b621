func isPrime(_ n: Int) -> Bool {
    if n < 2 { return false }
    var d = 2
    while d * d <= n {
        if n % d == 0 { return false }
        d += 1
    }
    return true
}
let primes = (1...60).filter(isPrime)
print(primes)
func factorize(_ n: Int) -> [Int] {
    var n = n, f: [Int] = [], d = 2
    while n > 1 {
        while n % d == 0 { f.append(d); n /= d }
        d += 1
    }
    return f
}
for n in [12, 97, 360, 1001] { print(n, factorize(n)) }
print(primes.count, primes.reduce(0, +))
