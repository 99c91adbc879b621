let inf = Double.infinity
print(inf + 1, inf - inf, -inf * 0.5)
let nan = 0.0 / 0.0
print(nan.isNaN, inf.isNaN, inf.isInfinite, (1.0).isFinite)
print(Double.ulpOfOne, 1 + Double.ulpOfOne, 1 + Double.ulpOfOne / 2)
print(Double.greatestFiniteMagnitude, Double.leastNormalMagnitude, Double.leastNonzeroMagnitude)
print(1e308 * 10, -1e308 * 10, 1 / inf)
print((0.1).ulp, (1.0).nextUp)
