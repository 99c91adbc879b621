// Initializers whose body only stores their parameters: the arguments are evaluated before
// the properties' default values, each parameter lands in its own property, and what is not
// such an initializer (a superclass, a conversion, another statement) still runs its body.
enum Log {
    static var trace: [String] = []
    static func note(_ s: String, _ v: Int) -> Int {
        trace.append(s)
        return v
    }
}
final class Node {
    let left: Node?
    let right: Node?
    init(left: Node?, right: Node?) {
        self.left = left
        self.right = right
    }
}
func count(_ n: Node?) -> Int {
    guard let n else { return 0 }
    return 1 + count(n.left) + count(n.right)
}
func make(_ d: Int) -> Node { d == 0 ? Node(left: nil, right: nil) : Node(left: make(d - 1), right: make(d - 1)) }
print(count(make(5)))
struct Pair {
    var first = Log.note("default first", 0)
    var second: Int
    var label = "p"
    init(b: Int, a: Int) {
        second = a
        first = b
    }
}
let p = Pair(b: Log.note("b", 1), a: Log.note("a", 2))
print(p.first, p.second, p.label, Log.trace)
final class Counter {
    var value: Int { didSet { print("didSet", value) } }
    init(value: Int) { self.value = value }
}
let c = Counter(value: 3)
c.value += 1
class Base {
    var id: Int
    init(id: Int) { self.id = id }
}
final class Derived: Base {
    var extra: Int
    init(id: Int, extra: Int) {
        self.extra = extra
        super.init(id: id)
    }
}
let d = Derived(id: 7, extra: 8)
print(d.id, d.extra, Base(id: 9).id)
struct Scaled {
    var x: Double
    var name: String?
    init(x: Double, name: String) {
        self.x = x
        self.name = name
    }
}
let s = Scaled(x: 2, name: "s")
print(s.x, s.name ?? "-")
struct Swapped {
    var a: Int
    var b: Int
    init(a: Int, b: Int) {
        self.a = b
        self.b = a
    }
}
print(Swapped(a: 1, b: 2))
var copy = Swapped(a: 3, b: 4)
var other = copy
other.a = 10
print(copy.a, other.a)
final class Tracked {
    let n: Int
    init(n: Int) { self.n = n }
    deinit { print("deinit", n) }
}
var t: Tracked? = Tracked(n: 1)
t = Tracked(n: 2)
print("end", t?.n ?? 0)
