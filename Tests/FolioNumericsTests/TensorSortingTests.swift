import Testing

@testable import FolioNumerics

@Suite struct TensorSortingTests {
    @Test func sortAndArgsortWithNaNAndTies() throws {
        let s = try Reference.sortInput.tensor
        expectClose(sort(s), Reference.sorted, tolerance: 0)
        expectClose(argsort(s), Reference.argsorted, tolerance: 0)
        let t = try Reference.sort2.tensor
        expectClose(try sort(t, axis: 0), Reference.sort2Axis0, tolerance: 0)
        expectClose(try argsort(t, axis: 1), Reference.argsort2Axis1, tolerance: 0)
        #expect(sort(Tensor([Double]())).shape == [0])
        #expect(tensorErrorMessage { try sort(t, axis: 2) } != nil)
    }

    @Test func topKLargestFirst() throws {
        let (values, indices) = try topK(Tensor([[1, 5, 3, 5], [.nan, 0, -1, 2]]), k: 2)
        #expect(values.shape == [2, 2])
        #expect(values.scalars[0] == 5 && values.scalars[1] == 5 && values.scalars[2].isNaN && values.scalars[3] == 2)
        #expect(indices.scalars == [1, 3, 0, 3])
        #expect(try topK(Tensor([3, 1]), k: 0).values.shape == [0])
        #expect(tensorErrorMessage { try topK(Tensor([3, 1]), k: 3) } == "topK: k = 3 is out of range for shape [2]")
    }

    /// The one-pass selection behind `topK` must return exactly the full sort's prefix: lanes
    /// with many ties, NaNs, signed zeros and infinities, for every small `k`.
    @Test func topKSelectionIsTheSortPrefix() {
        var state: UInt64 = 42
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let specials: [Double] = [.nan, -.nan, 0, -0.0, .infinity, -.infinity]
        for n in [1, 8, 9, 64, 256, 300] {
            let lane: [Double] = (0..<n).map { _ in
                let r = next() % 20
                return r < 2 ? specials[Int(next() % 6)] : Double(next() % 7) - 3  // heavy ties
            }
            lane.withUnsafeBufferPointer { p in
                let sorted = Tensor.descending(p)
                for k in Array(0...min(n, 12)) + [n / 8, min(n, 64)] {
                    #expect(Tensor.descendingPrefix(p, k) == Array(sorted.prefix(k)), "n = \(n), k = \(k)")
                }
            }
        }
    }

    @Test func concatenateAndStack() throws {
        let a: Tensor = [[1, 2], [3, 4]]
        let b: Tensor = [[5, 6]]
        #expect(try Tensor.concatenated([a, b]).scalars == [1, 2, 3, 4, 5, 6])
        let c = try Tensor.concatenated([a, b.transposed()], axis: -1)
        #expect(c.shape == [2, 3] && c.scalars == [1, 2, 5, 3, 4, 6])
        #expect(try Tensor.concatenated([a, Tensor.zeros(shape: [0, 2])]).shape == [2, 2])
        #expect(
            tensorErrorMessage { try Tensor.concatenated([a, b], axis: 1) }
                == "concatenated: shapes [2, 2] and [1, 2] differ off axis 1")
        let s = try Tensor.stacked([Tensor([1, 2]), Tensor([3, 4]), Tensor([5, 6])], axis: 1)
        #expect(s.shape == [2, 3] && s.scalars == [1, 3, 5, 2, 4, 6])
        #expect(try Tensor.stacked([Tensor(1), Tensor(2)]).shape == [2])
        #expect(
            tensorErrorMessage { try Tensor.stacked([Tensor([1]), Tensor([1, 2])]) }
                == "stacked: shapes [1] and [2] differ")
        #expect(tensorErrorMessage { try Tensor.stacked([]) } != nil)
    }
}
