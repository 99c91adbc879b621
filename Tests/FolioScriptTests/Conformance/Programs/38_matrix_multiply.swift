func matmul(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
    let n = a.count
    let m = b[0].count
    let k = b.count
    var c = [[Double]](repeating: [Double](repeating: 0, count: m), count: n)
    for i in 0..<n {
        for j in 0..<m {
            var s = 0.0
            for t in 0..<k { s += a[i][t] * b[t][j] }
            c[i][j] = s
        }
    }
    return c
}
let a: [[Double]] = [[1, 2], [3, 4]]
let b: [[Double]] = [[0.5, 0], [0, 0.25]]
print(matmul(a, b))
print(matmul(matmul(a, a), a))
