func sieve(_ n: Int) -> [Int] {
    var isPrime = Array(repeating: true, count: n + 1)
    isPrime[0] = false
    if n >= 1 { isPrime[1] = false }
    var i = 2
    while i * i <= n {
        if isPrime[i] {
            for j in stride(from: i * i, through: n, by: i) { isPrime[j] = false }
        }
        i += 1
    }
    return isPrime.indices.filter { isPrime[$0] }
}
let ps = sieve(200)
print(ps.count, ps.suffix(5))
let twins = zip(ps, ps.dropFirst()).filter { $1 - $0 == 2 }.map { "(\($0),\($1))" }
print(twins.prefix(6).joined(separator: " "))
let gaps = zip(ps.dropFirst(), ps).map { $0 - $1 }
print(gaps.max()!, gaps.firstIndex(of: gaps.max()!)!)
func goldbach(_ n: Int) -> (Int, Int)? {
    let set = Set(ps)
    for p in ps where p <= n / 2 { if set.contains(n - p) { return (p, n - p) } }
    return nil
}
for n in stride(from: 4, through: 30, by: 6) { print(n, goldbach(n)!) }
