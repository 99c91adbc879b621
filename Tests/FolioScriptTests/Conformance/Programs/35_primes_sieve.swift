let n = 100
var isPrime = [Bool](repeating: true, count: n + 1)
isPrime[0] = false
isPrime[1] = false
var p = 2
while p * p <= n {
    if isPrime[p] {
        var m = p * p
        while m <= n {
            isPrime[m] = false
            m += p
        }
    }
    p += 1
}
var primes: [Int] = []
for i in 0...n where isPrime[i] { primes.append(i) }
print(primes)
print(primes.count)
