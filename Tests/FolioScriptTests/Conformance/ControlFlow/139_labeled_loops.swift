var found: (Int, Int)? = nil
search: for i in 1...9 {
    for j in 1...9 {
        if i * j == 42 && i < j { found = (i, j); break search }
    }
}
print(found!)
var count = 0
rows: for r in 0..<5 {
    var c = 0
    while true {
        c += 1
        if c > r { continue rows }
        if r == 4 { break rows }
        count += 1
    }
}
print(count)
