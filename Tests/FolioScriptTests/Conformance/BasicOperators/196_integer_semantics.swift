print(7 / 2, -7 / 2, 7 % 3, -7 % 3, 7 % -3)
print(Int.max, Int.min, Int.max / -1, (Int.min + 1) / -1)
print(17.quotientAndRemainder(dividingBy: 5), (-17).quotientAndRemainder(dividingBy: 5))
print(abs(-9), abs(-12), (-5).signum(), 0.signum(), 12.isMultiple(of: 4))
print(2 + 3 * 4 - 5, (2 + 3) * (4 - 5), 10 - 3 - 2, 100 / 10 / 5, 2 * 3 % 4)
print(1 << 3 + 1, (1 << 3) + 1, 6 & 3 == 2, 5 | 2 * 2)
var x = 10
x += 5; x -= 3; x *= 2; x /= 5; x %= 3
print(x)
let big = 9_223_372_036_854_775_807
print(big == Int.max, big &+ 1)
print(Int("-0") ?? 99, Int("+12") ?? 99)
print(min(3, 9, -2, 4), max(1.5, 0.5), [3, 1, 2].max()!, gcd(12, 18))
func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
print((1...10).reduce(1, *), (1...20).reduce(1, *))
