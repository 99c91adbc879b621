let x = 1
var out: [Int] = []
for x in 10..<12 {
    let y = x * 2
    out.append(y)
}
if x == 1 {
    let x = 5
    out.append(x)
}
print(out, x)
func f(_ x: Int) -> Int {
    var x2 = x
    x2 += 1
    return x2
}
print(f(x))
