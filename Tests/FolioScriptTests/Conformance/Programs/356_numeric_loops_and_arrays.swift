// Numeric code as notes write it: top-level loops over global scalars and arrays, functions
// that take and return arrays, generic helpers called in loops. Folio runs most of it in
// register form; every line must print what compiled Swift prints.
import Foundation

func clamp<T: Comparable>(_ x: T, _ lower: T, _ upper: T) -> T {
    if x < lower { return lower }
    if x > upper { return upper }
    return x
}

func cumulative(_ xs: [Double]) -> [Double] {
    var out: [Double] = []
    var running = 0.0
    for x in xs {
        running += x
        out.append(running)
    }
    return out
}

func transpose(_ m: [[Int]]) -> [[Int]] {
    guard let first = m.first else { return [] }
    var t = [[Int]](repeating: [Int](repeating: 0, count: m.count), count: first.count)
    for i in 0..<m.count {
        for j in 0..<first.count {
            t[j][i] = m[i][j]
        }
    }
    return t
}

func sieve(_ n: Int) -> [Int] {
    var composite = [Bool](repeating: false, count: n + 1)
    var primes: [Int] = []
    var p = 2
    while p <= n {
        if !composite[p] {
            primes.append(p)
            var multiple = p * p
            while multiple <= n {
                composite[multiple] = true
                multiple += p
            }
        }
        p += 1
    }
    return primes
}

func bubbleSorted(_ input: [Int]) -> [Int] {
    var xs = input
    for pass in 0..<xs.count {
        var swapped = false
        for i in 0..<(xs.count - 1 - pass) where xs[i] > xs[i + 1] {
            let t = xs[i]
            xs[i] = xs[i + 1]
            xs[i + 1] = t
            swapped = true
        }
        if !swapped { break }
    }
    return xs
}

func mean(_ xs: [Double]) -> Double {
    var s = 0.0
    for x in xs { s += x }
    return xs.isEmpty ? 0 : s / Double(xs.count)
}

// Top-level loops over globals.
var total = 0
var squares: [Int] = []
for i in 1...10 {
    total += i
    squares.append(i * i)
}
print(total, squares)

var x = 0.0
var s = 0.0
for _ in 0..<1000 {
    x += 0.5
    s += x * 0.25 - 1.0
}
print(x, s)

var n = 27
var steps = 0
while n != 1 {
    n = n % 2 == 0 ? n / 2 : 3 * n + 1
    steps += 1
}
print(n, steps)

let size = 4
var a = [[Double]](repeating: [Double](repeating: 0, count: size), count: size)
var b = a
for i in 0..<size {
    for j in 0..<size {
        a[i][j] = Double(i + j) / Double(size)
        b[i][j] = Double(i - j) / Double(size)
    }
}
var c = [[Double]](repeating: [Double](repeating: 0, count: size), count: size)
for i in 0..<size {
    for j in 0..<size {
        var dot = 0.0
        for k in 0..<size {
            dot += a[i][k] * b[k][j]
        }
        c[i][j] = dot
    }
}
var trace = 0.0
for row in c {
    for v in row { trace += v }
}
print(c[1], trace)

var w = 0.0
var errors: [Double] = []
let samples = [4.0, 6.0, 5.5, 4.5, 5.0, 5.25]
for (i, sample) in samples.enumerated() {
    let rate = pow(Double(i + 1), -0.6)
    w -= rate * (w - sample)
    errors.append(abs(w - 5))
}
print(w, errors.count, errors[errors.count - 1])

var clamped = 0
var clampedSum = 0.0
for i in 0..<20 {
    clamped += clamp(i, 5, 15)
    clampedSum += clamp(Double(i) * 0.5, 1.5, 7.25)
}
print(clamped, clampedSum)

var grows = [1, 2, 3]
for value in grows {
    grows.append(value * 10)
}
print(grows)

var odd = 0
var evenSkipped = 0
for i in 0..<15 {
    if i % 2 == 0 {
        evenSkipped += 1
        continue
    }
    if i > 11 { break }
    odd += i
}
print(odd, evenSkipped)

for i in 0..<3 {
    var inner = 0
    for j in 0...i { inner += j * 10 }
    print("row", i, inner)
}

print(cumulative([1, 2, 3.5]), mean([2, 4, 9]), mean([]))
print(transpose([[1, 2, 3], [4, 5, 6]]), transpose([]))
print(sieve(50))
print(bubbleSorted([5, 1, 4, 2, 8, 0, 2]), bubbleSorted([]))
