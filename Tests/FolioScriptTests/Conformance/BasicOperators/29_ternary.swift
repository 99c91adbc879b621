for n in 0..<6 {
    let kind = n % 2 == 0 ? "even" : "odd"
    let size = n < 2 ? "tiny" : n < 4 ? "mid" : "big"
    print(n, kind, size)
}
let x: Double = 3
let y = x > 2 ? 1 : 0.5
print(y)
