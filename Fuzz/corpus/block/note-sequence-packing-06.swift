//| verifies: eq-token-mean-loss
// A toy language model: logits over a 16-token vocabulary from the attention outputs.
let vocabulary = 16
let readout = try Tensor.normal(shape: [dim, vocabulary])
let tokens = try Tensor.uniform(shape: [streamLength], in: 0..<Double(vocabulary)).scalars.map { Int($0) }

// packed stream: logits from block-diagonal attention; next-token labels, −100 across boundaries
let packedLogProbs = try logSoftmax(matmul(packedOut, readout), axis: 1)
var labels = [Int](repeating: -100, count: streamLength)
for t in 0..<(streamLength - 1) where segment[t + 1] == segment[t] {
    labels[t] = tokens[t + 1]
}
var packedSum = 0.0
var packedCount = 0
for t in 0..<streamLength where labels[t] != -100 {
    packedSum -= try packedLogProbs.scalar(at: t, labels[t])
    packedCount += 1
}
let packedLoss = packedSum / Double(packedCount)

// padded batch: each sample alone, padded to the longest, pads and last positions ignored
let longestSample = packedLengths.max()!
var paddedSum = 0.0
var paddedCount = 0
var perSampleMeans: [Double] = []
for s in 0..<packedLengths.count {
    let a = boundaries[s]
    let logProbs = try logSoftmax(matmul(perSample[s], readout), axis: 1)
    var sampleSum = 0.0
    for t in 0..<longestSample where t < packedLengths[s] - 1 {
        sampleSum -= try logProbs.scalar(at: t, tokens[a + t + 1])
    }
    paddedSum += sampleSum
    paddedCount += packedLengths[s] - 1
    perSampleMeans.append(sampleSum / Double(packedLengths[s] - 1))
}
let paddedLoss = paddedSum / Double(paddedCount)
let perSampleAverage = perSampleMeans.reduce(0, +) / Double(perSampleMeans.count)
print("packed token-mean loss \(packedLoss), padded token-mean loss \(paddedLoss), mean of per-sample means \(perSampleAverage)")
#expect(packedCount == packedLengths.map { $0 - 1 }.reduce(0, +))
#expect(abs(packedLoss - paddedLoss) < 1e-12)
#expect(abs(perSampleAverage - packedLoss) > 1e-3)
