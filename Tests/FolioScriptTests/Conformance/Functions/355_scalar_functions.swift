// Functions whose parameters, locals and results are Int, Double and Bool only: the ones
// Folio runs in register form. Each must print what compiled Swift prints, literal typing,
// short-circuits, loops, early exits and recursion included.
import Foundation

func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }

func gcd(_ a: Int, _ b: Int) -> Int {
    var (x, y) = (a, b)
    _ = x
    while y != 0 {
        let r = x % y
        x = y
        y = r
    }
    return x
}

func gcdRecursive(_ a: Int, _ b: Int) -> Int {
    b == 0 ? a : gcdRecursive(b, a % b)
}

func collatzSteps(from start: Int) -> Int {
    var n = start
    var steps = 0
    while n != 1 {
        if n % 2 == 0 {
            n /= 2
        } else {
            n = 3 * n + 1
        }
        steps += 1
    }
    return steps
}

func isPrime(_ n: Int) -> Bool {
    guard n >= 2 else { return false }
    var d = 2
    while d * d <= n {
        if n % d == 0 { return false }
        d += 1
    }
    return true
}

func primeCount(below limit: Int) -> Int {
    var count = 0
    for candidate in 0..<limit {
        if !isPrime(candidate) { continue }
        count += 1
    }
    return count
}

func firstSquareAbove(_ bound: Int) -> Int {
    var found = -1
    for i in 1...bound {
        if i * i > bound {
            found = i
            break
        }
    }
    return found
}

func harmonic(_ n: Int) -> Double {
    var sum = 0.0
    for k in 1...n {
        sum += 1 / Double(k)
    }
    return sum
}

func integrate(from a: Double, to b: Double, steps: Int) -> Double {
    let h = (b - a) / Double(steps)
    var total = 0.5 * (exp(-a * a) + exp(-b * b))
    for i in 1..<steps {
        let x = a + Double(i) * h
        total += exp(-x * x)
    }
    return total * h
}

func newtonSqrt(_ x: Double) -> Double {
    var guess = x > 1 ? x / 2 : 1.0
    var iterations = 0
    while abs(guess * guess - x) > 1e-12, iterations < 100 {
        guess = (guess + x / guess) / 2
        iterations += 1
    }
    return guess
}

func sign(_ x: Double) -> Int {
    if x > 0 {
        return 1
    } else if x < 0 {
        return -1
    } else {
        return 0
    }
}

func literalTyping(_ n: Int) -> Double {
    let half = 1 / 2
    let quarter = 1.0 / 4
    let mixed = 2 * 3.5
    let fromInt = Double(n) / 2
    let negative = -7 / 2
    let remainder = -7 % 3
    return Double(half) + quarter + mixed + fromInt + Double(negative) + Double(remainder)
}

func truncations(_ x: Double) -> Int {
    Int(x) + Int(-x) * 10 + Int(x * 100) % 7
}

func bothWays(_ a: Bool, _ b: Bool) -> Bool {
    (a && !b) || (!a && b) == true
}

func countInside(_ n: Int) -> Int {
    var inside = 0
    for i in 0..<n {
        for j in 0..<n {
            let x = (Double(i) + 0.5) / Double(n)
            let y = (Double(j) + 0.5) / Double(n)
            if x * x + y * y <= 1 && !(x < 0) { inside += 1 }
        }
    }
    return inside
}

func shadowed(_ x: Int) -> Int {
    var total = x
    if x > 0 {
        let x = x * 10
        total += x
    }
    for x in 0..<3 { total += x }
    return total + x
}

func emptyLoops(_ n: Int) -> Int {
    var runs = 0
    for _ in 0..<0 { runs += 100 }
    for _ in n..<n { runs += 10 }
    for _ in n...n { runs += 1 }
    return runs
}

func power(_ base: Double, _ exponent: Int) -> Double {
    guard exponent > 0 else { return 1 }
    let half = power(base, exponent / 2)
    return exponent % 2 == 0 ? half * half : half * half * base
}

func hash(_ seed: Int, rounds: Int) -> Int {
    var h = seed
    for i in 0..<rounds {
        h = (h &* 1_103_515_245 &+ 12_345) & 0x7fff_ffff
        h ^= h >> 7
        h = h | (i << 3)
        h &-= 1
    }
    return h
}

func clampedRange(_ xs: Double, _ low: Double, _ high: Double) -> Double {
    max(low, min(xs, high))
}

func extremes(_ a: Int, _ b: Int, _ c: Int) -> Int {
    min(a, b, c) * 100 + max(a, b, c) + max(a, 7) - min(3, b)
}

func shifts(_ n: Int) -> Int {
    var total = 0
    total += 1 << n
    total += -64 >> 3
    total += n << -1
    total += 5 << 70
    var x = n
    x <<= 2
    x >>= 1
    x |= 1
    x ^= 3
    return total + x
}

func isEven(_ n: Int) -> Bool { n == 0 ? true : isOdd(n - 1) }
func isOdd(_ n: Int) -> Bool { n == 0 ? false : isEven(n - 1) }

print(fib(20), fib(1), fib(0))
print(gcd(1071, 462), gcdRecursive(1071, 462), gcd(17, 5))
print(collatzSteps(from: 27), collatzSteps(from: 1))
print(primeCount(below: 1000))
print(firstSquareAbove(50), firstSquareAbove(1))
print(harmonic(1000))
print(String(format: "%.12f", integrate(from: 0, to: 2, steps: 1000)))
print(newtonSqrt(2), newtonSqrt(0.25), sqrt(2.0))
print(sign(3.5), sign(-0.0), sign(-2))
print(literalTyping(5))
print(truncations(3.99), truncations(-2.5))
print(bothWays(true, false), bothWays(true, true), bothWays(false, false))
print(countInside(40))
print(shadowed(4), shadowed(-1))
print(emptyLoops(5))
print(power(1.5, 10), power(2, 0), pow(1.5, 10.0))
print(isEven(10), isOdd(7))
print(hash(42, rounds: 10), hash(Int.max, rounds: 3))
print(clampedRange(5.5, 0, 3), clampedRange(-1, 0, 3), clampedRange(1.25, 0, 3), min(0.0, -0.0), max(-0.0, 0.0))
print(extremes(5, 2, 9), extremes(-1, 8, 3))
print(shifts(4), shifts(0))
