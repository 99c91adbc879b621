let values = [1.5, 2.0, 0.1 + 0.2]
var total = 0.0
for v in values {
    total += v
}
print("total:", total)
print(values, 1e-5, 100.0, 7 / 2, -7 % 3)
func fib(_ n: Int) -> Int {
    if n < 2 { return n }
    return fib(n - 1) + fib(n - 2)
}
print("fib(20) = \(fib(20))", terminator: "!\n")
