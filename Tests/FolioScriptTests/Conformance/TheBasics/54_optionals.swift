var a: Int? = 3
print(a)
print(a!)
a = nil
print(a)
print(a ?? 7)
let s: String? = "hi"
if let s = s {
    print("got", s)
}
if let v = a {
    print(v)
} else {
    print("none")
}
func find(_ x: Int, in xs: [Int]) -> Int? {
    for (i, y) in xs.enumerated() where y == x {
        return i
    }
    return nil
}
print(find(3, in: [1, 2, 3]) as Int?)
print(find(4, in: [1, 2, 3]) == nil)
func describe(_ x: Int?) -> String {
    guard let x = x else { return "nothing" }
    return "value \(x)"
}
print(describe(5))
print(describe(nil))
var stack = [1, 2, 3]
while let top = stack.popLast() {
    print(top)
}
let words = ["a": 1]
print(words["a"])
print(words["b"])
let n = Int("42")
print(n)
print(Int("x"))
if let n = Int("12"), n > 10 {
    print("big", n)
}
