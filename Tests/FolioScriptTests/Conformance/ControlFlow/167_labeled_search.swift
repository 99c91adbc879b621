let grid = [
    [3, 8, 1, 9],
    [4, 7, 2, 6],
    [5, 0, 11, 12],
]
var found: (Int, Int)? = nil
search: for (r, row) in grid.enumerated() {
    for (c, v) in row.enumerated() {
        if v > 10 {
            found = (r, c)
            break search
        }
    }
}
if let (r, c) = found { print("first > 10 at", r, c) }
var pairs: [String] = []
outer: for i in 1...5 {
    inner: for j in 1...5 {
        if j > i { continue outer }
        if (i + j) % 4 == 0 { continue inner }
        if i * j > 12 { break outer }
        pairs.append("\(i)\(j)")
    }
}
print(pairs.joined(separator: " "))
var n = 0
loop: while true {
    n += 1
    switch n {
    case 3: continue loop
    case 7: break loop
    default: print("n =", n)
    }
}
var k = 0
rep: repeat {
    k += 2
    if k == 6 { continue rep }
    print("k", k)
} while k < 10
