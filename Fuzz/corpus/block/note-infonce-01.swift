//| verifies: eq-mi-gauss
func logRatio(_ x: Tensor, _ c: Tensor, rho: Double) throws -> Tensor {
    let v = 1 - rho * rho
    let dim = Double(x.shape[x.rank - 1])
    let residual = try x - c * rho
    let last = x.rank - 1
    return try (x * x).sum(axis: last) / 2 - (residual * residual).sum(axis: last) / (2 * v) - dim / 2 * log(v)
}

func gaussianMI(rho: Double, dim: Int) -> Double {
    return -Double(dim) / 2 * log(1 - rho * rho)
}

for (rho, dim) in [(0.8, 1), (0.95, 8)] {
    let c = try Tensor.normal(shape: [100_000, dim])
    let x = try c * rho + Tensor.normal(shape: [100_000, dim]) * sqrt(1 - rho * rho)
    let (estimate, se) = meanAndStandardError(try logRatio(x, c, rho: rho))
    print("ρ = \(rho), d = \(dim): E[log ratio] = \(estimate) ± \(se), −d/2·log(1 − ρ²) = \(gaussianMI(rho: rho, dim: dim))")
    #expect(abs(estimate - gaussianMI(rho: rho, dim: dim)) < 3 * se)
}
