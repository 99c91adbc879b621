//| verifies: eq-clip-loss, eq-clip-chance
func normalized(_ x: Tensor) throws -> Tensor {
    return try x / sqrt((x * x).sum(axis: 1, keepDims: true))
}

func clipLoss(_ logits: Tensor) throws -> Tensor {
    let labels = Tensor.arange(Double(logits.shape[0]))
    let lossImages = try crossEntropy(logits: logits, labels: labels)
    let lossTexts = try crossEntropy(logits: logits.transposed(), labels: labels)
    return try (lossImages + lossTexts) / 2
}

let demo = try Tensor.normal(shape: [12, 12], standardDeviation: 4)
let demoDiagonal = try (demo * Tensor.eye(12)).sum(axis: 1)
let byRows = try demo.logSumExp(axis: 1) - demoDiagonal
let byColumns = try demo.logSumExp(axis: 0) - demoDiagonal
let written = try (byRows + byColumns).sum().scalar / (2 * 12)
let viaCrossEntropy = try clipLoss(demo).scalar
print("crossEntropy form: \(viaCrossEntropy)   written out: \(written)")
#expect(abs(viaCrossEntropy - written) < 1e-12)
for size in [2, 32, 1000] {
    let flat = try Tensor.full(shape: [size, size], value: 3.7)
    let flatLoss = try clipLoss(flat).scalar
    #expect(abs(flatLoss - log(Double(size))) < 1e-12)
}
