//| verifies: eq-gelu-derivative, eq-gelu-minimum, eq-gelu-tanh, eq-gelu-sigmoid
let exact = gelu(x)
// the engine's gelu is the definition x·Φ(x)
#expect(try abs(exact - x * normalCDF(x)).max() < 1e-15)

let phi = exp(-0.5 * pow(x, 2)) / sqrt(2 * Double.pi)
let geluPrime = try gradient(at: x) { x in gelu(x).sum() }
let geluDerivativeError = try abs(geluPrime - (normalCDF(x) + x * phi)).max().scalar
print("GELU' − (Φ + xφ): \(geluDerivativeError)")
#expect(geluDerivativeError < 1e-15)

// the minimum: bisection on the derivative of eq-gelu-derivative
func geluSlope(_ t: Double) -> Double {
    return normalCDF(t) + t * exp(-t * t / 2) / sqrt(2 * Double.pi)
}
var lo = -2.0
var hi = 0.0
for _ in 0..<60 {
    let mid = (lo + hi) / 2
    if geluSlope(mid) < 0 { lo = mid } else { hi = mid }
}
let geluArgmin = (lo + hi) / 2
let geluMinimum = geluArgmin * normalCDF(geluArgmin)
print("GELU minimum \(geluMinimum) at x = \(geluArgmin)")
#expect(abs(geluArgmin - (-0.75179)) < 5e-6)
#expect(abs(geluMinimum - (-0.16997)) < 5e-6)
// and no grid point goes lower
#expect(try exact.min().scalar >= geluMinimum)

let tanhForm = try 0.5 * x * (1 + tanh(sqrt(2 / Double.pi) * (x + 0.044715 * pow(x, 3))))
let sigmoidForm = try x * sigmoid(1.702 * x)
let tanhFormError = try abs(tanhForm - exact)
let sigmoidFormError = try abs(sigmoidForm - exact)
let tanhMax = try tanhFormError.max().scalar
let sigmoidMax = try sigmoidFormError.max().scalar
print("max error on [−6, 6]: tanh form \(tanhMax), sigmoid form \(sigmoidMax)")
#expect(abs(tanhMax - 4.7e-4) < 0.05e-4)
#expect(abs(sigmoidMax - 2.0e-2) < 0.05e-2)
