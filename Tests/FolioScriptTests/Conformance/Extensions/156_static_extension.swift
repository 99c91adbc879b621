import Foundation
struct Vec {
    var x: Double
    var y: Double
}
extension Vec {
    static func zero() -> Vec { Vec(x: 0, y: 0) }
    static func unit(angle: Double) -> Vec { Vec(x: cos(angle), y: sin(angle)) }
    static let origin = Vec(x: 0, y: 0)
    func length() -> Double { (x * x + y * y).squareRoot() }
    static func + (a: Vec, b: Vec) -> Vec { Vec(x: a.x + b.x, y: a.y + b.y) }
}
enum Color { case red, green }
extension Color {
    static func parse(_ s: String) -> Color? { s == "r" ? .red : (s == "g" ? .green : nil) }
}
let z = Vec.zero()
print(z.x, z.y, Vec.origin.length())
let u = Vec.unit(angle: 0)
print(u.x, u.y, (u + Vec(x: 2, y: 0)).length())
print(Color.parse("g") == .green, Color.parse("x") == nil)
