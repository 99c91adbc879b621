// Matrix product of two 200×200 [[Double]] with nested loops, at top level.
import Foundation
let n = 200
var a = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
var b = a
for i in 0..<n {
    for j in 0..<n {
        a[i][j] = Double(i + j) / Double(n)
        b[i][j] = Double(i - j) / Double(n)
    }
}
var c = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
for i in 0..<n {
    for j in 0..<n {
        var s = 0.0
        for k in 0..<n {
            s += a[i][k] * b[k][j]
        }
        c[i][j] = s
    }
}
var total = 0.0
for row in c {
    for v in row { total += v }
}
print(String(format: "%.10e %.10e", c[10][20], total))
