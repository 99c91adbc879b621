//| verifies: eq-gs-limit
//| label: tbl-gs-temperature
//| caption: Gumbel-Softmax samples of softmax([1, 2, 3]) at several temperatures (20,000 samples).
let relaxedCount = 20_000
let noise = try gumbelNoise[0..<relaxedCount]
let hard = try (winners[0..<relaxedCount].reshaped([relaxedCount, 1]) .== Tensor.arange(3))
let payoff: Tensor = [1, 4, 9]
let expectedPayoff = try (p * payoff).sum()
let exactGradient = try p * (payoff - expectedPayoff)
let batchLogits = try log(p) + Tensor.zeros(shape: [relaxedCount, 3])
let temperatures = [0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0]
var largestComponent: [Double] = []
var distanceToOneHot: [Double] = []
var meanBias: [Double] = []
var gradientBias: [Double] = []
var gradientVariance: [Double] = []
var gradientError: [Double] = []
for tau in temperatures {
    let y = try softmax((log(p) + noise) / tau, axis: 1)
    largestComponent.append(try y.max(axis: 1).mean().scalar)
    distanceToOneHot.append(try abs(y - hard).sum(axis: 1).mean().scalar)
    meanBias.append(try abs(y.mean(axis: 0) - p).max().scalar)
    let perSampleGradient = try gradient(at: batchLogits) { o in
        try (softmax((o + noise) / tau, axis: 1) * payoff).sum()
    }
    gradientBias.append(try abs(perSampleGradient.mean(axis: 0) - exactGradient).max().scalar)
    let componentVariance = try perSampleGradient.variance(axis: 0)
    gradientVariance.append(try componentVariance.sum().scalar)
    gradientError.append(try sqrt(componentVariance.max() / Double(relaxedCount)).scalar)
}
print("E[max y] at τ = 0.05: \(largestComponent[0]); mean L1 distance to one-hot: \(distanceToOneHot[0])")
#expect(largestComponent[0] > 0.97)
#expect(distanceToOneHot[0] < 0.05)
for i in 1..<temperatures.count {
    #expect(distanceToOneHot[i] > distanceToOneHot[i - 1])
    #expect(gradientVariance[i] < gradientVariance[i - 1])
}
#expect(meanBias[0] < 0.01 && meanBias[temperatures.count - 1] > 0.2)
Table {
    Column("τ", temperatures, format: .fixed(2))
    Column("E[max y]", largestComponent, format: .fixed(3))
    Column("E‖y − onehot‖₁", distanceToOneHot, format: .fixed(3))
    Column("max |E[y] − p|", meanBias, format: .fixed(4))
    Column("gradient bias", gradientBias, format: .fixed(4))
    Column("± (s.e.)", gradientError, format: .fixed(4))
    Column("gradient variance", gradientVariance, format: .scientific(2))
}
