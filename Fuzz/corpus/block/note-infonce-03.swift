//| verifies: eq-posterior
let calibrationRows = 20_000
let (xCal, cCal) = try contrastiveSets(rho: 0.8, dim: 1, candidates: 4, rows: calibrationRows)

func calibration(_ logits: Tensor) throws -> (accuracyGap: Double, accuracyError: Double, positiveGap: Double, positiveError: Double) {
    let q = try softmax(logits, axis: 1)
    let correct = try q.argmax(axis: 1) .== 0
    let accuracyTerms = try correct - q.max(axis: 1)            // E[1{argmax right}] − E[max q]
    let positiveTerms = try q.transposed()[0] - (q * q).sum(axis: 1)   // E[q_positive] − E[Σ q²]
    let (a, ae) = meanAndStandardError(accuracyTerms)
    let (b, be) = meanAndStandardError(positiveTerms)
    return (a, ae, b, be)
}

let trueCritic = try calibration(logRatio(xCal, cCal, rho: 0.8))
let forgetfulCritic = try calibration(logNormalDensity(xCal, mean: cCal * 0.8, variance: 1 - 0.64))
print("density ratio:   gaps \(trueCritic.accuracyGap) ± \(trueCritic.accuracyError), \(trueCritic.positiveGap) ± \(trueCritic.positiveError)")
print("p(x|c) only:     gaps \(forgetfulCritic.accuracyGap) ± \(forgetfulCritic.accuracyError), \(forgetfulCritic.positiveGap) ± \(forgetfulCritic.positiveError)")
#expect(abs(trueCritic.accuracyGap) < 3 * trueCritic.accuracyError)
#expect(abs(trueCritic.positiveGap) < 3 * trueCritic.positiveError)
#expect(abs(forgetfulCritic.positiveGap) > 3 * forgetfulCritic.positiveError)
