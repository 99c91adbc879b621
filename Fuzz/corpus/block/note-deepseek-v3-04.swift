//| verifies: eq-fp8-max, eq-unit-roundoff
func largestFinite(exponentBits e: Int, mantissaBits m: Int, ieeeSpecials: Bool) -> Double {
    let bias = (1 << (e - 1)) - 1
    if ieeeSpecials {
        return (2 - pow(2.0, Double(-m))) * pow(2.0, Double((1 << e) - 2 - bias))
    }
    return (2 - pow(2.0, Double(1 - m))) * pow(2.0, Double((1 << e) - 1 - bias))
}
let maxE4M3 = largestFinite(exponentBits: 4, mantissaBits: 3, ieeeSpecials: false)
let maxE5M2 = largestFinite(exponentBits: 5, mantissaBits: 2, ieeeSpecials: true)
print("E4M3 max \(maxE4M3), E5M2 max \(maxE5M2)")
#expect(maxE4M3 == 448)
#expect(maxE5M2 == 57_344)
// The engine's rounding saturates at the same values; one step below stays representable.
let huge: Tensor = [1e9, -1e9]
#expect(try huge.rounded(to: .float8E4M3).max() == maxE4M3)
#expect(try huge.rounded(to: .float8E5M2).max() == maxE5M2)
#expect(try Tensor([maxE4M3 - 32]).rounded(to: .float8E4M3) == maxE4M3 - 32)

// Relative rounding error over the normal range, sampled log-uniformly.
let lowE4M3 = log(pow(2.0, -6.0))
let highE4M3 = log(maxE4M3)
let samples = exp(try Tensor.uniform(shape: [100_000], in: lowE4M3..<highE4M3))
let relativeE4M3 = try (abs(try samples.rounded(to: .float8E4M3) - samples) / samples).max().scalar
let relativeE5M2 = try (abs(try samples.rounded(to: .float8E5M2) - samples) / samples).max().scalar
print("largest relative error: E4M3 \(relativeE4M3), E5M2 \(relativeE5M2)")
#expect(relativeE4M3 <= pow(2.0, -4.0))
#expect(relativeE4M3 > 0.9 * pow(2.0, -4.0) / (1 + pow(2.0, -4.0)))
#expect(relativeE5M2 <= pow(2.0, -3.0))
#expect(relativeE5M2 > 0.9 * pow(2.0, -3.0) / (1 + pow(2.0, -3.0)))
