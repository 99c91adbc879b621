//| verifies: eq-position-ids, eq-rope-relative
var positions: [Int] = []
for t in 0..<streamLength {
    positions.append(t - boundaries[segment[t]])
}
var expected: [Int] = []
for length in packedLengths {
    expected += Array(0..<length)
}
print("position ids: \(positions)")
#expect(positions == expected)

// RoPE on pairs (2m, 2m+1) with frequencies θ_m = 10000^(−2m/d)
func rope(_ x: Tensor, positions: [Int]) throws -> Tensor {
    let rows = x.shape[0]
    let d = x.shape[1]
    let values = x.scalars
    var out = [Double](repeating: 0, count: values.count)
    for r in 0..<rows {
        for m in 0..<(d / 2) {
            let angle = Double(positions[r]) * pow(10000.0, -2.0 * Double(m) / Double(d))
            let a = values[r * d + 2 * m]
            let b = values[r * d + 2 * m + 1]
            out[r * d + 2 * m] = a * cos(angle) - b * sin(angle)
            out[r * d + 2 * m + 1] = a * sin(angle) + b * cos(angle)
        }
    }
    return try Tensor(shape: [rows, d], scalars: out)
}

// scores with restarted positions against scores with stream positions 0..<T
let restarted = try matmul(rope(q, positions: positions), rope(k, positions: positions).transposed())
let global = try matmul(rope(q, positions: Array(0..<streamLength)), rope(k, positions: Array(0..<streamLength)).transposed())
let withinSamples = try abs((restarted - global) * blockMask).max().scalar
let acrossSamples = try abs((restarted - global) * (1 - blockMask)).max().scalar
print("score change from the position shift: within samples \(withinSamples), across samples \(acrossSamples)")
#expect(withinSamples < 1e-12)
#expect(acrossSamples > 0.1)

// ⟨R_p q, R_r k⟩ = ⟨R_{p−r} q, k⟩ for one pair of vectors and many (p, r)
let q0 = try q[0 ..< 1]
let k0 = try k[0 ..< 1]
var worstRelative = 0.0
for (p, r) in [(7, 3), (100, 40), (5, 5), (2, 9)] {
    let lhs = try matmul(rope(q0, positions: [p]), rope(k0, positions: [r]).transposed()).sum().scalar
    let rhs = try matmul(rope(q0, positions: [p - r]), k0.transposed()).sum().scalar
    worstRelative = max(worstRelative, abs(lhs - rhs))
}
#expect(worstRelative < 1e-12)
