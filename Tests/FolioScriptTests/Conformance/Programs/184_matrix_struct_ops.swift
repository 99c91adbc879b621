struct Mat {
    var a: [[Double]]
    var n: Int { a.count }
    static func identity(_ n: Int) -> Mat {
        var m = Mat(a: Array(repeating: Array(repeating: 0.0, count: n), count: n))
        for i in 0..<n { m.a[i][i] = 1 }
        return m
    }
    static func * (l: Mat, r: Mat) -> Mat {
        var out = Mat(a: Array(repeating: Array(repeating: 0.0, count: r.a[0].count), count: l.n))
        for i in 0..<l.n {
            for j in 0..<r.a[0].count {
                var s = 0.0
                for k in 0..<r.n { s += l.a[i][k] * r.a[k][j] }
                out.a[i][j] = s
            }
        }
        return out
    }
    func power(_ p: Int) -> Mat {
        var result = Mat.identity(n)
        var base = self
        var e = p
        while e > 0 {
            if e & 1 == 1 { result = result * base }
            base = base * base
            e >>= 1
        }
        return result
    }
    func transposed() -> Mat {
        var t = self
        for i in 0..<n { for j in 0..<n { t.a[i][j] = a[j][i] } }
        return t
    }
}
let fibM = Mat(a: [[1, 1], [1, 0]])
print(fibM.power(10).a)
print(fibM.power(30).a[0][1])
let m = Mat(a: [[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(m.transposed().a)
print((m * Mat.identity(3)).a == m.a)
print((m * m.transposed()).a.map { $0.reduce(0, +) })
