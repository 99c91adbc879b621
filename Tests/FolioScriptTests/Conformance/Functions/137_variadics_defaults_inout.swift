func sum(_ xs: Int...) -> Int { xs.reduce(0, +) }
print(sum(), sum(1), sum(1, 2, 3, 4))
func greet(_ name: String, greeting: String = "Hi", punct: String = "!") -> String { "\(greeting), \(name)\(punct)" }
print(greet("a"), greet("b", greeting: "Yo"), greet("c", punct: "?"))
func swapTwo(_ a: inout Int, _ b: inout Int) { let t = a; a = b; b = t }
var x = 1, y = 2
swapTwo(&x, &y)
print(x, y)
func appendAll(_ arr: inout [String], _ items: String...) { for i in items { arr.append(i) } }
var list: [String] = []
appendAll(&list, "p", "q")
appendAll(&list)
print(list)
