var counter = 0
let incr = { counter += 1 }
incr()
incr()
print(counter)
func makeAdder(_ n: Int) -> (Int) -> Int { { $0 + n } }
let add5 = makeAdder(5)
print(add5(10))
var handlers: [() -> Int] = []
for i in 1...3 {
    handlers.append({ i * 10 })
}
print(handlers.count)
func compose(_ f: @escaping (Double) -> Double, _ g: @escaping (Double) -> Double) -> (Double) -> Double {
    { x in g(f(x)) }
}
let h = compose({ $0 + 1 }, { $0 * 2 })
print(h(3))
let ops: [String: (Int, Int) -> Int] = ["add": { $0 + $1 }, "mul": { $0 * $1 }]
print(ops["mul"]!(6, 7))
let sortedNames = ["bob", "Al", "carol"].sorted { $0.count < $1.count }
print(sortedNames)
let total = [1, 2, 3].reduce(into: 0) { acc, x in acc += x }
print(total)
