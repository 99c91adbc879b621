import Testing

@testable import FolioNumerics

@Suite struct TensorSoftmaxTests {
    @Test func hugeLogitsMatchSciPy() throws {
        let logits = try Reference.logits.tensor
        expectClose(softmax(logits), Reference.softmaxLogits, tolerance: 1e-15)
        expectClose(logSoftmax(logits), Reference.logSoftmaxLogits, tolerance: 1e-15)
        expectClose(try logits.logSumExp(axis: -1), Reference.logSumExpLogits, tolerance: 1e-15)
        expectClose(try softmax(logits, axis: 0), Reference.softmaxLogitsAxis0, tolerance: 1e-15)
        #expect(softmax(logits).scalars.allSatisfy { $0.isFinite })
        #expect(logSoftmax(logits).scalars.allSatisfy { $0.isFinite })
    }

    @Test func shapesAndEdges() throws {
        #expect(try softmax(Tensor(3)).scalar == 1)
        #expect(try logSoftmax(Tensor(3)).scalar == 0)
        #expect(softmax(Tensor([Double]())).shape == [0])
        #expect(softmax(Tensor([.nan, 1])).scalars.allSatisfy { $0.isNaN })
        #expect(tensorErrorMessage { try softmax(Tensor([1, 2]), axis: 1) } != nil)
        let rows = try softmax(Reference.m.tensor).sum(axis: 1)
        #expect(close(rows.scalars, [1, 1, 1], tolerance: 1e-15))
    }

    @Test func crossEntropyMatchesReference() throws {
        let logits = try Reference.ceLogits.tensor
        expectClose(try crossEntropy(logits: logits, labels: Tensor([0, 2])), Reference.crossEntropy, tolerance: 1e-15)
        expectClose(
            try crossEntropy(logits: logits, labels: Reference.ceSoft.tensor), Reference.crossEntropySoft,
            tolerance: 1e-15)
        let huge = try crossEntropy(logits: Tensor([[1000, -1000]]), labels: Tensor([1])).scalar
        #expect(huge == 2000)
        #expect(
            tensorErrorMessage { try crossEntropy(logits: logits, labels: Tensor([0, 3])) }
                == "crossEntropy: label 3.0 is not a class index in 0..<3")
        #expect(
            tensorErrorMessage { try crossEntropy(logits: logits, labels: Tensor([0, 1, 2])) }
                == "crossEntropy: labels of shape [3] fit neither logits of shape [2, 3] nor their batch shape [2]")
    }
}
