//| verifies: eq-clip-init
let n = 1024
let d = 512
let s0 = 1 / 0.07
let images = try normalized(Tensor.normal(shape: [n, d]))
let texts = try normalized(Tensor.normal(shape: [n, d]))
let cosines = try matmul(images, texts.transposed())
let diagonalCosines = try (cosines * Tensor.eye(n)).sum(axis: 1)

func initialLoss(scale s: Double) throws -> (loss: Double, standardError: Double) {
    let logits = cosines * s
    let pairLoss = try (logits.logSumExp(axis: 1) + logits.logSumExp(axis: 0)) / 2 - diagonalCosines * s
    return try (clipLoss(logits).scalar, pairLoss.standardError().scalar)
}

let (loss0, se0) = try initialLoss(scale: s0)
let chance = log(Double(n))
let predicted0 = chance + s0 * s0 / (2 * Double(d))
print("L at initialization: \(loss0) ± \(se0); ln N + s²/2d = \(predicted0); ln N = \(chance)")
#expect(abs(loss0 - predicted0) < 3 * se0)
#expect(abs(loss0 - chance) > 3 * se0)   // the temperature term is resolved, not noise
