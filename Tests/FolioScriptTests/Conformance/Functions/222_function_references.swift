// Named functions, operators, initializers and key paths where a closure is expected.
import Foundation

func square(_ x: Int) -> Int { x * x }
func isEven(_ x: Int) -> Bool { x % 2 == 0 }
func scale(_ x: Double, by k: Double) -> Double { x * k }
func half(_ x: Int) -> Int { x / 2 }
func half(_ x: Double) -> Double { x / 2 }
func apply(_ f: (Double) -> Double, to x: Double) -> Double { f(x) }

struct Point: CustomStringConvertible {
    var x: Double
    var y: Double
    var description: String { "(\(x), \(y))" }
}

let xs = [3, -1, 2]
let ds = [0.0, 0.5, 1.0]
print(xs.map(square), xs.filter(isEven), xs.contains(where: isEven))
print(xs.reduce(0, max), xs.reduce(0, min), xs.reduce(0, +), xs.reduce(1, *))
print(xs.sorted(by: >), xs.sorted(by: <), xs.max(by: <) ?? 0)
print(xs.map(abs), xs.map(-), [true, false].map(!))
print(ds.map(sin), ds.map(exp), ds.map(sqrt))
print(zip(xs, [10, 20, 30]).map(+), zip(xs, [10, 20, 30]).map(*), zip(ds, [1.0, 0.0, 2.0]).map(max))
print(zip(ds, [2.0, 3.0, 4.0]).map(scale), zip(ds, [2.0, 3.0, 4.0]).map(scale(_:by:)))
print(xs.map(half), ds.map(half))
print(apply(sin, to: 0), apply(abs, to: -2.5), apply(-, to: 3))
print(xs.map(Double.init), ds.map(Int.init), xs.map(String.init), ["7", "x", "9"].compactMap(Int.init))
print(ds.map(String.init(describing:)))
let points = zip([1.0, 2.0], [3.0, 4.0]).map(Point.init)
print(points, points.map(\.x), points.map(\.y).reduce(0, +))
print(["a", "bb", "ccc"].map(\.count), ["b", "a"].map(\.self).sorted(by: >))
let twice: (Int) -> Int = { 2 * $0 }
let composed = xs.map(twice).map(square)
print(composed)
struct Scaler {
    var k: Double
    func apply(_ x: Double) -> Double { x * k }
    static func double(_ x: Double) -> Double { 2 * x }
}
let scaler = Scaler(k: 3)
print(ds.map(scaler.apply), ds.map(Scaler.double), zip(ds, ds).map(scale(_:by:)))
