func classify(_ x: Int) -> String {
    if x < 0 {
        return "negative"
    } else if x == 0 {
        return "zero"
    } else if x < 10 {
        return "small"
    } else {
        return "large"
    }
}
for v in [-5, 0, 3, 42] {
    print(v, classify(v))
}
let t = 5
if t > 3, t < 10 { print("between") }
if !(t == 5) { print("no") } else { print("yes") }
