let depth = 64
let width = 16
let batch = 64
var weights: [Tensor] = []
for _ in 0..<depth {
    weights.append(try Tensor.normal(shape: [width, width]) / sqrt(Double(width)))
}
let input = try Tensor.normal(shape: [batch, width])

func layer(_ h: Tensor, _ i: Int) throws -> Tensor {
    return tanh(try matmul(h, weights[i]))
}

// The chain's loss, with the layers cut into segments of `segment` layers (0: no checkpointing).
func chainLoss(_ x: Tensor, layers: Int, segment: Int) throws -> Tensor {
    var h = x
    if segment == 0 {
        for i in 0..<layers {
            h = try layer(h, i)
        }
        return try (h * h).sum()
    }
    var start = 0
    while start < layers {
        let first = start
        let end = min(layers, start + segment)
        h = try checkpointed(h) { segmentInput in
            var inner = segmentInput
            for i in first..<end {
                inner = try layer(inner, i)
            }
            return inner
        }
        start = end
    }
    return try (h * h).sum()
}

let plainTape = GradientTape()
let plainGradient = try plainTape.gradient(at: input) { x in try chainLoss(x, layers: depth, segment: 0) }
print("no checkpointing: \(plainTape.statistics)")
