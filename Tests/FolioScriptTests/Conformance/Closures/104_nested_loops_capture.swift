var grid: [[() -> String]] = []
for r in 0..<2 {
    var row: [() -> String] = []
    for c in 0..<3 {
        row.append { "(\(r),\(c))" }
    }
    grid.append(row)
}
print(grid.map { $0.map { $0() }.joined(separator: " ") })
outer: for i in 0..<5 {
    let f = { i * i }
    for j in 0..<5 {
        if j > i { continue outer }
        if f() > 8 { break outer }
        print(i, j, f())
    }
}
