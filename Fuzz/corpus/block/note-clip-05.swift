//| verifies: eq-clip-floor
func floorLoss(count: Int, scale s: Double, cosine c: Double) -> Double {
    return log1p(Double(count - 1) * exp(-s * (1 - c)))
}

func equiangular(count: Int, cosine c: Double) throws -> Tensor {
    let basis = try Tensor.eye(count, columns: count + 1)
    let orthogonal = try Tensor.eye(count + 1)[count]
    return try basis * sqrt(1 - c) + orthogonal * sqrt(c)
}

let m = 256
var worstFloorError = 0.0
for (s, c) in [(1.0, 0.0), (s0, 0.0), (s0, 0.5), (100.0, 0.5), (100.0, 0.9), (5.0, 0.99)] {
    let v = try equiangular(count: m, cosine: c)
    let loss = try clipLoss(matmul(v, v.transposed()) * s).scalar
    worstFloorError = max(worstFloorError, abs(loss - floorLoss(count: m, scale: s, cosine: c)))
}
let simplex = try normalized(Tensor.eye(m) - 1.0 / Double(m))
let simplexLoss = try clipLoss(matmul(simplex, simplex.transposed()) * s0).scalar
let simplexFloor = floorLoss(count: m, scale: s0, cosine: -1.0 / Double(m - 1))
print("largest error over equiangular sets: \(worstFloorError); simplex: \(simplexLoss) vs \(simplexFloor)")
#expect(worstFloorError < 1e-12)
#expect(abs(simplexLoss - simplexFloor) < 1e-12)
