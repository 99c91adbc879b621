import Foundation
import Testing

@testable import FolioNumerics

@Suite struct CheckpointingTests {
    let width = 32, batch = 16, layers = 64
    var weights: Tensor {
        (try? Tensor.normal(shape: [width, width], standardDeviation: 0.2, key: RandomKey(seed: 1))) ?? Tensor(0)
    }
    var bias: Tensor {
        (try? Tensor.normal(shape: [width], standardDeviation: 0.1, key: RandomKey(seed: 2))) ?? Tensor(0)
    }
    var input: Tensor { (try? Tensor.normal(shape: [batch, width], key: RandomKey(seed: 3))) ?? Tensor(0) }

    static func layer(_ h: Tensor, _ w: Tensor, _ b: Tensor) throws -> Tensor {
        try tanh(matmul(h, w) + b)
    }

    /// A chain of `layers` identical layers, in segments of `segment` layers each checkpointed
    /// (segment = nil: no checkpointing).
    func run(segment: Int?) throws -> (gradients: [Tensor], statistics: TapeStatistics) {
        let tape = GradientTape()
        let gradients = try tape.gradient(at: [input, weights, bias]) { p in
            let (w, b) = (p[1], p[2])
            var h = p[0]
            if let segment {
                for _ in 0..<(layers / segment) {
                    h = try checkpointed(h) { x in
                        var y = x
                        for _ in 0..<segment { y = try Self.layer(y, w, b) }
                        return y
                    }
                }
            } else {
                for _ in 0..<layers { h = try Self.layer(h, w, b) }
            }
            return try (h * h).sum()
        }
        return (gradients, tape.statistics)
    }

    @Test func sqrtNCheckpointsKeepSqrtNActivationsAndExactGradients() throws {
        let plain = try run(segment: nil)
        let checkpointed = try run(segment: 8)
        print("checkpointing, 64 layers, no checkpoints: \(plain.statistics)")
        print("checkpointing, 64 layers, 8 checkpoints:  \(checkpointed.statistics)")
        for (a, b) in zip(plain.gradients, checkpointed.gradients) {
            #expect(a.shape == b.shape)
            #expect(a.scalars.map(\.bitPattern) == b.scalars.map(\.bitPattern), "gradients must be bit-identical")
        }
        // Without checkpoints every layer's activation is retained (plus the weights).
        #expect(plain.statistics.peakRetainedTensors >= layers)
        // With √n segments: √n checkpoints + one segment's √n activations (+ weights, input).
        #expect(checkpointed.statistics.peakRetainedTensors <= 2 * 8 + 4)
        #expect(checkpointed.statistics.peakRetainedBytes * 3 < plain.statistics.peakRetainedBytes)
        #expect(checkpointed.statistics.recomputedOperations == plain.statistics.recordedOperations - 2)
    }

    @Test func capturedClosureFormAndReplayChecks() throws {
        let x: Tensor = [0.5, -1, 2]
        let expected = try gradient(at: x) { x in try (tanh(x * 3) * x).sum() }
        let g = try gradient(at: x) { x in
            let y = try checkpointed { try tanh(x * 3) * x }
            return y.sum()
        }
        #expect(g.scalars == expected.scalars)
        // Outside a gradient, checkpointed just runs its body.
        #expect(try checkpointed(x) { $0 * 2 }.scalars == [1, -2, 4])
    }

    @Test func nonDeterministicSegmentIsReported() {
        final class Counter: @unchecked Sendable { var n = 0 }
        let counter = Counter()
        let message = tensorErrorMessage {
            try gradient(at: Tensor([1, 2])) { x in
                try checkpointed(x) { x in
                    counter.n += 1
                    return counter.n == 1 ? exp(x) : tanh(x)
                }.sum()
            }
        }
        #expect(message?.contains("did not repeat") == true)
    }
}
