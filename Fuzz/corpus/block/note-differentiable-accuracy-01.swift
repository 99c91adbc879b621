//| label: tbl-smooth-errors
//| caption: Worst error over the grid of the three smooth maxima against the predicted log 2/K, c_erf/μ and c_σ/β.
//| verifies: eq-softplus-error, eq-smooth-max-error
let t = try Tensor.linspace(0, 5, count: 500_001)
let cErf = try (t * erfc(t) / 2).max().scalar
let cSigmoid = try (t * sigmoid(-t)).max().scalar
print("c_erf = \(cErf), c_σ = \(cSigmoid)")

var sharpness: [Double] = []
var softplusWorst: [Double] = []
var erfWorst: [Double] = []
var sigmoidWorst: [Double] = []
var worstLog2 = 0.0      // |K · error − log 2| for softplus and smooth |x|
var worstErf = 0.0       // relative deviation of μ · error from c_erf
var worstSigmoid = 0.0   // relative deviation of β · error from c_σ
for k in [1.0, 10.0, 100.0] {
    // d from −6/k to 6/k: the error profiles live on the scale 1/k.
    let d = try Tensor.linspace(-6 / k, 6 / k, count: 120_001)
    let softplus = try log1p(exp(d * k)) / k
    let absApprox = try log(exp(d * k) + exp(d * (-k))) / k
    let reluError = try (softplus - relu(d)).max().scalar
    let absError = try (absApprox - abs(d)).max().scalar
    // max(d, 0) with a = d, b = 0:
    let erfMax = try (d + d * erf(d * k)) / 2
    let sigmoidMax = try d * sigmoid(d * k)
    let erfError = try abs(erfMax - relu(d)).max().scalar
    let sigmoidError = try abs(sigmoidMax - relu(d)).max().scalar
    worstLog2 = max(worstLog2, abs(reluError * k - log(2.0)), abs(absError * k - log(2.0)))
    worstErf = max(worstErf, abs(erfError * k / cErf - 1))
    worstSigmoid = max(worstSigmoid, abs(sigmoidError * k / cSigmoid - 1))
    sharpness.append(k)
    softplusWorst.append(reluError)
    erfWorst.append(erfError)
    sigmoidWorst.append(sigmoidError)
}
#expect(worstLog2 < 1e-12)
#expect(worstErf < 1e-6)
#expect(worstSigmoid < 1e-6)
#expect(abs(cErf - 0.1202) < 1e-4 && abs(cSigmoid - 0.2785) < 1e-4)
Table {
    Column("K = μ = β", sharpness, format: .integer)
    Column("softplus error", softplusWorst, format: .scientific(4))
    Column("log 2 / K", sharpness.map { log(2.0) / $0 }, format: .scientific(4))
    Column("erf error", erfWorst, format: .scientific(4))
    Column("c_erf / μ", sharpness.map { cErf / $0 }, format: .scientific(4))
    Column("sigmoid error", sigmoidWorst, format: .scientific(4))
    Column("c_σ / β", sharpness.map { cSigmoid / $0 }, format: .scientific(4))
}
