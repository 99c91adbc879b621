func fib(_ n: Int) -> Int {
    if n < 2 { return n }
    return fib(n - 1) + fib(n - 2)
}
var out: [Int] = []
for i in 0..<15 { out.append(fib(i)) }
print(out)
print(fib(25))
