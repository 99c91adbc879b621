//| verifies: eq-score, eq-var-reparam, eq-var-score
//| label: tbl-estimators
//| caption: Four unbiased gradient estimators of E[z²] for z ~ N(1, 2²), from the same million samples: their means and variances against the exact values.
let scoreMu = try direct * direct * (direct - mu) / (sigma * sigma)
let centeredDirect = direct - mu
let scoreSigma = try direct * direct * (centeredDirect * centeredDirect / pow(sigma, 3) - 1 / sigma)

func varianceWithError(_ g: Tensor) throws -> (variance: Double, standardError: Double) {
    let centered = try g - g.mean()
    let (v, se) = meanAndStandardError(try centered * centered)
    return (v, se)
}

let estimators = ["reparameterized ∂μ", "score function ∂μ", "reparameterized ∂σ", "score function ∂σ"]
let perSample = [perSampleMu, scoreMu, perSampleSigma, scoreSigma]
let exactMeans = [2 * mu, 2 * mu, 2 * sigma, 2 * sigma]
let exactVariances = [
    4 * sigma * sigma,
    (pow(mu, 4) + 18 * mu * mu * sigma * sigma + 15 * pow(sigma, 4)) / (sigma * sigma) - 4 * mu * mu,
    4 * mu * mu + 8 * sigma * sigma,
    2 * (pow(mu, 4) + 30 * mu * mu * sigma * sigma + 37 * pow(sigma, 4)) / (sigma * sigma),
]
var means: [Double] = []
var meanErrors: [Double] = []
var variances: [Double] = []
var varianceErrors: [Double] = []
for i in 0..<4 {
    let (m, se) = meanAndStandardError(perSample[i])
    let (v, vse) = try varianceWithError(perSample[i])
    means.append(m)
    meanErrors.append(se)
    variances.append(v)
    varianceErrors.append(vse)
    #expect(abs(m - exactMeans[i]) < 3 * se)
    #expect(abs(v - exactVariances[i]) < 3 * vse)
}
#expect(exactVariances[0] == 16)
#expect(exactVariances[1] == 74.25)
Table {
    Column("estimator", estimators)
    Column("mean", means, format: .fixed(4))
    Column("± (s.e.)", meanErrors, format: .fixed(4))
    Column("exact mean", exactMeans, format: .fixed(1))
    Column("variance", variances, format: .fixed(2))
    Column("± (s.e.)", varianceErrors, format: .fixed(2))
    Column("exact variance", exactVariances, format: .fixed(2))
}
