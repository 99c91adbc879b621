func transpose(_ m: [[Double]]) -> [[Double]] {
    guard let first = m.first else { return [] }
    return first.indices.map { j in m.map { $0[j] } }
}
let m = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
print(transpose(m))
let flat = m.flatMap { $0 }
print(flat)
print(m.map { $0.reduce(0, +) })
let dot = zip(m[0], m[1]).map { $0 * $1 }.reduce(0, +)
print(dot)
