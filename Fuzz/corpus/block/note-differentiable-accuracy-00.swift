//| label: fig-lse
//| caption: LSE_K of x = (1, 2, 3) against K, between the bounds max x (dashed) and max x + log 3 / K; the tied vector (3, 3, 3) sits exactly on the upper bound, so its curve is hidden under it.
//| verifies: eq-lse-bounds
let x: Tensor = [1, 2, 3]
let tied: Tensor = [3, 3, 3]
let ks = try Tensor.linspace(0, 2, count: 41).scalars.map { pow(10, $0) }
var lse: [Double] = []
var lseTied: [Double] = []
var upper: [Double] = []
var outsideBounds = 0
var worstClosedFormError = 0.0
for k in ks {
    let value = try (x * k).logSumExp().scalar / k
    lse.append(value)
    lseTied.append(try (tied * k).logSumExp().scalar / k)
    upper.append(3 + log(3.0) / k)
    if value < 3 || value > 3 + log(3.0) / k {
        outsideBounds += 1
    }
    // Closed form for this x: 3 + log(1 + e^{−K} + e^{−2K}) / K.
    let closedForm = 3 + log(1 + exp(-k) + exp(-2 * k)) / k
    worstClosedFormError = max(worstClosedFormError, abs(value - closedForm))
}
#expect(outsideBounds == 0)
#expect(worstClosedFormError < 1e-12)
#expect(abs(lse[0] - 3.40760596444438) < 1e-9)             // K = 1
#expect(abs(lse[20] - 3.000004540096028) < 1e-9)           // K = 10
#expect(abs(lseTied.last! - upper.last!) < 1e-12)          // ties reach the upper bound
print("K = 1: \(lse[0]) ≤ \(upper[0]);  K = 10: \(lse[20]) ≤ \(upper[20])")
Chart {
    LineMark(x: ks, y: lse, series: "LSE_K(1, 2, 3)")
    LineMark(x: ks, y: lseTied, series: "LSE_K(3, 3, 3)")
    LineMark(x: ks, y: upper, series: "max + log 3 / K")
    RuleMark(y: 3)
}
.chartXScale(type: .log)
.chartXAxisLabel("K")
.chartYAxisLabel("value")
