//| verifies: eq-optimal-allocation, eq-allocation-product
func optimalModelScale(_ c: Double) -> Double {
    return 0.1715 * pow(c, 0.5243)
}
func optimalDataScale(_ c: Double) -> Double {
    return 5.8316 * pow(c, 0.4757)
}
var worstProductError = 0.0
for exponent in 15...25 {
    let c = pow(10.0, Double(exponent))
    let error = abs(optimalModelScale(c) * optimalDataScale(c) / c - 1)
    worstProductError = max(worstProductError, error)
}
print("max |M_opt·D_opt/C − 1| over 1e15…1e25: \(worstProductError)")
// 0.1715 × 5.8316 = 1.00012: the fits agree with C = M·D to 1.2e-4.
#expect(worstProductError < 2e-4)

let mOpt7B = optimalModelScale(budget7B)
let dOpt7B = optimalDataScale(budget7B)
print("at the 7B budget: M_opt = \(mOpt7B) FLOPs/token, D_opt = \(dOpt7B) tokens")
#expect(abs(mOpt7B * dOpt7B / budget7B - 1) < 2e-4)
