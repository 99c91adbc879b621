import Testing

@testable import FolioNumerics

@Suite struct TensorArithmeticTests {
    @Test func tensorTensorMatchesNumPy() throws {
        let a = try Reference.a23.tensor
        let b = Tensor([2, -4, 0.25])
        expectClose(try a * b, Reference.mulA23B3, tolerance: 0)
        expectClose(try a / b, Reference.divA23B3, tolerance: 0)
    }

    @Test func tensorScalarBothWays() {
        let a: Tensor = [1, 2, 4]
        #expect((a + 1).scalars == [2, 3, 5])
        #expect((1 - a).scalars == [0, -1, -3])
        #expect((a * 0.5).scalars == [0.5, 1, 2])
        #expect((2 / a).scalars == [2, 1, 0.5])
        #expect((-a).scalars == [-1, -2, -4])
        #expect((2 * a + 1).scalars == [3, 5, 9])
    }

    @Test func ieeeAndNaN() throws {
        let a: Tensor = [1, -1, 0, .nan]
        let q = a / 0
        #expect(q.scalars[0] == .infinity && q.scalars[1] == -.infinity && q.scalars[2].isNaN && q.scalars[3].isNaN)
        #expect(try (a + Tensor([1, 1, 1, 1])).scalars[3].isNaN)
    }

    @Test func mismatchNamesBothShapes() throws {
        let a = try Tensor.zeros(shape: [2, 3])
        #expect(tensorErrorMessage { try a + Tensor([1, 2, 3, 4]) } == "shapes [2, 3] and [4] cannot be broadcast")
        #expect(tensorErrorMessage { try a .< Tensor([1, 2]) } == "shapes [2, 3] and [2] cannot be broadcast")
        var b = a
        #expect(tensorErrorMessage { try b -= Tensor([1, 2]) } == "shapes [2, 3] and [2] cannot be broadcast")
    }

    @Test func compoundAssignmentBroadcastsLikeBinary() throws {
        var a = Tensor([1, 2, 3])
        try a += Tensor([[10], [20]])
        #expect(a.shape == [2, 3])
        #expect(a.scalars == [11, 12, 13, 21, 22, 23])
        a /= 2
        #expect(a.scalars == [5.5, 6, 6.5, 10.5, 11, 11.5])
    }

    @Test func largeContiguousFastPath() throws {
        let n = 100_003
        let a = Tensor.arange(Double(n))
        let b = try a * a - a
        #expect(b.count == n)
        #expect(try b.scalar(at: n - 1) == Double(n - 1) * Double(n - 1) - Double(n - 1))
    }
}
