//| verifies: eq-cu-seqlens
let sampleLengths = [3, 5, 2]
let width = sampleLengths.max()!
var maskRows: [[Double]] = []
var idRows: [[Double]] = []
var nextId = 101.0
for length in sampleLengths {
    maskRows.append((0..<width).map { $0 < length ? 1.0 : 0.0 })
    var row: [Double] = []
    for t in 0..<width {
        row.append(t < length ? nextId : 0)      // token ids; 0 is the pad id
        if t < length { nextId += 1 }
    }
    idRows.append(row)
}
let attentionMask = try Tensor(maskRows)
let inputIds = try Tensor(idRows)

let seqlens = try attentionMask.sum(axis: 1)
let cuSeqlens = try Tensor.concatenated([Tensor([0.0]), seqlens.cumsum()])
let maxSeqlen = try seqlens.max().scalar
let flatMask = attentionMask.flattened().scalars
let indices = flatMask.indices.filter { flatMask[$0] != 0 }
let flatIds = inputIds.flattened().scalars
let unpadded = indices.map { flatIds[$0] }
print("cu_seqlens = \(cuSeqlens.scalars), max_seqlen = \(maxSeqlen)")
print("indices = \(indices)")
print("unpadded ids = \(unpadded)")
#expect(cuSeqlens.scalars == [0, 3, 8, 10])
#expect(maxSeqlen == 5)
#expect(indices == [0, 1, 2, 5, 6, 7, 8, 9, 10, 11])
#expect(unpadded == (101...110).map { Double($0) })

// pad(unpad(x)) == x: scatter the stream back into a zero batch
var repadded = [Double](repeating: 0, count: inputIds.count)
for (i, position) in indices.enumerated() {
    repadded[position] = unpadded[i]
}
#expect(repadded == flatIds)
// and each sample is the stream slice [cu_{k-1}, cu_k)
for sample in 0..<sampleLengths.count {
    let a = Int(cuSeqlens.scalars[sample])
    let b = Int(cuSeqlens.scalars[sample + 1])
    #expect(Array(unpadded[a..<b]) == Array(idRows[sample][0..<sampleLengths[sample]]))
}
