// Generic functions declared inside a function body, a generic function and a closure.
func report() {
    func pair<T>(_ value: T) -> (T, T) { (value, value) }
    func largest<T: Comparable>(_ items: [T]) -> T? {
        var best: T?
        for item in items where best == nil || item > best! { best = item }
        return best
    }
    func describe<T: CustomStringConvertible>(_ items: [T], separator: String = ", ") -> String {
        items.map { $0.description }.joined(separator: separator)
    }
    print(pair(3), pair("a"))
    let a = largest([3, 9, 2]), b = largest(["pear", "apple"]), c = largest([Double]())
    print(a ?? 0, b ?? "", c ?? -1)
    print(describe([1, 2, 3]), describe([1.5, 2.5], separator: " | "))
}

func swapped<A, B>(_ pairs: [(A, B)]) -> [(B, A)] {
    func flip<X, Y>(_ p: (X, Y)) -> (Y, X) { (p.1, p.0) }
    return pairs.map { flip($0) }
}

report()
print(swapped([(1, "one"), (2, "two")]))
let counter: () -> Int = {
    func count<S: Sequence>(_ s: S) -> Int { s.reduce(0) { n, _ in n + 1 } }
    return count([1, 2, 3]) + count("hello")
}
print(counter())
