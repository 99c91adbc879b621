import Foundation
let values: [Double] = [0.1 + 0.2, 1.0 / 3.0, 2.0 / 3.0, 100.0, 1e16, 1.5e-7, -0.0, 123456.789, 1e-4, 5e-324]
for v in values { print(v) }
print(Double(Int.max), Double(7) / 2, 7.0.truncatingRemainder(dividingBy: 2.5))
print((2.0).squareRoot(), pow(2.0, 0.5), exp(1.0), log(10.0), log2(1024.0), log10(0.001))
print(sin(Double.pi / 6), cos(0.0), atan2(1.0, 1.0), tan(Double.pi / 4))
print(Double.infinity, -Double.infinity, Double.nan.isNaN, (0.0 / 0.0).isNaN)
print(Double.greatestFiniteMagnitude, Double.leastNonzeroMagnitude, Double.ulpOfOne)
print(floor(-2.5), ceil(-2.5), round(-2.5), (-2.5).rounded(.towardZero), (2.5).rounded(.toNearestOrEven))
print(String(format: "%.3f|%8.2f|%-6.1f|%e", Double.pi, 2.0 / 3.0, 9.99, 12345.678))
print(String(format: "%d items at %5.1f%%", 7, 45.25), String(format: "%03d|%x|%X", 7, 255, 255))
print(1.0 == 1, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-12)
print(Int(3.99), Int(-3.99), Int((3.5).rounded()), Double(3) * 1.5)
