func makeCounter() -> (increment: () -> Int, reset: () -> Void) {
    var count = 0
    func increment() -> Int { count += 1; return count }
    func reset() { count = 0 }
    return (increment, reset)
}
let c = makeCounter()
print(c.increment(), c.increment(), c.increment())
c.reset()
print(c.increment())
func outer(_ n: Int) -> Int {
    func helper(_ k: Int) -> Int { k <= 1 ? 1 : k * helper(k - 1) }
    func twice(_ f: (Int) -> Int, _ x: Int) -> Int { f(f(x)) }
    return twice({ helper($0 % 6) % 1000 }, n)
}
print(outer(3), outer(4))
func applyAll(_ fs: [(Int) -> Int], to x: Int) -> [Int] { fs.map { $0(x) } }
let adders = (1...3).map { k in { (x: Int) -> Int in x + k } }
print(applyAll(adders, to: 10))
var ops: [String: (Double, Double) -> Double] = ["+": (+), "*": { $0 * $1 }]
ops["-"] = { (a: Double, b: Double) -> Double in a - b }
for key in ops.keys.sorted() { print(key, ops[key]!(6, 3)) }
let sortedDesc = [5, 2, 8].sorted(by: >)
print(sortedDesc)
func curry(_ a: Int) -> (Int) -> (Int) -> Int { { b in { c in a * 100 + b * 10 + c } } }
print(curry(1)(2)(3))
