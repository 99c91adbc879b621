import Foundation
struct Particle {
    var x: Double, v: Double
    mutating func step(_ dt: Double) {
        v -= 9.81 * dt
        x += v * dt
        if x < 0 { x = -x; v = -v * 0.9 }
    }
}
var ps = [Particle(x: 10, v: 0), Particle(x: 5, v: 2)]
for _ in 0..<100 {
    for i in ps.indices { ps[i].step(0.01) }
}
for p in ps { print(String(format: "x=%.4f v=%.4f", p.x, p.v)) }
