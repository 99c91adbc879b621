//| verifies: eq-sigmoid-derivative, eq-tanh-sigmoid
let x = try Tensor.linspace(-6, 6, count: 12001)      // step 0.001; contains x = 0
let s = sigmoid(x)
let sigmoidPrime = try gradient(at: x) { x in sigmoid(x).sum() }
let tanhPrime = try gradient(at: x) { x in tanh(x).sum() }

let sigmoidDerivativeError = try abs(sigmoidPrime - s * (1 - s)).max().scalar
let tanhIdentityError = try abs(tanh(x) - (2 * sigmoid(2 * x) - 1)).max().scalar
let tanhDerivativeError = try abs(tanhPrime - (1 - pow(tanh(x), 2))).max().scalar
print("σ' − σ(1 − σ):     \(sigmoidDerivativeError)")
print("tanh − (2σ(2x) − 1): \(tanhIdentityError)")
print("tanh' − (1 − tanh²): \(tanhDerivativeError)")
#expect(sigmoidDerivativeError < 1e-15)
#expect(tanhIdentityError < 1e-15)
#expect(tanhDerivativeError < 1e-15)
// the maxima of the derivatives, and where they are attained
#expect(try sigmoidPrime.max() == 0.25)
#expect(try x[Int(try sigmoidPrime.argmax().scalar)] == 0)
#expect(try tanhPrime.max() == 1)
