import Testing

@testable import FolioNumerics

@Suite struct TensorBroadcastingTests {
    @Test func shapes() throws {
        #expect(try Tensor.broadcastShape([2, 3], [3]) == [2, 3])
        #expect(try Tensor.broadcastShape([3, 1], [1, 4]) == [3, 4])
        #expect(try Tensor.broadcastShape([2, 1, 3], [4, 1]) == [2, 4, 3])
        #expect(try Tensor.broadcastShape([], [5, 2]) == [5, 2])
        #expect(try Tensor.broadcastShape([0, 3], [3]) == [0, 3])
        #expect(try Tensor.broadcastShape([0], [1]) == [0])
        #expect(try Tensor.broadcastShape([1, 0], [5, 1]) == [5, 0])
        #expect(
            tensorErrorMessage { try Tensor.broadcastShape([2, 3], [4]) } == "shapes [2, 3] and [4] cannot be broadcast"
        )
        #expect(tensorErrorMessage { try Tensor.broadcastShape([0], [2]) } == "shapes [0] and [2] cannot be broadcast")
    }

    @Test func sizeOneAxesAndRankPromotion() throws {
        expectClose(try Reference.a23.tensor + Tensor([2, -4, 0.25]), Reference.addA23B3, tolerance: 0)
        expectClose(try Tensor([[1], [2], [3]]) - Tensor([[10, 20, 30, 40]]), Reference.subC31D14, tolerance: 0)
        let e = try Tensor.arange(0, 6).reshaped([2, 1, 3])
        let f = try (Tensor.arange(0, 4) * 10).reshaped([4, 1])
        expectClose(try e + f, Reference.addE213F41, tolerance: 0)
        expectClose(try f + e, Reference.addE213F41, tolerance: 0)
    }

    @Test func emptyTensors() throws {
        let empty = try Tensor.zeros(shape: [0, 3])
        let r = try empty + Tensor([1, 2, 3])
        #expect(r.shape == [0, 3] && r.count == 0)
        #expect(try (Tensor([Double]()) * Tensor(2)).shape == [0])
        #expect(try (Tensor([Double]()) + Tensor([5])).shape == [0])
        #expect(tensorErrorMessage { try empty + Tensor([1, 2]) } == "shapes [0, 3] and [2] cannot be broadcast")
    }

    @Test func broadcastView() throws {
        let row = Tensor([1, 2, 3])
        let b = try row.broadcast(to: [2, 3])
        #expect(b.scalars == [1, 2, 3, 1, 2, 3])
        #expect(tensorErrorMessage { try row.broadcast(to: [3, 2]) } == "shape [3] cannot be broadcast to [3, 2]")
        #expect(
            tensorErrorMessage { try Tensor.zeros(shape: [2, 3]).broadcast(to: [3]) }
                == "shape [2, 3] cannot be broadcast to [3]")
    }

    @Test func nonContiguousOperands() throws {
        let m = try Tensor.arange(0, 6).reshaped([2, 3])
        let t = m.transposed()  // [[0, 3], [1, 4], [2, 5]]
        #expect(try (t + t).scalars == [0, 6, 2, 8, 4, 10])
        #expect(try (t * Tensor([1, 10])).scalars == [0, 30, 1, 40, 2, 50])
        #expect((t + 1).scalars == [1, 4, 2, 5, 3, 6])
    }
}
