//| verifies: eq-rm-rate
var wTanh = 3.0
var scaledError100 = 0.0
for k in 1...1000 {
    wTanh = wTanh - (1.0 / Double(k)) * tanh(wTanh - 1)
    if k == 100 {
        scaledError100 = Double(k) * (wTanh - 1)
    }
}
let scaledError1000 = 1000 * (wTanh - 1)
print("w after 1000 steps: \(wTanh)")
print("k·(w − 1) at k = 100: \(scaledError100), at k = 1000: \(scaledError1000)")
#expect(abs(wTanh - 1) < 2e-3)
#expect(abs(scaledError1000 / scaledError100 - 1) < 1e-3)
