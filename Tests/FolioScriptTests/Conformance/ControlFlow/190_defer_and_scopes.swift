var trace: [String] = []
func work(_ n: Int) -> Int {
    trace.append("start \(n)")
    defer { trace.append("end \(n)") }
    if n == 0 { return 0 }
    defer { trace.append("inner \(n)") }
    return n + work(n - 1)
}
print(work(2))
print(trace.joined(separator: ", "))
func shadow() {
    let x = 1
    do {
        let x = x + 10
        print("inner", x)
        do {
            let x = x * 2
            print("innermost", x)
        }
    }
    print("outer", x)
}
shadow()
var total = 0
for i in 0..<3 {
    defer { total += 100 }
    if i == 1 { continue }
    total += i
}
print(total)
let value: Int? = 5
if let value = value, value > 3 {
    let value = value * 2
    print(value)
}
