//| verifies: eq-next-fit-bound, eq-pad-fraction
let logLengths = try Tensor.normal(shape: [2000], mean: log(600.0), standardDeviation: 1.0)
let lengths = try exp(logLengths).scalars.map { Int(min(max($0.rounded(), 1), 8192)) }
let totalTokens = lengths.reduce(0, +)

func nextFit(_ lengths: [Int], capacity: Int) -> [Int] {
    var bins: [Int] = []
    var buffer = 0
    for length in lengths {
        if buffer + length <= capacity {
            buffer += length
        } else {
            bins.append(buffer)
            buffer = length
        }
    }
    bins.append(buffer)
    return bins
}

func firstFitDecreasing(_ lengths: [Int], capacity: Int) -> [Int] {
    var bins: [Int] = []
    for length in lengths.sorted(by: >) {
        var placed = false
        for b in 0..<bins.count where !placed && bins[b] + length <= capacity {
            bins[b] += length
            placed = true
        }
        if !placed {
            bins.append(length)
        }
    }
    return bins
}

// The collator's mask for padded batches of 8: ones on real tokens, zeros on padding.
let batchSize = 8
var paddedSlots = 0
var paddingCounted = 0
var worstFormulaError = 0.0
for start in stride(from: 0, to: lengths.count, by: batchSize) {
    let batch = Array(lengths[start..<min(start + batchSize, lengths.count)])
    let longest = batch.max()!
    var rows: [[Double]] = []
    for length in batch {
        rows.append((0..<longest).map { $0 < length ? 1.0 : 0.0 })
    }
    let mask = try Tensor(rows)
    let pads = Int(try (1 - mask).sum().scalar)
    paddingCounted += pads
    paddedSlots += mask.count
    let formula = 1 - Double(batch.reduce(0, +)) / Double(batch.count * longest)
    worstFormulaError = max(worstFormulaError, abs(Double(pads) / Double(mask.count) - formula))
}
#expect(worstFormulaError < 1e-12)
#expect(paddedSlots - paddingCounted == totalTokens)

let capacity = 16384
let nf = nextFit(lengths, capacity: capacity)
let ffd = firstFitDecreasing(lengths, capacity: capacity)
let lowerBound = (totalTokens + capacity - 1) / capacity
print("\(lengths.count) samples, \(totalTokens) tokens")
print("padded batches: \(paddedSlots) slots, pad fraction \(Double(paddingCounted) / Double(paddedSlots))")
print("next-fit: \(nf.count) buffers (bound \(2.0 * Double(totalTokens) / Double(capacity) + 1)), first-fit-decreasing: \(ffd.count), at least \(lowerBound)")
#expect(nf.reduce(0, +) == totalTokens && ffd.reduce(0, +) == totalTokens)
#expect(nf.max()! <= capacity && ffd.max()! <= capacity)
#expect(Double(nf.count) < 2 * Double(totalTokens) / Double(capacity) + 1)
for i in 1..<nf.count {
    #expect(nf[i - 1] + nf[i] > capacity)       // the reason for the bound
}
#expect(ffd.count >= lowerBound && ffd.count <= nf.count)
