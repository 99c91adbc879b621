//| verifies: eq-receptive-field
let strides = [5, 4, 2, 2, 2]
let kernels = [10, 8, 4, 4, 4]
var hop = 1
var field = 1
for l in 0..<strides.count {
    field += (kernels[l] - 1) * hop
    hop *= strides[l]
}
let milliseconds = Double(hop) / 16_000 * 1000
var first = 0
var last = 0
for l in stride(from: strides.count - 1, through: 0, by: -1) {
    first = first * strides[l]
    last = last * strides[l] + kernels[l] - 1
}
print("hop \(hop) samples = \(milliseconds) ms; receptive field \(field) samples = \(Double(field) / 16.0) ms; walked down: \(last - first + 1) samples")
#expect(hop == 160)
#expect(abs(milliseconds - 10) < 1e-12)
#expect(field == last - first + 1)
#expect(field == 465)
