func classify(_ n: Int) -> String {
    let kind = if n < 0 { "negative" } else if n == 0 { "zero" } else { "positive" }
    return kind
}
for n in [-3, 0, 8] { print(classify(n)) }
let x = 7
let parity: String = if x % 2 == 0 { "even" } else { "odd" }
print(parity)
let scale: Double = if x > 5 { 2 } else { 0.5 }
print(scale * 3)
