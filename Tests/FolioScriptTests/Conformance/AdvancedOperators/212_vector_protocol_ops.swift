protocol VectorLike {
    var components: [Double] { get }
}
extension VectorLike {
    var norm: Double { components.map { $0 * $0 }.reduce(0, +).squareRoot() }
    func dot(_ other: VectorLike) -> Double { zip(components, other.components).map { $0 * $1 }.reduce(0, +) }
}
struct V2: VectorLike, Equatable {
    var x: Double, y: Double
    var components: [Double] { [x, y] }
    static func + (a: V2, b: V2) -> V2 { V2(x: a.x + b.x, y: a.y + b.y) }
    static func - (a: V2, b: V2) -> V2 { V2(x: a.x - b.x, y: a.y - b.y) }
    static func * (k: Double, v: V2) -> V2 { V2(x: k * v.x, y: k * v.y) }
}
let a = V2(x: 3, y: 4)
let b = V2(x: 1, y: -2)
print((a + b).components, (a - b).components, (2.0 * a).components)
print(a.norm, a.dot(b), (a + b) == V2(x: 4, y: 2))
var p = V2(x: 0, y: 0)
let v = V2(x: 1, y: 0.5)
for _ in 0..<4 { p = p + 0.5 * v }
print(p.x, p.y, p.norm)
