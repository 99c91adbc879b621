import Testing

@testable import FolioNumerics

@Suite struct TensorFactoriesTests {
    @Test func constantFactories() throws {
        #expect(try Tensor.zeros(shape: [2, 2]).scalars == [0, 0, 0, 0])
        #expect(try Tensor.ones(shape: [3]).scalars == [1, 1, 1])
        #expect(try Tensor.full(shape: [1, 2], value: 7).shape == [1, 2])
        #expect(try Tensor.zeros(shape: []).shape == [])
        #expect(try Tensor.zeros(shape: [0, 5]).count == 0)
        #expect(try Tensor.eye(3).scalars == [1, 0, 0, 0, 1, 0, 0, 0, 1])
        #expect(try Tensor.eye(2, columns: 3).scalars == [1, 0, 0, 0, 1, 0])
        #expect(tensorErrorMessage { try Tensor.zeros(shape: [2, -1]) } == "shape [2, -1] has a negative dimension")
    }

    @Test func rangesMatchNumPy() throws {
        expectClose(try Tensor.arange(0, 1, step: 0.1), Reference.arange, tolerance: 0)
        expectClose(try Tensor.arange(5, -1, step: -1.5), Reference.arangeNeg, tolerance: 0)
        #expect(Tensor.arange(4).scalars == [0, 1, 2, 3])
        #expect(Tensor.arange(-2).count == 0)
        #expect(tensorErrorMessage { try Tensor.arange(0, 1, step: 0) } != nil)
        expectClose(try Tensor.linspace(-1, 2, count: 7), Reference.linspace, tolerance: 0)
        expectClose(try Tensor.linspace(0, 1, count: 10), Reference.linspace10, tolerance: 0)
        #expect(try Tensor.linspace(3, 5, count: 1).scalars == [3])
        #expect(try Tensor.linspace(3, 5, count: 0).count == 0)
    }
}
