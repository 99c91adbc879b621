func memoFib() -> (Int) -> Int {
    var memo: [Int: Int] = [:]
    func fib(_ n: Int) -> Int {
        if n < 2 { return n }
        if let v = memo[n] { return v }
        let r = fib(n - 1) + fib(n - 2)
        memo[n] = r
        return r
    }
    return fib
}
let f = memoFib()
print(f(50))
print([5, 10, 20].map(f))
