typealias Vector = [Double]
typealias Point = (x: Double, y: Double)
func dot(_ a: Vector, _ b: Vector) -> Double {
    var s = 0.0
    for i in 0..<a.count { s += a[i] * b[i] }
    return s
}
print(dot([1, 2, 3], [4, 5, 6]))
let p: Point = (x: 1.5, y: 2)
print(p.x + p.y)
typealias Handler = (Int) -> Int
let h: Handler = { $0 * 3 }
print(h(5))
