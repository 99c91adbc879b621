//| verifies: eq-softmax-onehot, eq-soft-argmax
let v: Tensor = [0.5, 2.0, 1.2, -1.0, 1.7]       // arg max 1, gap 0.3
let indices = Tensor.arange(5)
let oneHot: Tensor = [0, 1, 0, 0, 0]
var worstIdentityError = 0.0
var boundViolations = 0
for k in [1.0, 3.0, 10.0, 30.0, 100.0] {
    let p = softmax(v * k)
    let l1 = try abs(p - oneHot).sum().scalar
    // S = Σ_{j≠i*} e^{−K(x_i* − x_j)}, with max v = 2
    let s = try (exp((v - 2.0) * k).sum() - 1).scalar
    worstIdentityError = max(worstIdentityError, abs(l1 - 2 * s / (1 + s)))
    if l1 > 2 * 4 * exp(-k * 0.3) {
        boundViolations += 1
    }
    let softArgmax = try (indices * p).sum().scalar
    print(String(format: "K = %5.1f: ‖softmax − onehot‖₁ = %.3e, soft argmax = %.6f",
                 k, l1, softArgmax))
}
#expect(worstIdentityError < 1e-12)
#expect(boundViolations == 0)
let sharp = try (indices * softmax(v * 100)).sum().scalar
#expect(abs(sharp - 1) < 1e-10)

let twoPeaks: Tensor = [0, 3, 0, 3, 0]            // indices 1 and 3 tie
let tiedArgmax = try (indices * softmax(twoPeaks * 100)).sum().scalar
print("tied maxima at 1 and 3: soft argmax → \(tiedArgmax)")
#expect(abs(tiedArgmax - 2) < 1e-10)
