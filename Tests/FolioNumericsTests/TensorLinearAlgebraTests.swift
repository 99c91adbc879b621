import Foundation
import Testing

@testable import FolioNumerics

@Suite struct TensorLinearAlgebraTests {
    @Test func matrixProductMatchesNumPy() throws {
        expectClose(try matmul(Reference.matA.tensor, Reference.matB.tensor), Reference.matAB, tolerance: 1e-14)
    }

    @Test func batchedAndVectorForms() throws {
        let c = try Reference.batC.tensor
        let d = try Reference.batD.tensor
        let v = try Reference.vecV.tensor
        expectClose(try matmul(c, d), Reference.batCD, tolerance: 1e-14)
        expectClose(try matmul(c, v), Reference.batCv, tolerance: 1e-14)
        expectClose(try matmul(v, d), Reference.vD, tolerance: 1e-14)
        #expect(try matmul(v, v).shape == [])
        #expect(try matmul(v, v).scalar == 1 + 4 + 0.25 + 9)
        // Batch axes broadcast: [2, 1, 3, 4] × [5, 4, 2] → [2, 5, 3, 2].
        let a = try Tensor.ones(shape: [2, 1, 3, 4])
        let b = try Tensor.ones(shape: [5, 4, 2])
        let r = try matmul(a, b)
        #expect(r.shape == [2, 5, 3, 2] && r.scalars.allSatisfy { $0 == 4 })
    }

    @Test func nonContiguousOperands() throws {
        let a = try Reference.matA.tensor
        let at = a.transposed()  // 7×5 view
        let direct = try matmul(at, a)
        let copied = try matmul(Tensor(shape: at.shape, scalars: at.scalars), a)
        #expect(direct.scalars == copied.scalars)
        #expect(direct.shape == [7, 7])
    }

    @Test func largeBlockedProduct() throws {
        let n = 300
        let idx = Tensor.arange(Double(n * n))
        let g = try sin(idx).reshaped([n, n])
        let h = try cos(idx * 0.37).reshaped([n, n])
        let p = try matmul(g, h)
        var trace = 0.0
        for i in 0..<n { trace += try p.scalar(at: i, i) }
        #expect(Swift.abs(trace - Reference.bigMatmulTrace.values[0]) < 1e-10)
        expectClose(try p[(n - 2)..., (n - 3)...], Reference.bigMatmulCorner, tolerance: 1e-12)
    }

    @Test func emptyAndMismatch() throws {
        let z = try matmul(Tensor.zeros(shape: [2, 0]), Tensor.zeros(shape: [0, 3]))
        #expect(z.shape == [2, 3] && z.scalars == [0, 0, 0, 0, 0, 0])
        #expect(try matmul(Tensor.zeros(shape: [0, 2]), Tensor.zeros(shape: [2, 3])).shape == [0, 3])
        #expect(
            tensorErrorMessage { try matmul(Tensor.zeros(shape: [2, 3]), Tensor.zeros(shape: [4, 5])) }
                == "matmul: shapes [2, 3] and [4, 5] are not aligned (3 ≠ 4)")
        #expect(tensorErrorMessage { try matmul(Tensor(1), Tensor([1])) } != nil)
        #expect(
            tensorErrorMessage { try matmul(Tensor.zeros(shape: [2, 2, 2]), Tensor.zeros(shape: [3, 2, 2])) }
                == "matmul: batch axes of shapes [2, 2, 2] and [3, 2, 2] cannot be broadcast")
    }
}

private func sin(_ t: Tensor) -> Tensor { Tensor(t.scalars.map { Foundation.sin($0) }) }
private func cos(_ t: Tensor) -> Tensor { Tensor(t.scalars.map { Foundation.cos($0) }) }
