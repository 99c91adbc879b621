//| label: fig-maxvio
//| caption: Expert-load imbalance (MaxVio) per batch, without and with the bias update; the dashed level is the imbalance of uniformly random routing with the same batch size.
//| verifies: eq-bias-update
let experts = 256
let topExperts = 8
let batchTokens = 512
let features = 16
let meanLoad = Double(batchTokens * topExperts) / Double(experts)
let centroids = try Tensor.normal(shape: [experts, features])
let popularity = 1.5 * (try Tensor.linspace(-1, 1, count: experts))

func simulateRouting(gamma: Double, batches: Int) throws -> [Double] {
    var bias = try Tensor.zeros(shape: [experts])
    var maxVio: [Double] = []
    for _ in 0..<batches {
        let u = try Tensor.normal(shape: [batchTokens, features])
        let affinity = sigmoid(try matmul(u, centroids.transposed()) / 4 + popularity)
        let selection = try topK(try affinity + bias, k: topExperts)
        let load = try bincount(selection.indices, length: experts)
        maxVio.append(try load.max().scalar / meanLoad - 1)
        bias = try bias - gamma * ((load .> meanLoad) - (load .< meanLoad))
    }
    return maxVio
}
let unbalanced = try simulateRouting(gamma: 0, batches: 120)
let balanced = try simulateRouting(gamma: 0.003, batches: 120)

var floorSamples: [Double] = []
for _ in 0..<20 {
    let randomScores = try Tensor.uniform(shape: [batchTokens, experts])
    let load = try bincount(try topK(randomScores, k: topExperts).indices, length: experts)
    floorSamples.append(try load.max().scalar / meanLoad - 1)
}
let noiseFloor = floorSamples.reduce(0, +) / Double(floorSamples.count)
let lateUnbalanced = unbalanced.suffix(20).reduce(0, +) / 20
let lateBalanced = balanced.suffix(20).reduce(0, +) / 20
print("MaxVio over the last 20 batches: no bias \(lateUnbalanced), with bias \(lateBalanced); random routing \(noiseFloor)")
#expect(lateUnbalanced > 4)
#expect(lateBalanced < 1.5 * noiseFloor)

let batchIndex = (1...120).map { Double($0) }
Chart {
    LineMark(x: batchIndex, y: unbalanced, series: "no bias (γ = 0)")
    LineMark(x: batchIndex, y: balanced, series: "bias update (γ = 0.003)")
    RuleMark(y: noiseFloor, series: "uniform random routing")
}
.chartXAxisLabel("batch")
.chartYAxisLabel("MaxVio")
