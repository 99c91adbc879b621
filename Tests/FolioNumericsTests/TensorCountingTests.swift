import Testing

@testable import FolioNumerics

@Suite struct TensorCountingTests {
    @Test func bincountMatchesNumPy() throws {
        expectClose(try bincount(Tensor([0, 1, 1, 3, 2, 1, 7]), length: 3), Reference.bincount, tolerance: 0)
        expectClose(
            try bincount(Tensor([0, 1, 1, 3]), length: 6, weights: Tensor([0.5, 1, -2, 3])),
            Reference.bincountWeighted, tolerance: 0)
        #expect(try bincount(Tensor([Double]()), length: 2).scalars == [0, 0])
        #expect(
            tensorErrorMessage { try bincount(Tensor([1, -1])) } == "bincount needs non-negative integers, got -1.0")
        #expect(tensorErrorMessage { try bincount(Tensor([0.5])) } != nil)
        #expect(tensorErrorMessage { try bincount(Tensor([.nan])) } != nil)
    }

    @Test func histogramMatchesNumPy() throws {
        let data = try Reference.hData.tensor
        let (counts, edges) = try histogram(data, bins: 5, range: 0...1)
        expectClose(counts, Reference.hCounts, tolerance: 0)
        expectClose(edges, Reference.hEdges, tolerance: 0)
        let finite = try data.elements(where: isFinite(data))
        let auto = try histogram(finite, bins: 4)
        expectClose(auto.counts, Reference.hCountsAuto, tolerance: 0)
        expectClose(auto.edges, Reference.hEdgesAuto, tolerance: 0)
        let tenths = Tensor((1..<30).map { 0.1 * Double($0) })
        expectClose(try histogram(tenths, bins: 7, range: 0.1...2.9).counts, Reference.hCountsTenths, tolerance: 0)
        #expect(tensorErrorMessage { try histogram(data, bins: 3) } == "histogram range [nan, nan] is not finite")
        #expect(tensorErrorMessage { try histogram(data, bins: 0) } != nil)
        #expect(try histogram(Tensor([2, 2]), bins: 2).edges.scalars == [1.5, 2, 2.5])
    }

    @Test func quantileMatchesNumPyLinear() throws {
        let data = try Reference.qData.tensor
        expectClose(try quantile(data, q: Reference.qs.tensor), Reference.quantiles, tolerance: 0)
        expectClose(try quantile(Reference.m.tensor, q: 0.3, axis: 1), Reference.quantileM1, tolerance: 0)
        #expect(try quantile(data, q: 0.5).shape == [])
        #expect(try quantile(Tensor([1, .nan, 3]), q: 0.5).scalar.isNaN)
        #expect(tensorErrorMessage { try quantile(data, q: 1.5) } == "quantile q = 1.5 is not in [0, 1]")
        #expect(tensorErrorMessage { try quantile(Tensor([Double]()), q: 0.5) } != nil)
    }
}
