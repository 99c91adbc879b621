typealias M = [[Int]]
func transpose(_ m: M) -> M {
    (0..<m[0].count).map { c in m.map { $0[c] } }
}
func multiply(_ a: M, _ b: M) -> M {
    var r = Array(repeating: Array(repeating: 0, count: b[0].count), count: a.count)
    for i in 0..<a.count { for j in 0..<b[0].count { for k in 0..<b.count { r[i][j] += a[i][k] * b[k][j] } } }
    return r
}
func identity(_ n: Int) -> M { (0..<n).map { i in (0..<n).map { $0 == i ? 1 : 0 } } }
let a = [[1, 2, 3], [4, 5, 6]]
print(transpose(a))
print(multiply(a, transpose(a)))
print(multiply(identity(2), a) == a)
var p = identity(2)
let f = [[1, 1], [1, 0]]
for _ in 0..<10 { p = multiply(p, f) }
print(p)
