//| label: tbl-predictions
//| caption: Learning rate and batch size predicted by Eq. 1 from the compute budget, against the settings DeepSeek used (Table 2).
//| verifies: eq-lr-opt, eq-batch-opt
func optimalLearningRate(_ c: Double) -> Double {
    return 0.3118 * pow(c, -0.1250)
}
func optimalBatchTokens(_ c: Double) -> Double {
    return 0.2920 * pow(c, 0.3271)
}

let trainingTokens = 2.0e12
let budget7B = Double(flopsPerToken(layers: 30, width: 4_096)) * trainingTokens
let budget67B = Double(flopsPerToken(layers: 95, width: 8_192)) * trainingTokens
let budgets = [budget7B, budget67B]
let usedLearningRates = [4.2e-4, 3.2e-4]
let usedBatchSequences = [2_304.0, 4_608.0]

var predictedLearningRates: [Double] = []
var predictedBatchSequences: [Double] = []
var learningRateErrors: [Double] = []
var batchErrors: [Double] = []
for i in 0..<2 {
    let eta = optimalLearningRate(budgets[i])
    let batch = optimalBatchTokens(budgets[i]) / Double(sequenceLength)
    predictedLearningRates.append(eta)
    predictedBatchSequences.append(batch)
    learningRateErrors.append(eta / usedLearningRates[i] - 1)
    batchErrors.append(batch / usedBatchSequences[i] - 1)
    #expect(abs(eta / usedLearningRates[i] - 1) < 0.03)
    #expect(abs(batch / usedBatchSequences[i] - 1) < 0.10)
}

Table {
    Column("model", ["7B", "67B"])
    Column("C (FLOPs)", budgets, format: .scientific(3))
    Column("η predicted", predictedLearningRates, format: .scientific(3))
    Column("η used", usedLearningRates, format: .scientific(2))
    Column("η error", learningRateErrors, format: .percent(1))
    Column("B predicted (sequences)", predictedBatchSequences, format: .fixed(0))
    Column("B used", usedBatchSequences, format: .fixed(0))
    Column("B error", batchErrors, format: .percent(1))
}
