import Foundation
import Testing

@testable import FolioNumerics

/// Optimizer updates against PyTorch's update equations (Reference/optimizers.py), five steps
/// on two parameters of different shapes.
@Suite struct OptimizerTests {
    func run<O: Optimizer>(
        _ optimizer: O, against expected: [[[Double]]], sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        var opt = optimizer
        let R = OptimizerReference.self
        var params = try zip(R.shapes, R.initial).map { try Tensor(shape: $0, scalars: $1) }
        for (step, grads) in R.gradients.enumerated() {
            let g = try zip(R.shapes, grads).map { try Tensor(shape: $0, scalars: $1) }
            try opt.step(parameters: &params, gradients: g)
            for (p, e) in zip(params, expected[step]) {
                #expect(
                    close(p.scalars, e, tolerance: 1e-15), "step \(step + 1): \(p.scalars) ≠ \(e)",
                    sourceLocation: sourceLocation)
            }
        }
        #expect(params.map(\.shape) == R.shapes, sourceLocation: sourceLocation)
    }

    @Test func sgd() throws {
        try run(SGD(learningRate: 0.1), against: OptimizerReference.sgd)
        try run(SGD(learningRate: 0.1, momentum: 0.9), against: OptimizerReference.sgdMomentum)
        try run(
            SGD(learningRate: 0.05, momentum: 0.8, nesterov: true, weightDecay: 0.01),
            against: OptimizerReference.sgdNesterovDecay)
    }

    @Test func adam() throws {
        try run(Adam(learningRate: 0.01), against: OptimizerReference.adam)
        try run(
            Adam(learningRate: 0.02, beta1: 0.3, beta2: 0.9, epsilon: 1e-6, weightDecay: 0.1),
            against: OptimizerReference.adamL2LowBeta)
    }

    @Test func adamW() throws {
        try run(AdamW(learningRate: 0.01, weightDecay: 0.1), against: OptimizerReference.adamW)
    }

    @Test func minimizesAQuadraticWithGradients() throws {
        // f(w) = ‖w − target‖²: each optimizer drives w to the target.
        let target: Tensor = [1.0, -2.0, 0.5]
        func loss(_ w: Tensor) throws -> Tensor { try pow(w - target, 2).sum() }
        var optimizers: [any Optimizer] = [
            SGD(learningRate: 0.1, momentum: 0.5), Adam(learningRate: 0.1), AdamW(learningRate: 0.1, weightDecay: 0),
        ]
        for k in optimizers.indices {
            var w = try Tensor.zeros(shape: [3])
            for _ in 0..<500 {
                let g = try gradient(at: w, of: loss)
                try optimizers[k].step(parameter: &w, gradient: g)
            }
            let final = try loss(w).scalar
            #expect(final < 1e-8, "optimizer \(k): loss \(final)")
        }
    }

    @Test func mismatchesAreErrors() throws {
        var opt = Adam()
        var params: [Tensor] = [[1.0, 2.0]]
        #expect(
            tensorErrorMessage { try opt.step(parameters: &params, gradients: []) }?.contains(
                "1 parameters but 0 gradients") == true)
        #expect(tensorErrorMessage { try opt.step(parameters: &params, gradients: [[1.0]]) }?.contains("[2]") == true)
        try opt.step(parameters: &params, gradients: [[1.0, 1.0]])
        var other: [Tensor] = [[1.0, 2.0, 3.0]]
        #expect(
            tensorErrorMessage { try opt.step(parameters: &other, gradients: [[1.0, 1.0, 1.0]]) }?.contains(
                "previous step") == true)
        #expect(opt.stepCount == 1)
    }
}
