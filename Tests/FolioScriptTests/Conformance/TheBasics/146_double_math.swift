import Foundation
let xs = [0.0, 0.5, 1.0, 2.0]
print(xs.map { sin($0) })
print(xs.map { exp($0) })
print(xs.map { log1p($0) })
print(atan2(1.0, 1.0) * 4, pow(2.0, 0.5), sqrt(2.0), cbrt(27.0))
print(hypot(3.0, 4.0), fmod(7.5, 2.0), (7.5).truncatingRemainder(dividingBy: 2))
print(floor(-2.5), ceil(-2.5), round(-2.5), (-2.5).rounded(.toNearestOrEven), trunc(-2.7))
print(Double.pi, Double.infinity > 1e308, Double.nan.isNaN, (0.1 + 0.2), 1.0 / 3.0)
print(Double.greatestFiniteMagnitude, Double.ulpOfOne, 5e-324)
