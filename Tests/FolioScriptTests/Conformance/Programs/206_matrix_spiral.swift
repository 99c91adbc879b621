func spiral(_ m: [[Int]]) -> [Int] {
    var out: [Int] = []
    var top = 0, bottom = m.count - 1, left = 0, right = m[0].count - 1
    while top <= bottom && left <= right {
        for c in left...right { out.append(m[top][c]) }
        top += 1
        if top <= bottom { for r in top...bottom { out.append(m[r][right]) } }
        right -= 1
        if top <= bottom && left <= right {
            for c in stride(from: right, through: left, by: -1) { out.append(m[bottom][c]) }
            bottom -= 1
        }
        if left <= right && top <= bottom {
            for r in stride(from: bottom, through: top, by: -1) { out.append(m[r][left]) }
            left += 1
        }
    }
    return out
}
let m = (0..<4).map { r in (0..<5).map { c in r * 5 + c } }
print(spiral(m))
func rotate(_ m: [[Int]]) -> [[Int]] {
    let n = m.count
    var out = m
    for i in 0..<n { for j in 0..<n { out[j][n - 1 - i] = m[i][j] } }
    return out
}
let sq = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(rotate(sq), rotate(rotate(rotate(rotate(sq)))) == sq)
let diag = (0..<3).map { sq[$0][$0] }.reduce(0, +)
print(diag, sq.map { $0.max()! }, (0..<3).map { c in sq.map { $0[c] }.reduce(0, +) })
