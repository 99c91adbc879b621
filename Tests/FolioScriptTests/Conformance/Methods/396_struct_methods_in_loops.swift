// Methods of structs of numbers called in loops: instance methods reading `self`'s properties
// implicitly and explicitly, `mutating` methods, static operators, methods returning structs,
// and a `mutating` method that throws (its changes to `self` stay, as `inout` ones do).
struct Vec {
    var x: Double
    var y: Double

    func dot(_ other: Vec) -> Double { x * other.x + y * other.y }
    func scaled(by k: Double) -> Vec { Vec(x: x * k, y: y * k) }
    func length() -> Double { self.dot(self).squareRoot() }
    static func + (a: Vec, b: Vec) -> Vec { Vec(x: a.x + b.x, y: a.y + b.y) }
    static func - (a: Vec, b: Vec) -> Vec { Vec(x: a.x - b.x, y: a.y - b.y) }
    static func * (k: Double, v: Vec) -> Vec { Vec(x: k * v.x, y: k * v.y) }
    mutating func damp(_ k: Double) {
        x *= k
        y *= k
    }
    mutating func clamp(to limit: Double) {
        if x > limit { x = limit }
        if y > limit { y = limit }
        if x < -limit { x = -limit }
        if y < -limit { y = -limit }
    }
}

struct Counter {
    var count: Int
    var total: Int
    mutating func add(_ n: Int) {
        count += 1
        total += n
    }
    func mean() -> Double { count == 0 ? 0 : Double(total) / Double(count) }
}

func simulate(_ steps: Int) -> (Double, Vec) {
    var position = Vec(x: 0, y: 0)
    var velocity = Vec(x: 1, y: 0.5)
    let gravity = Vec(x: 0, y: -0.01)
    var energy = 0.0
    for _ in 0..<steps {
        velocity = velocity + gravity
        position = position + velocity.scaled(by: 0.1)
        if position.y < 0 {
            velocity.damp(-0.9)
        }
        velocity.clamp(to: 2)
        energy += velocity.dot(velocity)
    }
    return (energy, position)
}

let (energy, position) = simulate(500)
print(energy, position.x, position.y)

var counter = Counter(count: 0, total: 0)
for i in 0..<100 where i % 3 == 0 {
    counter.add(i)
}
print(counter.count, counter.total, counter.mean())

var walk = Vec(x: 3, y: 4)
var lengths: [Double] = []
for i in 1...5 {
    walk = walk - 0.5 * walk.scaled(by: Double(i) / 10)
    lengths.append(walk.length())
}
print(lengths)

// A copy is changed alone.
var a = Vec(x: 1, y: 1)
var b = a
b.damp(10)
print(a.x, b.x)

struct OutOfRange: Error {}

struct Gauge {
    var level: Int
    mutating func raise(by n: Int) throws {
        level += n
        if level > 10 { throw OutOfRange() }
    }
}

var gauge = Gauge(level: 0)
for n in [4, 5, 6, 7] {
    do {
        try gauge.raise(by: n)
    } catch {
        print("out of range at", gauge.level)
    }
}
var gauges = [Gauge(level: 9), Gauge(level: 1)]
try? gauges[0].raise(by: 3)
print(gauge.level, gauges.map { $0.level })

// Structs swapped through their own properties, passed `inout`, and mutated through `self.`.
func swapped(_ v: Vec) -> Vec {
    var w = v
    w = Vec(x: w.y, y: w.x)
    return w
}

func reflect(_ v: inout Vec) {
    v.x = -v.x
    v.damp(2)
}

extension Vec {
    mutating func twice(_ k: Double) {
        self.damp(k)
        self.damp(k)
    }
}

func chain(_ n: Int) -> Vec {
    var v = Vec(x: 1, y: 2)
    for i in 0..<n {
        v = swapped(v) + v.scaled(by: 0.5)
        reflect(&v)
        if i % 2 == 0 { v.twice(0.5) }
        v = Vec(x: v.dot(Vec(x: 0.25, y: 0)), y: v.y)
    }
    return v
}

var u = Vec(x: 3, y: -1)
reflect(&u)
let chained = chain(7)
print(u.x, u.y, chained.x, chained.y, swapped(u).x)
