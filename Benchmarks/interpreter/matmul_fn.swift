// The same 200×200 matrix product inside functions taking and returning [[Double]].
import Foundation
func matrix(_ n: Int, _ f: (Int, Int) -> Double) -> [[Double]] {
    var m: [[Double]] = []
    for i in 0..<n {
        var row: [Double] = []
        for j in 0..<n { row.append(f(i, j)) }
        m.append(row)
    }
    return m
}
func multiply(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
    let n = a.count
    let p = b[0].count
    var c = [[Double]](repeating: [Double](repeating: 0, count: p), count: n)
    for i in 0..<n {
        for j in 0..<p {
            var s = 0.0
            for k in 0..<b.count {
                s += a[i][k] * b[k][j]
            }
            c[i][j] = s
        }
    }
    return c
}
func total(_ m: [[Double]]) -> Double {
    var s = 0.0
    for row in m {
        for v in row { s += v }
    }
    return s
}
let n = 200
let a = matrix(n) { i, j in Double(i + j) / Double(n) }
let b = matrix(n) { i, j in Double(i - j) / Double(n) }
let c = multiply(a, b)
print(String(format: "%.10e %.10e", c[10][20], total(c)))
