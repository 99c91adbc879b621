//| verifies: eq-flops-per-token
let vocabulary = 102_400
let sequenceLength = 4_096

func flopsPerToken(layers: Int, width d: Int) -> Int {
    return 72 * layers * d * d + 12 * layers * d * sequenceLength
}

// The same quantity, counted operation by operation.
func countedFlopsPerToken(layers: Int, width d: Int) -> Int {
    let qkvProjection = 3 * d * d          // multiply-adds per token
    let outputProjection = d * d
    let feedForward = 2 * d * (4 * d)      // up to 4d and back down
    let scores = sequenceLength * d        // q · k for every position
    let weightedValues = sequenceLength * d
    let multiplyAdds = qkvProjection + outputProjection + feedForward + scores + weightedValues
    let forward = 2 * multiplyAdds * layers
    return 3 * forward                     // backward ≈ 2 × forward
}

let shapes = [(8, 512), (80, 8_192), (30, 4_096), (95, 8_192)]
for (layers, width) in shapes {
    #expect(countedFlopsPerToken(layers: layers, width: width) == flopsPerToken(layers: layers, width: width))
}
print("M(7B)  = \(flopsPerToken(layers: 30, width: 4_096))")
print("M(67B) = \(flopsPerToken(layers: 95, width: 8_192))")
