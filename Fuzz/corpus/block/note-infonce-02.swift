//| verifies: eq-infonce, eq-posterior
func contrastiveSets(rho: Double, dim: Int, candidates: Int, rows: Int) throws -> (x: Tensor, c: Tensor) {
    let c = try Tensor.normal(shape: [rows, 1, dim])
    let positive = try c * rho + Tensor.normal(shape: [rows, 1, dim]) * sqrt(1 - rho * rho)
    let negatives = try Tensor.normal(shape: [rows, candidates - 1, dim])
    return (try Tensor.concatenated([positive, negatives], axis: 1), c)
}

func logNormalDensity(_ x: Tensor, mean: Tensor, variance v: Double) throws -> Tensor {
    let r = try x - mean
    let last = x.rank - 1
    return try (r * r).sum(axis: last) / (-2 * v) - Double(x.shape[last]) / 2 * log(2 * Double.pi * v)
}

let (xs, cs) = try contrastiveSets(rho: 0.8, dim: 2, candidates: 6, rows: 2000)
let scores = try logRatio(xs, cs, rho: 0.8)                       // log f = log p(x|c)/p(x), [rows, N]
let lossWritten = try (scores.logSumExp(axis: 1) - scores.transposed()[0]).mean().scalar
let lossEngine = try crossEntropy(logits: scores, labels: Tensor.zeros(shape: [scores.shape[0]])).scalar
print("InfoNCE written out: \(lossWritten); crossEntropy: \(lossEngine)")
#expect(abs(lossWritten - lossEngine) < 1e-12)

// the left side of the posterior, from the full products of densities
let logConditional = try logNormalDensity(xs, mean: cs * 0.8, variance: 1 - 0.64)   // log p(x_j | c)
let logMarginal = try logNormalDensity(xs, mean: Tensor.zeros(shape: [1]), variance: 1)   // log p(x_j)
let allMarginals = try logMarginal.sum(axis: 1, keepDims: true)
let logJoint = try logConditional + allMarginals - logMarginal     // log p(x_i|c) Π_{l≠i} p(x_l)
let posteriorFromProducts = try softmax(logJoint, axis: 1)
let posteriorFromRatios = try softmax(scores, axis: 1)
let posteriorGap = try abs(posteriorFromProducts - posteriorFromRatios).max().scalar
print("largest difference between the two forms of the posterior: \(posteriorGap)")
#expect(posteriorGap < 1e-12)
