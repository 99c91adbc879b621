func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
func lcm(_ a: Int, _ b: Int) -> Int { a / gcd(a, b) * b }
print(gcd(48, 18), gcd(17, 5), lcm(4, 6))
print((1...10).reduce(1, lcm))
var fractions: [(Int, Int)] = [(6, 8), (10, 4), (3, 9)]
for (n, d) in fractions { let g = gcd(n, d); print("\(n)/\(d) = \(n / g)/\(d / g)") }
fractions.sort { Double($0.0) / Double($0.1) < Double($1.0) / Double($1.1) }
print(fractions.map { "\($0.0)/\($0.1)" }.joined(separator: ", "))
