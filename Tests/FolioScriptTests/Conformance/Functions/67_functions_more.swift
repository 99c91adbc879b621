func greet(_ name: String, greeting: String = "Hello") -> String {
    "\(greeting), \(name)!"
}
print(greet("Ann"))
print(greet("Bob", greeting: "Hi"))
func sum(_ xs: Int...) -> Int {
    var t = 0
    for x in xs { t += x }
    return t
}
print(sum(), sum(1), sum(1, 2, 3))
func swapValues(_ a: inout Int, _ b: inout Int) {
    let t = a
    a = b
    b = t
}
var x = 1
var y = 2
swapValues(&x, &y)
print(x, y)
func bump(_ arr: inout [Int]) { arr.append(arr.count) }
var arr = [Int]()
bump(&arr)
bump(&arr)
print(arr)
func outer() -> Int {
    var total = 0
    func add(_ n: Int) { total += n }
    add(3)
    add(4)
    return total
}
print(outer())
func fact(_ n: Int) -> Int {
    func go(_ n: Int, _ acc: Int) -> Int { n <= 1 ? acc : go(n - 1, acc * n) }
    return go(n, 1)
}
print(fact(10))
outer: for i in 0..<5 {
    for j in 0..<5 {
        if j == 3 { continue outer }
        if i == 3 { break outer }
        print(i, j, terminator: "; ")
    }
}
print()
