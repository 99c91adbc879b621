//| verifies: eq-overhead
let tape8 = GradientTape()
_ = try tape8.gradient(at: input) { x in try chainLoss(x, layers: depth, segment: 8) }
let forwardOps = Double(tape8.statistics.recordedOperations)
let extraOps = Double(tape8.statistics.recomputedOperations)
// 2 operations per layer (matmul, tanh) plus the loss: everything inside a segment is rerun once
#expect(tape8.statistics.recomputedOperations == 2 * depth)
let overhead = (forwardOps + extraOps + 2 * forwardOps) / (forwardOps + 2 * forwardOps)
print("forward ops \(forwardOps), recomputed \(extraOps), relative step cost \(overhead)")
#expect(abs(overhead - 4.0 / 3.0) < 0.01)
