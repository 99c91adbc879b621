// One program using every construct of the subset (issue #3); `folio run` prints what swiftc's build prints.
import Foundation

// Declarations, annotations, destructuring
let answer = 42
var total: Double = 1
let (q, r) = answer.quotientAndRemainder(dividingBy: 5)
var (lo, hi) = (0, 10)
(lo, hi) = (hi, lo)
print(answer, total, q, r, lo, hi)

// Int, Double, Bool, String, Character, arrays, dictionaries, sets, tuples
let ch: Character = "λ"
let flags: [Bool] = [true, false]
var scores: [String: Int] = ["b": 2, "a": 1]
let primes: Set = [2, 3, 5, 7]
let point: (x: Int, y: Double) = (3, 0.5)
print(ch, flags, scores.keys.sorted(), primes.sorted(), point, point.x, point.y)

// Optionals: ?, !, ??, if let, guard let, optional chaining
let maybe: Int? = Int("12")
let none: Int? = nil
print(maybe!, none ?? -1, maybe.map { $0 * 2 } ?? 0)
if let m = maybe, m > 10 { print("if let", m) }
func firstEven(_ xs: [Int]) -> Int? {
    guard let e = xs.first(where: { $0 % 2 == 0 }) else { return nil }
    return e
}
print(firstEven([1, 3, 4]) ?? -1, firstEven([1]) ?? -1, [[1, 2]].first?.last ?? 0)

// Ranges and stride
print(Array(1...3), Array(0..<3), Array(stride(from: 0, to: 10, by: 4)), Array(stride(from: 1.0, through: 2.0, by: 0.5)))

// Operators with Swift's precedence and semantics
print(1 + 2 * 3 - 4 / 2, 7 % 3, -7 / 2, 1 << 4 | 1, 6 & 3 ^ 1, !(true && false) || false, 2.0 * 3.5, 5 &+ Int.max < 0)
total += 2.5
total *= 2
print(total, answer == 42 ? "yes" : "no", "a" < "b")

// if/guard/switch with literal, range, tuple, enum-case and where patterns
enum Shape {
    case circle(radius: Double)
    case rect(w: Double, h: Double)
    case empty
    var area: Double {
        switch self {
        case .circle(let r): return Double.pi * r * r
        case let .rect(w, h): return w * h
        case .empty: return 0
        }
    }
}
for s in [Shape.circle(radius: 1), .rect(w: 2, h: 3), .empty] {
    switch s {
    case .circle(let r) where r > 5: print("big circle")
    case .circle: print("circle", String(format: "%.3f", s.area))
    case .rect(let w, _) where w == 2: print("rect w2", s.area)
    default: print("other", s.area)
    }
}
for v in [0, 5, 50, -1] {
    switch v {
    case 0: print("zero")
    case 1...9: print("digit")
    case let n where n < 0: print("negative", n)
    default: print("big")
    }
}
switch (point.x, point.y > 0) {
case (3, true): print("tuple match")
default: print("no")
}

// for-in with where, enumerated, zip; while; repeat; labeled break/continue
for (i, x) in [10, 20, 30].enumerated() where i != 1 { print(i, x) }
for (a, b) in zip("abc", 1...3) { print(a, b, terminator: ";") }
print()
var n = 0
while n < 3 { n += 1 }
repeat { n -= 2 } while n > 0
print(n)
outer: for i in 0..<4 {
    for j in 0..<4 {
        if j > i { continue outer }
        if i == 3 { break outer }
        print(i, j, terminator: " ")
    }
}
print()

// Functions: labels, defaults, variadics, inout, recursion, nesting
func greet(_ name: String, with greeting: String = "hello", marks: Character...) -> String {
    greeting + " " + name + String(marks)
}
print(greet("ann"), greet("bob", with: "hi", marks: "!", "?"))
func bump(_ v: inout [Int], by d: Int) { for i in v.indices { v[i] += d } }
var vs = [1, 2]
bump(&vs, by: 10)
print(vs)
func fib(_ k: Int) -> Int { k < 2 ? k : fib(k - 1) + fib(k - 2) }
func sumSquares(_ xs: [Int]) -> Int {
    func sq(_ x: Int) -> Int { x * x }
    return xs.map(sq).reduce(0, +)
}
print(fib(15), sumSquares([1, 2, 3]))

// Closures capturing by reference, $0, trailing closures
var counter = 0
let inc = { counter += 1 }
inc(); inc()
print(counter, [3, 1, 2].sorted { $0 > $1 }, [1, 2, 3].map { $0 * $0 }, [1, 2, 3, 4].filter { $0.isMultiple(of: 2) }.reduce(0) { $0 + $1 })

// struct (stored, computed, init, methods, mutating, static)
struct Account {
    static var opened = 0
    let owner: String
    private(set) var balance: Int
    var isEmpty: Bool { balance == 0 }
    init(owner: String) { self.owner = owner; balance = 0; Account.opened += 1 }
    mutating func deposit(_ x: Int) { balance += x }
}
var acct = Account(owner: "ann")
var copy = acct
acct.deposit(5)
print(acct.balance, copy.balance, copy.isEmpty, Account.opened)
copy.deposit(1)

// enum with raw values
enum Level: Int, CaseIterable { case low = 1, mid, high }
print(Level.allCases.map { $0.rawValue }, Level(rawValue: 2) == .mid, Level.high)

// extension
extension Account { var doubled: Int { balance * 2 } }
print(acct.doubled)

// class with reference semantics and inheritance; protocol with default implementation
protocol Named { var name: String { get } }
extension Named { func tag() -> String { "#" + name } }
class Base: Named {
    var name: String
    init(name: String) { self.name = name }
    func describe() -> String { "base \(name)" }
}
final class Derived: Base {
    override func describe() -> String { "derived/" + super.describe() }
}
let d1 = Derived(name: "x")
let d2 = d1
d2.name = "y"
print(d1.name, d1.describe(), d1.tag(), d1 === d2)
let items: [Base] = [Base(name: "p"), d1]
print(items.map { $0.describe() })

// throws / try / catch
enum Failure: Error { case negative(Int) }
func checked(_ x: Int) throws -> Int {
    if x < 0 { throw Failure.negative(x) }
    return x
}
do {
    print(try checked(3))
    print(try checked(-2))
} catch Failure.negative(let v) {
    print("negative", v)
}
print((try? checked(-1)) == nil)

// Standard library surface
var list = [5, 3, 8]
list.append(1)
list.insert(9, at: 0)
list.remove(at: 1)
print(list, list.count, list.isEmpty, list.first!, list.last!, list.min()!, list.max()!, list.contains(8))
print(list.sorted(), list.reversed() as [Int], Array(list.indices), list.map { String($0) }.joined(separator: "-"), "a b c".split(separator: " "))
print(abs(-3), min(2, 7), max(2.5, 1.0), sqrt(16.0), exp(0.0), log(1.0), pow(2.0, 10.0), sin(0.0))
print(String(format: "%.2f %5d", 3.14159, 42))
scores["c"] = 3
for key in scores.keys.sorted() { print(key, scores[key]!, terminator: " ") }
print()
