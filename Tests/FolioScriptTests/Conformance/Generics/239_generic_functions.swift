func swapTwoValues<T>(_ a: inout T, _ b: inout T) {
    let temporaryA = a
    a = b
    b = temporaryA
}
var someInt = 3
var anotherInt = 107
swapTwoValues(&someInt, &anotherInt)
print("someInt is now \(someInt), and anotherInt is now \(anotherInt)")
var someString = "hello"
var anotherString = "world"
swapTwoValues(&someString, &anotherString)
print(someString, anotherString)

func findIndex<T: Equatable>(of valueToFind: T, in array: [T]) -> Int? {
    for (index, value) in array.enumerated() {
        if value == valueToFind {
            return index
        }
    }
    return nil
}
let doubleIndex = findIndex(of: 9.3, in: [3.14159, 0.1, 0.25])
print(doubleIndex ?? -1)
let stringIndex = findIndex(of: "Andrea", in: ["Mike", "Malcolm", "Andrea"])
print(stringIndex ?? -1)

func clamp<T: Comparable>(_ x: T, _ lo: T, _ hi: T) -> T {
    return min(max(x, lo), hi)
}
print(clamp(15, 0, 10), clamp(-2.5, 0.0, 1.0), clamp("m", "a", "f"))

func largest<T>(_ xs: [T]) -> T? where T: Comparable {
    guard var best = xs.first else { return nil }
    for x in xs where x > best { best = x }
    return best
}
print(largest([3, 9, 2])!, largest(["b", "a"])!)

func apply<T, U>(_ x: T, _ f: (T) -> U) -> U { f(x) }
print(apply(4) { $0 * 2 }, apply(2.0) { "\($0)" })

func sum<T: Numeric>(_ xs: [T]) -> T {
    var total: T = 0
    for x in xs { total += x }
    return total
}
print(sum([1, 2, 3]), sum([0.5, 0.25]))

func pairUp<A, B>(_ a: [A], _ b: [B]) -> [(A, B)] {
    var out: [(A, B)] = []
    for i in 0..<min(a.count, b.count) { out.append((a[i], b[i])) }
    return out
}
for (x, y) in pairUp([1, 2, 3], ["a", "b"]) { print(x, y) }

func binarySearch<T: Comparable>(_ a: [T], _ key: T) -> Int? {
    var lo = 0
    var hi = a.count - 1
    while lo <= hi {
        let mid = (lo + hi) / 2
        if a[mid] == key { return mid }
        if a[mid] < key { lo = mid + 1 } else { hi = mid - 1 }
    }
    return nil
}
print(binarySearch([1, 3, 5, 7, 9], 7) ?? -1, binarySearch(["a", "c"], "b") ?? -1)
func describe<T: CustomStringConvertible>(_ x: T) -> String { "<" + x.description + ">" }
print(describe(42), describe(1.5))
