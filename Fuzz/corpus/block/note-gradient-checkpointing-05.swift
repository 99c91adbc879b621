//| label: tbl-transformer
//| caption: Activation memory of one transformer layer (s = 4096, b = 1, h = 4096, a = 32, 16-bit), by component, with and without full recomputation.
//| verifies: eq-transformer-activations
let s = 4_096.0
let b = 1.0
let h = 4_096.0
let a = 32.0
let sbh = s * b * h
// Attention: QKV input 2sbh, Q and K 4sbh, softmax output 2as²b, its dropout mask as²b,
// dropout output 2as²b, V 2sbh, output projection input 2sbh, dropout mask sbh.
let attentionBytes = 2 * sbh + 4 * sbh + 2 * a * s * s * b + a * s * s * b + 2 * a * s * s * b + 2 * sbh + 2 * sbh + sbh
// MLP: first linear input 2sbh, activation input 8sbh, second linear input 8sbh, dropout mask sbh.
let mlpBytes = 2 * sbh + 8 * sbh + 8 * sbh + sbh
let normBytes = 2 * 2 * sbh
let totalBytes = attentionBytes + mlpBytes + normBytes
#expect(abs(totalBytes / (sbh * (34 + 5 * a * s / h)) - 1) < 1e-12)
#expect(abs(attentionBytes - (11 * sbh + 5 * a * s * s * b)) < 1)
let recomputeBytes = 2 * sbh
print("per layer: \(totalBytes / 1e9) GB without recomputation, \(recomputeBytes / 1e9) GB with")
Table {
    Column("component", ["attention", "MLP", "layer norms", "total", "full recomputation"])
    Column("GB per layer", [attentionBytes, mlpBytes, normBytes, totalBytes, recomputeBytes].map { $0 / 1e9 }, format: .fixed(3))
}
