final class Memo {
    private var cache: [Int: Int] = [0: 0, 1: 1]
    private(set) var calls = 0
    func fib(_ n: Int) -> Int {
        calls += 1
        if let hit = cache[n] { return hit }
        let value = fib(n - 1) + fib(n - 2)
        cache[n] = value
        return value
    }
}
let memo = Memo()
print(memo.fib(80), memo.calls)
print(memo.fib(40), memo.calls)
func climbStairs(_ n: Int) -> Int {
    var (a, b) = (1, 1)
    for _ in 0..<n { (a, b) = (b, a + b) }
    return a
}
print((1...10).map(climbStairs))
func catalan(_ n: Int) -> Int {
    var c = Array(repeating: 0, count: n + 1)
    c[0] = 1
    for i in 1...n { for j in 0..<i { c[i] += c[j] * c[i - 1 - j] } }
    return c[n]
}
print((1...10).map(catalan))
