//| label: fig-depth
//| caption: Gradient norm at each layer of a 50-layer MLP at initialisation, relative to the last layer. Sigmoid gradients vanish by 30 orders of magnitude; ReLU with He's variance 2/n keeps them of order one; ReLU with variance 1/n loses a factor √2 per layer.
//| verifies: eq-he-gain
let layers = 50
let width = 64
let input = try Tensor.normal(shape: [32, width])
var baseWeights: [Tensor] = []
for _ in 0..<layers {
    baseWeights.append(try Tensor.normal(shape: [width, width]))
}

func gradientNorms(_ activation: @escaping (Tensor) -> Tensor, weightVariance: Double) throws -> [Double] {
    let weights = baseWeights.map { $0 * sqrt(weightVariance) }
    var probes: [Tensor] = []
    for _ in 0..<layers {
        probes.append(try Tensor.zeros(shape: [32, width]))
    }
    let grads = try gradient(at: probes) { probes in
        var h = input
        for l in 0..<layers {
            h = try activation(try matmul(h, weights[l])) + probes[l]
        }
        return h.sum()
    }
    let norms = try grads.map { try sqrt(pow($0, 2).sum()).scalar }
    return norms.map { $0 / norms[layers - 1] }
}

let n = Double(width)
let sigmoidNorms = try gradientNorms({ sigmoid($0) }, weightVariance: 1 / n)
let tanhNorms = try gradientNorms({ tanh($0) }, weightVariance: 1 / n)
let reluHeNorms = try gradientNorms({ relu($0) }, weightVariance: 2 / n)
let reluHalfNorms = try gradientNorms({ relu($0) }, weightVariance: 1 / n)
print("‖∇h₁‖ / ‖∇h₅₀‖: sigmoid \(sigmoidNorms[0]), tanh \(tanhNorms[0]), ReLU (2/n) \(reluHeNorms[0]), ReLU (1/n) \(reluHalfNorms[0])")

// eq-he-gain: 49 layers, each multiplying the squared norm by n·Var(w)/2 on average.
// He's variance 2/n gives gain 1: the ratio stays O(1) (finite-width fluctuations spread it
// over roughly 0.3–20 across random networks, against 1e-5 for a per-layer gain of 2/3).
let heGain = sqrt(n * (2 / n) / 2)
let halfGain = sqrt(n * (1 / n) / 2)
#expect(reluHeNorms[0] > 0.1 * pow(heGain, 49) && reluHeNorms[0] < 30 * pow(heGain, 49))
// ReLU is positively homogeneous: halving the variance scales the backward signal through 49
// layers by exactly (halfGain / heGain)^49 = 2^−24.5 on the same network.
#expect(abs(reluHalfNorms[0] / reluHeNorms[0] / pow(halfGain / heGain, 49) - 1) < 1e-9)
// eq-sigmoid-derivative: each sigmoid layer shrinks the squared norm by at least 16 on average
#expect(sigmoidNorms[0] < pow(0.25, 49))

let depthAxis = (1...layers).map { Double($0) }
Chart {
    LineMark(x: depthAxis, y: sigmoidNorms, series: "sigmoid, Var(w) = 1/n")
    LineMark(x: depthAxis, y: tanhNorms, series: "tanh, Var(w) = 1/n")
    LineMark(x: depthAxis, y: reluHeNorms, series: "ReLU, Var(w) = 2/n (He)")
    LineMark(x: depthAxis, y: reluHalfNorms, series: "ReLU, Var(w) = 1/n")
}
.chartYScale(type: .log)
.chartXAxisLabel("layer l")
.chartYAxisLabel("‖∂L/∂h_l‖ / ‖∂L/∂h_50‖")
