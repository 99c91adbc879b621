// Float is IEEE binary32: its own static type, its own rounding and its own shortest printing.
let tenth: Float = 0.1
print(tenth, Float(0.1), Float(1) / 3, Float(2).squareRoot())
print(Double(tenth))
let third = Float(1) / 3
print(third * 3 == 1, Double(third) == 1.0 / 3.0)
var total: Float = 0
for _ in 0..<10 { total += 0.1 }
print(total, total == 1)
let big: Float = 16777217
print(big, Float(16_777_216) + 1, Float(Int.max))
print(Float.pi, Float.greatestFiniteMagnitude, Float.leastNonzeroMagnitude, Float.ulpOfOne)
print(Float.infinity, -Float.infinity, Float.greatestFiniteMagnitude * 2, (Float.nan).isNaN)
print(Float(1e-45), Float(3.4e38), Float(1e39), Float(123456789))
let values: [Float] = [3.5, -1.25, 2, 0.3]
print(values, values.sorted(), values.max() ?? 0, values.reduce(0, +))
print(values.map { $0 * 2 }, values.contains(2))
var byName: [String: Float] = ["a": 1.5]
byName["b"] = 0.2
print(byName["b"] ?? 0, byName.count)
let optionalFloat: Float? = 2.5
print(optionalFloat as Any, String(describing: optionalFloat))
print(Int(Float(2.9)), Int(Float(-2.9)), Double(Float(0.2)), Float(Double(0.2)) == Float(0.2))
print(Float("1.5") ?? -1, Float("x") == nil, Float(exactly: 16777217) == nil, Float(exactly: 0.5) ?? 0)
print(Float(2.5).rounded(), Float(-2.5).rounded(.towardZero), Float(7).truncatingRemainder(dividingBy: 2.5))
print(Float(0.1).bitPattern, Float(bitPattern: 0x3f80_0000), Float(1).nextUp, Float(1).ulp)
print(Float(5).magnitude, Float(-0.0), Float(1) / 0, Float(0) < Float(1), Float(2) >= 2)
let half = -Float(0.5)
print(half, "\(half * half)", String(Float(1) / 7), Float(1) / 7 * 7)
struct Pixel {
    var intensity: Float
    var weight: Float = 0.25
}
let pixel = Pixel(intensity: 0.7)
print(pixel, pixel.intensity + pixel.weight)
let thirds: [Float] = [1 / 3, 2 / 3]
print(thirds, (Float(0.1), 0.1))
func mean(_ xs: [Float]) -> Float { xs.reduce(0, +) / Float(xs.count) }
print(mean([1, 2, 3.5]), mean([0.1, 0.2, 0.3]))
func scaled<T: FloatingPoint>(_ x: T, by factor: T) -> T { x * factor }
print(scaled(Float(0.1), by: 3), scaled(0.1, by: 3))
extension Float {
    var percent: String { "\(self * 100)%" }
}
print(Float(0.123).percent)
let mixed = Double(Float(0.1)) + 0.1
print(mixed, Float(mixed))
print(Float(UInt8(200)), Float(Int16(-3)), UInt8(Float(200.7)))
var running: Float = 1.5
running *= 2
running -= 0.5
print(running, abs(-running), min(running, 1), max(Float(3), 2), -running)
let floatSet: Set<Float> = [1, 2, 1]
print(floatSet.count, [Float(1.5): "a"][1.5] ?? "none", Float(1) == 1.0, 1.0 < Float(2))
