import Testing

@testable import FolioNumerics

@Suite struct TensorStorageTests {
    @Test func initialisersAndShape() throws {
        let v = Tensor([1, 2, 3])
        #expect(v.shape == [3] && v.rank == 1 && v.count == 3)
        let s = Tensor(2.5)
        #expect(s.shape == [] && s.count == 1)
        #expect(try s.scalar == 2.5)
        let m = try Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        #expect(m.scalars == [1, 2, 3, 4, 5, 6])
        #expect(try m.scalar(at: 1, 2) == 6)
        #expect(try m.scalar(at: -1, 0) == 4)
        let e = try Tensor(shape: [0, 4], scalars: [])
        #expect(e.count == 0 && e.isEmpty && e.scalars.isEmpty)
    }

    @Test func badInitialisersThrow() {
        #expect(
            tensorErrorMessage { try Tensor(shape: [2, 3], scalars: [1, 2]) }
                == "shape [2, 3] needs 6 scalars, got 2")
        #expect(
            tensorErrorMessage { try Tensor(shape: [-1, 3], scalars: []) }
                == "shape [-1, 3] has a negative dimension")
        #expect(tensorErrorMessage { try Tensor([1, 2]).scalar } != nil)
        #expect(tensorErrorMessage { try Tensor([1, 2]).scalar(at: 2) } != nil)
        #expect(tensorErrorMessage { try Tensor([1, 2]).scalar(at: 0, 0) } != nil)
    }

    @Test func copyOnWriteCopies() throws {
        let a: Tensor = [1, 2, 3]
        var b = a
        try b.setScalar(9, at: 0)
        #expect(a.scalars == [1, 2, 3])
        #expect(b.scalars == [9, 2, 3])
    }

    @Test func mutatingBaseDoesNotChangeView() throws {
        var base = try Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        let view = try base[1]
        let transposed = base.transposed()
        try base.setScalar(-1, at: 1, 0)
        base += 100
        #expect(view.scalars == [4, 5, 6])
        #expect(transposed.scalars == [1, 4, 2, 5, 3, 6])
        #expect(base.scalars == [101, 102, 103, 99, 105, 106])
    }

    @Test func mutatingViewDoesNotChangeBase() throws {
        let base = try Tensor(shape: [2, 2], scalars: [1, 2, 3, 4])
        var column = try base[0..., 1].reshaped([2])
        try column.setScalar(0, at: 0)
        #expect(base.scalars == [1, 2, 3, 4])
        #expect(column.scalars == [0, 4])
    }

    @Test func inPlaceUpdateReusesUniqueStorage() throws {
        var a = Tensor([1, 2, 3])
        let before = ObjectIdentifier(a.storage)
        a *= 2
        try a += Tensor([1, 1, 1])
        #expect(ObjectIdentifier(a.storage) == before)
        #expect(a.scalars == [3, 5, 7])
    }

    @Test func unsafeBuffers() {
        var a = Tensor([1, 2, 3, 4]).reshapedForTest([2, 2]).transposed()
        let sum = a.withUnsafeBufferPointer { $0.reduce(0, +) }
        #expect(sum == 10)
        a.withUnsafeMutableBufferPointer { $0[0] = 10 }
        #expect(a.scalars == [10, 3, 2, 4])
        #expect(a.shape == [2, 2])
    }
}

extension Tensor {
    func reshapedForTest(_ shape: [Int]) -> Tensor { (try? reshaped(shape)) ?? self }
}
