//| verifies: eq-gauss-reparam
let mu = 1.0
let sigma = 2.0
let samples = 1_000_000
let eps = try Tensor.normal(shape: [samples])
let direct = try Tensor.normal(shape: [samples], mean: mu, standardDeviation: sigma)
let z = eps * sigma + mu
let (directMean, directSE) = meanAndStandardError(try direct * direct)
let (reparameterizedMean, reparameterizedSE) = meanAndStandardError(try z * z)
let exactObjective = mu * mu + sigma * sigma
print("E[z²]: direct \(directMean) ± \(directSE), reparameterized \(reparameterizedMean) ± \(reparameterizedSE), exact \(exactObjective)")
#expect(abs(directMean - exactObjective) < 3 * directSE)
#expect(abs(reparameterizedMean - exactObjective) < 3 * reparameterizedSE)
let ks = ksStatistic(z, direct)
let ksP = ksPValue(statistic: ks, count: Double(samples) / 2)
print("two-sample KS statistic \(ks), p-value \(ksP)")
#expect(ksP > 0.001)
