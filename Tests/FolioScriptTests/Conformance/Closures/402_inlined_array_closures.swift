// Closure expressions passed to map, filter, reduce, forEach, contains(where:) and allSatisfy
// inside functions (the book's Closures chapter: trailing closures, shorthand argument names,
// operator methods, capturing values), the kind register form inlines.
struct Sample {
    var time: Double
    var value: Double
}

func scaled(_ xs: [Double], by factor: Double) -> [Double] {
    xs.map { $0 * factor }
}

func evenSquares(upTo n: Int) -> [Int] {
    (0..<n).filter { $0 % 2 == 0 }.map { $0 * $0 }
}

func total(_ xs: [Double]) -> Double {
    xs.reduce(0, +)
}

func product(_ xs: [Int]) -> Int {
    xs.reduce(1, *)
}

func digitsValue(_ digits: [Int]) -> Int {
    digits.reduce(0) { partial, digit in partial * 10 + digit }
}

func runningTotals(_ xs: [Int]) -> [Int] {
    var sum = 0
    return xs.map { x -> Int in
        sum += x
        return sum
    }
}

func clamped(_ xs: [Double], low: Double, high: Double) -> [Double] {
    xs.map { (x: Double) -> Double in
        if x < low { return low }
        if x > high { return high }
        return x
    }
}

func countAbove(_ xs: [Double], _ threshold: Double) -> Int {
    var count = 0
    xs.forEach { x in
        if x > threshold { count += 1 }
    }
    return count
}

func hasNegative(_ xs: [Double]) -> Bool {
    xs.contains { $0 < 0 }
}

func allPositive(_ xs: [Int]) -> Bool {
    xs.allSatisfy { $0 > 0 }
}

func times(_ samples: [Sample]) -> [Double] {
    samples.map { $0.time }
}

func shifted(_ samples: [Sample], by dt: Double) -> [Sample] {
    samples.map { Sample(time: $0.time + dt, value: $0.value) }.filter { s in s.value >= 0 }
}

func meanValue(_ samples: [Sample]) -> Double {
    samples.reduce(0.0) { $0 + $1.value } / Double(samples.count)
}

func triangle(_ n: Int) -> [Int] {
    (1...n).map { row in (1...row).reduce(0, +) }
}

func pairsBelow(_ n: Int) -> Int {
    (0..<n).map { i in (0..<i).filter { j in (i + j) % 3 == 0 }.count }.reduce(0, +)
}

let xs = [3.5, -1.25, 8.0, 0.5, 12.75]
print(scaled(xs, by: 2))
print(evenSquares(upTo: 9))
print(total(xs), total([]))
print(product([1, 2, 3, 4, 5]), product([]))
print(digitsValue([4, 0, 9, 6]))
print(runningTotals([5, -2, 7, 1]))
print(clamped(xs, low: 0, high: 10))
print(countAbove(xs, 1), countAbove([], 1))
print(hasNegative(xs), hasNegative([1, 2]))
print(allPositive([1, 2, 3]), allPositive([1, -2, 3]), allPositive([]))
let samples = [Sample(time: 0, value: 1.5), Sample(time: 0.5, value: -2), Sample(time: 1, value: 4)]
print(times(samples))
print(shifted(samples, by: 0.25).map { $0.time })
print(meanValue(samples))
print(triangle(6))
print(pairsBelow(10))
var grand = 0.0
for k in 1...4 {
    let factor = Double(k)
    grand += xs.map { $0 * factor }.filter { $0 > 1 }.reduce(0, +)
}
print(grand)
