func det(_ m: [[Double]]) -> Double {
    let n = m.count
    if n == 1 { return m[0][0] }
    if n == 2 { return m[0][0] * m[1][1] - m[0][1] * m[1][0] }
    var total = 0.0
    for c in 0..<n {
        let minor = m.dropFirst().map { row in row.enumerated().filter { $0.offset != c }.map { $0.element } }
        let sign: Double = c % 2 == 0 ? 1 : -1
        total += sign * m[0][c] * det(minor)
    }
    return total
}
print(det([[2]]))
print(det([[1, 2], [3, 4]]))
print(det([[6, 1, 1], [4, -2, 5], [2, 8, 7]]))
print(det([[1, 0, 0, 0], [0, 2, 0, 0], [0, 0, 3, 0], [0, 0, 0, 4]]))
