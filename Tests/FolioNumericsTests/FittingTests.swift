import Foundation
import Testing

@testable import FolioNumerics

@Suite struct LeastSquaresTests {
    @Test func matchesNumPyLstsq() throws {
        let R = OptimizerReference.self
        let a = try Tensor(shape: [12, 4], scalars: R.lstsqA)
        let b = try Tensor(shape: [12, 2], scalars: R.lstsqB)
        let x = try leastSquares(a, b)
        #expect(x.shape == [4, 2])
        #expect(close(x.scalars, R.lstsqX, tolerance: 1e-13), "\(x.scalars) ≠ \(R.lstsqX)")
        // One right-hand side as a vector gives the first column.
        let x0 = try leastSquares(a, b[0..<12, 0])
        let column = try x[0..<4, 0].scalars
        #expect(x0.shape == [4] && close(x0.scalars, column, tolerance: 1e-14))
        // The residual is orthogonal to the columns of A.
        let residual = try matmul(a, x) - b
        #expect(try abs(matmul(a.transposed(), residual)).max().scalar < 1e-12)
    }

    @Test func illConditionedVandermondeNeedsQR() throws {
        // κ(V) ≈ 3.5e6: the normal equations lose ~13 digits (error ~2e-3), QR ~6.
        let xs = (0..<30).map { Double($0) / 29 }
        var v = [Double]()
        for x in xs { for p in 0..<10 { v.append(Foundation.pow(x, Double(p))) } }
        let a = try Tensor(shape: [30, 10], scalars: v)
        let coefficients = Tensor((1...10).map(Double.init))
        let b = try matmul(a, coefficients)
        let solution = try leastSquares(a, b)
        #expect(try abs(solution - coefficients).max().scalar < 1e-7)
    }

    @Test func exactSquareSystemAndErrors() throws {
        let a: Tensor = [[2.0, 1], [1, 3]]
        let x = try leastSquares(a, [3.0, 5])
        #expect(close(x.scalars, [0.8, 1.4], tolerance: 1e-15))
        #expect(
            tensorErrorMessage { try leastSquares(Tensor([[1.0, 2, 3], [4, 5, 6]]), [1.0, 2]) }?.contains(
                "underdetermined") == true)
        #expect(
            tensorErrorMessage { try leastSquares(Tensor([[1.0, 2], [2, 4], [3, 6]]), [1.0, 2, 3]) }?.contains(
                "rank-deficient") == true)
        #expect(tensorErrorMessage { try leastSquares(a, [1.0, 2, 3]) }?.contains("[3]") == true)
        #expect(tensorErrorMessage { try leastSquares(Tensor([1.0, 2]), [1.0, 2]) } != nil)
    }
}

@Suite struct PowerLawFitTests {
    @Test func recoversAnExactPowerLaw() throws {
        let x = Tensor([1.0, 2, 5, 10, 100, 1e4])
        let y = 3.5 * pow(x, -0.75)
        let fit = try powerLawFit(x: x, y: y)
        #expect(Swift.abs(fit.coefficient - 3.5) < 1e-12 && Swift.abs(fit.exponent + 0.75) < 1e-13)
        #expect(Swift.abs(fit.rSquared - 1) < 1e-14)
        #expect(Swift.abs(fit(1000) - 3.5 * Foundation.pow(1000, -0.75)) < 1e-12)
    }

    @Test func noisyFitMatchesLogLogRegression() throws {
        // y = 2·x^1.5 with multiplicative noise; compare with the closed-form regression slope.
        let x = try Tensor.linspace(1, 50, count: 40)
        let noise = try Tensor.normal(shape: [40], standardDeviation: 0.1, key: RandomKey(seed: 9))
        let y = try 2 * pow(x, 1.5) * exp(noise)
        let fit = try powerLawFit(x: x, y: y)
        let lx = log(x).scalars
        let ly = log(y).scalars
        let mx = lx.reduce(0, +) / 40
        let my = ly.reduce(0, +) / 40
        let sxy = zip(lx, ly).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        let sxx = lx.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }
        let syy = ly.reduce(0) { $0 + ($1 - my) * ($1 - my) }
        #expect(Swift.abs(fit.exponent - sxy / sxx) < 1e-12)
        #expect(Swift.abs(fit.coefficient - Foundation.exp(my - sxy / sxx * mx)) < 1e-11)
        #expect(Swift.abs(fit.rSquared - sxy * sxy / (sxx * syy)) < 1e-12)
        #expect(fit.rSquared > 0.9 && fit.rSquared < 1)
    }

    @Test func invalidInputsAreErrors() {
        #expect(tensorErrorMessage { try powerLawFit(x: [1.0, 2], y: [1.0, -2]) }?.contains("positive") == true)
        #expect(tensorErrorMessage { try powerLawFit(x: [1.0], y: [1.0]) }?.contains("two points") == true)
        #expect(tensorErrorMessage { try powerLawFit(x: [2.0, 2], y: [1.0, 3]) }?.contains("all x are equal") == true)
        #expect(tensorErrorMessage { try powerLawFit(x: [1.0, 2], y: [1.0, 2, 3]) } != nil)
    }
}
