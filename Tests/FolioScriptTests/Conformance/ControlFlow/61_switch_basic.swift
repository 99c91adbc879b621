func classify(_ n: Int) -> String {
    switch n {
    case 0: return "zero"
    case 1, 2, 3: return "small"
    case 4...9: return "medium"
    case let x where x < 0: return "negative \(x)"
    default: return "large"
    }
}
for n in [0, 2, 5, -3, 42] { print(classify(n)) }
let point = (1, 0)
switch point {
case (0, 0): print("origin")
case (_, 0): print("on x axis")
case (0, _): print("on y axis")
case let (x, y): print("at", x, y)
}
let s = "b"
switch s {
case "a": print("A")
case "b":
    print("B")
    fallthrough
case "c": print("C too")
default: break
}
let grade = 87.5
switch grade {
case 90...: print("A")
case 80..<90: print("B")
default: print("C")
}
