import Foundation
func trapezoid(_ f: (Double) -> Double, _ a: Double, _ b: Double, _ n: Int) -> Double {
    let h = (b - a) / Double(n)
    var s = (f(a) + f(b)) / 2
    for i in 1..<n { s += f(a + Double(i) * h) }
    return s * h
}
func simpson(_ f: (Double) -> Double, _ a: Double, _ b: Double, _ n: Int) -> Double {
    let h = (b - a) / Double(n)
    var s = f(a) + f(b)
    for i in 1..<n { s += f(a + Double(i) * h) * (i % 2 == 0 ? 2 : 4) }
    return s * h / 3
}
print(String(format: "%.10f", trapezoid({ $0 * $0 }, 0, 1, 1000)))
print(String(format: "%.10f", simpson(sin, 0, Double.pi, 100)))
print(String(format: "%.6f", simpson({ exp(-$0 * $0) }, -5, 5, 200)))
