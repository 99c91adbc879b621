//| verifies: eq-reparam-grad
let (gradientMu, gradientSigma) = try gradient(at: mu, sigma) { m, s in
    let sample = try m + s * eps
    return try (sample * sample).mean()
}
let perSampleMu = z * 2
let perSampleSigma = try z * eps * 2
let (meanMu, seMu) = meanAndStandardError(perSampleMu)
let (meanSigma, seSigma) = meanAndStandardError(perSampleSigma)
print("∂L/∂μ = \(gradientMu) ± \(seMu) (exact \(2 * mu));  ∂L/∂σ = \(gradientSigma) ± \(seSigma) (exact \(2 * sigma))")
#expect(abs(gradientMu - meanMu) < 1e-9 && abs(gradientSigma - meanSigma) < 1e-9)
#expect(abs(gradientMu - 2 * mu) < 3 * seMu)
#expect(abs(gradientSigma - 2 * sigma) < 3 * seSigma)
