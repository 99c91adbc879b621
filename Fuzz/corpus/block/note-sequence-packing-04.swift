//| label: fig-mask
//| caption: The block-diagonal causal mask of a packed stream of four samples (lengths 5, 9, 3, 7); each coloured cell is a (query, key) pair that varlen attention computes, coloured by sample.
//| verifies: eq-varlen-attention, eq-mask-pairs
let packedLengths = [5, 9, 3, 7]
let dim = 8
var boundaries = [0]
for length in packedLengths {
    boundaries.append(boundaries[boundaries.count - 1] + length)
}
let streamLength = boundaries[boundaries.count - 1]
var segment: [Int] = []
for (sampleIndex, length) in packedLengths.enumerated() {
    segment += [Int](repeating: sampleIndex, count: length)
}
var blockRows: [[Double]] = []
var causalRows: [[Double]] = []
var pictureRows: [[Double]] = []
for i in 0..<streamLength {
    blockRows.append((0..<streamLength).map { j in segment[i] == segment[j] && j <= i ? 1.0 : 0.0 })
    causalRows.append((0..<streamLength).map { j in j <= i ? 1.0 : 0.0 })
    pictureRows.append((0..<streamLength).map { j in segment[i] == segment[j] && j <= i ? Double(segment[i] + 1) : 0.0 })
}
let blockMask = try Tensor(blockRows)
let causalMask = try Tensor(causalRows)

let q = try Tensor.normal(shape: [streamLength, dim])
let k = try Tensor.normal(shape: [streamLength, dim])
let v = try Tensor.normal(shape: [streamLength, dim])

func maskedAttention(_ q: Tensor, _ k: Tensor, _ v: Tensor, mask: Tensor) throws -> Tensor {
    let scores = try matmul(q, k.transposed()) / sqrt(Double(q.shape[1]))
    let blocked = try Tensor.full(shape: scores.shape, value: -Double.infinity)
    return try matmul(softmax(`where`(mask, scores, blocked), axis: 1), v)
}

let packedOut = try maskedAttention(q, k, v, mask: blockMask)
var perSample: [Tensor] = []
for s in 0..<packedLengths.count {
    let a = boundaries[s]
    let b = boundaries[s + 1]
    let n = b - a
    var lower: [[Double]] = []
    for i in 0..<n {
        lower.append((0..<n).map { j in j <= i ? 1.0 : 0.0 })
    }
    perSample.append(try maskedAttention(q[a..<b], k[a..<b], v[a..<b], mask: Tensor(lower)))
}
let separateOut = try Tensor.concatenated(perSample, axis: 0)
let varlenError = try abs(packedOut - separateOut).max().scalar
print("max |packed − per-sample| = \(varlenError)")
#expect(varlenError < 1e-12)

// a plain causal mask over the stream leaks: only the first sample is unaffected
let leakyOut = try maskedAttention(q, k, v, mask: causalMask)
let leakFirst = try abs(leakyOut[0..<boundaries[1]] - separateOut[0..<boundaries[1]]).max().scalar
let leakRest = try abs(leakyOut[boundaries[1]...] - separateOut[boundaries[1]...]).max().scalar
print("plain causal mask: first sample \(leakFirst), later samples \(leakRest)")
#expect(leakFirst < 1e-12)
#expect(leakRest > 0.1)

let pairs = Int(try blockMask.sum().scalar)
let predictedPairs = packedLengths.map { $0 * ($0 + 1) / 2 }.reduce(0, +)
print("computed pairs: \(pairs) of \(streamLength * (streamLength + 1) / 2) causal pairs")
#expect(pairs == predictedPairs)
Chart {
    RectangleMark(matrix: pictureRows)
}
.chartXAxisLabel("key position j")
.chartYAxisLabel("query position i")
.frame(width: 420, height: 420)
