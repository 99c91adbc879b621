import Testing

@testable import FolioNumerics

@Suite struct TensorReductionsTests {
    @Test func axisReductionsMatchNumPy() throws {
        let m = try Reference.m.tensor
        expectClose(try m.sum(axis: 0), Reference.mSum0, tolerance: 0)
        expectClose(try m.sum(axis: -1), Reference.mSum1, tolerance: 0)
        expectClose(try m.mean(axis: 1, keepDims: true), Reference.mMean1Keep)
        expectClose(try m.variance(axis: 0), Reference.mVar0)
        expectClose(try m.variance(axis: 1, ddof: 1), Reference.mVar1Ddof1)
        expectClose(m.variance(), Reference.mVarAll)
        expectClose(try m.standardDeviation(axis: -1), Reference.mStd1)
        expectClose(try m.max(axis: 0), Reference.mMax0, tolerance: 0)
        expectClose(try m.min(axis: 1), Reference.mMin1, tolerance: 0)
        expectClose(try m.argmax(axis: 1), Reference.mArgmax1, tolerance: 0)
        expectClose(try m.argmin(axis: -2), Reference.mArgmin0, tolerance: 0)
        expectClose(try m.prod(axis: 1), Reference.mProd1, tolerance: 0)
        expectClose(try m.cumsum(axis: 0), Reference.mCumsum0, tolerance: 0)
        expectClose(m.cumsum(), Reference.mCumsumFlat, tolerance: 0)
        expectClose(try m.logSumExp(axis: 1), Reference.mLogSumExp1, tolerance: 1e-15)
        expectClose(try m.logSumExp(axis: 0), Reference.mLogSumExp0, tolerance: 1e-15)
    }

    @Test func diffMatchesNumPy() throws {
        let m = try Reference.m.tensor
        expectClose(try m.diff(), Reference.mDiff1, tolerance: 0)
        expectClose(try m.diff(axis: -1), Reference.mDiff1, tolerance: 0)
        expectClose(try m.diff(axis: 0), Reference.mDiff0, tolerance: 0)
        expectClose(try Reference.x.tensor.diff(), Reference.xDiff, tolerance: 0)
        // One subtraction each, so rounding is NumPy's to the bit (and second differences too).
        let t = try Reference.t.tensor
        expectClose(try t.diff(), Reference.tDiff, tolerance: 0)
        expectClose(try t.diff().diff(), Reference.tDiff2, tolerance: 0)
        // A view (a transposed matrix) reads its own strides.
        expectClose(try m.transposed().diff(axis: 1).transposed(), Reference.mDiff0, tolerance: 0)
    }

    @Test func diffOfShortAndEmptyAxes() throws {
        #expect(try Tensor([5.0]).diff().shape == [0])
        #expect(try Tensor([Double]()).diff().shape == [0])
        #expect(try Tensor.zeros(shape: [2, 0]).diff(axis: 0).shape == [1, 0])
        #expect(try Tensor.zeros(shape: [2, 0]).diff().shape == [2, 0])
        #expect(
            tensorErrorMessage { try Tensor(3.0).diff() }
                == "diff needs a tensor of at least one dimension, got a scalar")
        #expect(
            tensorErrorMessage { try Tensor.zeros(shape: [2, 3]).diff(axis: 2) }
                == "axis 2 is out of range for a tensor of shape [2, 3] (rank 2)")
    }

    @Test func fullReductionsAre0D() throws {
        let m = try Reference.m.tensor
        #expect(m.sum().shape == [])
        #expect(try m.sum().scalar == 38.5)
        #expect(try m.max().scalar == 9)
        #expect(try m.argmax().scalar == 5)
        #expect(try m.argmin().scalar == 6)
        #expect(try m.sum(axis: 1, keepDims: true).shape == [3, 1])
        #expect(try m.all().scalar == 1)
        #expect(try (m .> 8).any(axis: 1).scalars == [0, 1, 0])
        #expect(try (m .> 0).all(axis: 0).scalars == [1, 0, 0, 1])
    }

    @Test func pairwiseSummationMatchesNumPy() throws {
        let tenths = try Tensor.full(shape: [1_000_000], value: 0.1)
        let sum = try tenths.sum().scalar
        #expect(sum == Reference.sumTenthMillion.values[0])  // 100000.00000000003, as NumPy
        #expect(Swift.abs(sum - 100_000) < 1e-9)  // naive summation is off by ~1e-6
    }

    @Test func nanPropagatesAsNumPy() throws {
        let s = try Reference.sortInput.tensor
        #expect(try s.max().scalar.isNaN)
        #expect(try s.min().scalar.isNaN)
        #expect(try s.argmax().scalar == Reference.argmaxNaN.values[0])
        #expect(try s.argmin().scalar == Reference.argminNaN.values[0])
        #expect(try s.sum().scalar.isNaN)
        #expect(try s.all().scalar == 0)  // contains a 0
        #expect(try Tensor([.nan]).all().scalar == 1)  // NaN is truthy
        #expect(try Tensor([1, 3, 3, 2]).argmax().scalar == 1)  // first maximum
    }

    @Test func emptyReductions() throws {
        let e = try Tensor.zeros(shape: [0, 3])
        #expect(try e.sum().scalar == 0)
        #expect(try e.prod().scalar == 1)
        #expect(try e.mean().scalar.isNaN)
        #expect(try e.sum(axis: 0).scalars == [0, 0, 0])
        #expect(try e.sum(axis: 1).shape == [0])
        #expect(try e.all().scalar == 1 && e.any().scalar == 0)
        #expect(try e.logSumExp().scalar == -.infinity)
        #expect(try e.max(axis: 1).shape == [0])
        #expect(tensorErrorMessage { try e.max() } == "max of an empty tensor (shape [0, 3]) has no value")
        #expect(
            tensorErrorMessage { try e.argmax(axis: 0) } == "argmax along axis 0 of size 0 (shape [0, 3]) has no value")
        #expect(e.cumsum().shape == [0])
    }

    @Test func badAxes() throws {
        let m = try Tensor.zeros(shape: [2, 3])
        #expect(
            tensorErrorMessage { try m.sum(axis: 2) } == "axis 2 is out of range for a tensor of shape [2, 3] (rank 2)")
        #expect(tensorErrorMessage { try m.mean(axis: -3) } != nil)
        #expect(tensorErrorMessage { try m.cumsum(axis: 5) } != nil)
    }

    @Test func varianceDefaultsToPopulation() throws {
        let x: Tensor = [1, 2, 3, 4]
        #expect(try x.variance().scalar == 1.25)
        #expect(try x.variance(ddof: 1).scalar == 5.0 / 3.0)
        #expect(try x.standardDeviation().scalar == 1.25.squareRoot())
        #expect(try Tensor([1]).variance(ddof: 1).scalar.isNaN)
    }

    @Test func logSumExpNeverOverflows() throws {
        #expect(try Tensor([1000, 1000]).logSumExp().scalar == 1000 + 0.6931471805599453)
        #expect(try Tensor([-1000, -1000]).logSumExp().scalar == -1000 + 0.6931471805599453)
        #expect(try Tensor([-.infinity, -.infinity]).logSumExp().scalar == -.infinity)
        #expect(try Tensor([.infinity, 1]).logSumExp().scalar == .infinity)
    }
}
