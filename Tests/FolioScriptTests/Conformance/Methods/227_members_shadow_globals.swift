// Inside a type's members, its own properties hide globals of the same name; locals hide both.
struct Scaler {
    var scale = 2.0
    var offset: Double { scale / 2 }
    func apply(_ x: Double) -> Double { x * scale + offset }
    func local(_ x: Double) -> Double {
        let scale = 100.0
        return x * scale
    }
    mutating func grow() { scale = 3 }
}
final class Counter {
    var count = 0
    func tick() -> Int {
        count += 1
        return count
    }
}
let scale = 10.0
let offset = -1.0
var count = 50
var scaler = Scaler()
print(scaler.apply(1), scaler.local(1))
scaler.grow()
let counter = Counter()
_ = counter.tick()
print(scaler.apply(1), scale, offset, counter.tick(), count)
