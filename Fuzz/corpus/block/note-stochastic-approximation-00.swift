//| verifies: eq-incremental-mean, eq-incremental-equals-batch
var samples: [Double] = []
for _ in 0..<400 {
    samples.append(Double.random(in: 0..<10))
}

var w = 0.0            // w_1: any starting value is forgotten after the first step
var prefixSum = 0.0
var worst = 0.0
for k in 1...samples.count {
    w = w - (1.0 / Double(k)) * (w - samples[k - 1])
    prefixSum += samples[k - 1]
    let deviation = abs(w - prefixSum / Double(k))
    if deviation > worst {
        worst = deviation
    }
}
let batchMean = prefixSum / Double(samples.count)
print("incremental: \(w)")
print("batch:       \(batchMean)")
#expect(abs(w - batchMean) < 1e-12)
#expect(worst < 1e-12)
