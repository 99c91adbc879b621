func makeAccumulator(start: Int) -> (Int) -> Int {
    var total = start
    return { x in
        total += x
        return total
    }
}
let acc = makeAccumulator(start: 10)
print(acc(1), acc(2), acc(3))
let acc2 = makeAccumulator(start: 0)
print(acc2(5), acc(0))
var handlers: [() -> String] = []
for i in 1...3 { handlers.append { "handler \(i)" } }
print(handlers.map { $0() })
var log: [String] = []
func record(_ tag: String) -> () -> Void {
    var count = 0
    return {
        count += 1
        log.append("\(tag)\(count)")
    }
}
let ra = record("a"), rb = record("b")
ra(); rb(); ra(); ra()
print(log)
var counter = 0
let incrementBy: (Int) -> Void = { counter += $0 }
incrementBy(5)
incrementBy(7)
print(counter)
func compose(_ f: @escaping (Int) -> Int, _ g: @escaping (Int) -> Int) -> (Int) -> Int { { g(f($0)) } }
let h = compose({ $0 + 1 }, { $0 * 3 })
print(h(4), [1, 2, 3].map(h))
let memo: (Int) -> Int = {
    var cache: [Int: Int] = [:]
    func f(_ n: Int) -> Int {
        if n < 2 { return n }
        if let c = cache[n] { return c }
        let v = f(n - 1) + f(n - 2)
        cache[n] = v
        return v
    }
    return f
}()
print(memo(50))
