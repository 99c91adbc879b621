import Foundation

/// A first-order optimizer: updates parameters in place from their gradients, keeping its own
/// state (momentum, moment estimates, step count) between steps.
///
/// Design for notes: optimizers are value types with a `mutating step`, so a note writes
///
/// ```swift
/// var opt = Adam(learningRate: 0.01)
/// var params = [w, b]
/// for _ in 0..<200 {
///     let g = try GradientTape().gradient(at: params) { p in try loss(p[0], p[1]) }
///     try opt.step(parameters: &params, gradients: g)
/// }
/// ```
///
/// and copying an optimizer (e.g. to compare two runs from the same state) copies its state.
/// The parameters are a list that must keep its length and shapes from step to step (the
/// state is kept per position); the update formulas are exactly PyTorch's (`torch.optim`,
/// default `foreach=False` semantics), so a note can reproduce a PyTorch run.
public protocol Optimizer: Sendable {
    /// Applies one update to `parameters` from `gradients` (same count and shapes, in the
    /// same order at every step).
    /// - Throws: ``TensorError`` if the counts or shapes differ from the gradients' or from
    ///   the previous step's, or if a gradient is traced (call it outside a gradient closure).
    mutating func step(parameters: inout [Tensor], gradients: [Tensor]) throws
}

extension Optimizer {
    /// One update of a single parameter tensor (a one-element list).
    public mutating func step(parameter: inout Tensor, gradient: Tensor) throws {
        var list = [parameter]
        try step(parameters: &list, gradients: [gradient])
        parameter = list[0]
    }
}

/// The state that an optimizer keeps per parameter: buffers of the parameters' shapes.
struct OptimizerState: Sendable {
    var shapes: [[Int]]? = nil
    var buffers: [[[Double]]] = []  // buffers[k][i]: the k-th buffer of parameter i

    /// Checks the counts and shapes, and creates `bufferCount` zero buffers per parameter on
    /// the first step.
    mutating func validate(_ parameters: [Tensor], _ gradients: [Tensor], bufferCount: Int, name: String) throws {
        guard parameters.count == gradients.count else {
            throw TensorError("\(name).step: \(parameters.count) parameters but \(gradients.count) gradients")
        }
        for (p, g) in zip(parameters, gradients) where p.shape != g.shape {
            throw TensorError("\(name).step: parameter of shape \(p.shape) and gradient of shape \(g.shape) differ")
        }
        let shapes = parameters.map(\.shape)
        if let known = self.shapes {
            guard known == shapes else {
                throw TensorError(
                    "\(name).step: parameter shapes \(shapes) differ from the previous step's \(known); use a new optimizer for new parameters"
                )
            }
        } else {
            self.shapes = shapes
            buffers = (0..<bufferCount).map { _ in parameters.map { [Double](repeating: 0, count: $0.count) } }
        }
    }
}

/// Stochastic gradient descent with optional momentum, Nesterov momentum and (L2) weight
/// decay, as `torch.optim.SGD` (dampening 0):
///
///     g ← ∇ + weightDecay·θ
///     b ← g (first step), b ← momentum·b + g (later steps)
///     g ← g + momentum·b (Nesterov) or b (classical momentum)
///     θ ← θ − learningRate·g
///
/// With `momentum: 0` it is plain gradient descent.
public struct SGD: Optimizer {
    /// The step size.
    public var learningRate: Double
    /// The momentum coefficient (0: none).
    public var momentum: Double
    /// Whether to use Nesterov's look-ahead form of momentum (needs momentum > 0).
    public var nesterov: Bool
    /// The L2 penalty coefficient added to the gradient (coupled weight decay).
    public var weightDecay: Double
    /// The number of steps taken.
    public private(set) var stepCount = 0
    var state = OptimizerState()

    /// An SGD optimizer (PyTorch's defaults apart from the learning rate, which it requires).
    public init(learningRate: Double, momentum: Double = 0, nesterov: Bool = false, weightDecay: Double = 0) {
        self.learningRate = learningRate
        self.momentum = momentum
        self.nesterov = nesterov
        self.weightDecay = weightDecay
    }

    /// One update of every parameter from its gradient (same order and shapes), advancing
    /// `stepCount`. Throws ``TensorError`` when the counts or shapes disagree with each other
    /// or with the parameters of earlier steps.
    public mutating func step(parameters: inout [Tensor], gradients: [Tensor]) throws {
        try state.validate(parameters, gradients, bufferCount: 1, name: "SGD")
        stepCount += 1
        let (lr, mu, wd, first, nesterov) = (learningRate, momentum, weightDecay, stepCount == 1, nesterov)
        for i in parameters.indices {
            let g = gradients[i].detached.scalars
            var buffer = state.buffers[0][i]
            var p = parameters[i].detached
            p.withUnsafeMutableBufferPointer { theta in
                for j in 0..<g.count {
                    var d = g[j] + wd * theta[j]
                    if mu != 0 {
                        buffer[j] = first ? d : mu * buffer[j] + d
                        d = nesterov ? d + mu * buffer[j] : buffer[j]
                    }
                    theta[j] -= lr * d
                }
            }
            state.buffers[0][i] = buffer
            parameters[i] = p
        }
    }
}

/// Adam (Kingma & Ba), as `torch.optim.Adam`, with optional L2 weight decay added to the
/// gradient (for decoupled decay use ``AdamW``):
///
///     g ← ∇ + weightDecay·θ
///     m ← β₁·m + (1 − β₁)·g (as PyTorch's lerp);  v ← β₂·v + (1 − β₂)·g²
///     θ ← θ − (lr / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)
///
/// (the bias corrections placed exactly as PyTorch places them, so results agree to the last
/// bits, not just algebraically).
public struct Adam: Optimizer {
    /// The step size.
    public var learningRate: Double
    /// The decay rate of the first-moment (mean) estimate.
    public var beta1: Double
    /// The decay rate of the second-moment (uncentred variance) estimate.
    public var beta2: Double
    /// Added to the denominator for numerical stability.
    public var epsilon: Double
    /// The L2 penalty coefficient added to the gradient.
    public var weightDecay: Double
    /// The number of steps taken (t in the bias corrections).
    public private(set) var stepCount = 0
    var state = OptimizerState()
    var decoupled = false
    var name = "Adam"

    /// An Adam optimizer with PyTorch's defaults.
    public init(
        learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8,
        weightDecay: Double = 0
    ) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
    }

    /// One update of every parameter from its gradient (same order and shapes), advancing
    /// `stepCount`. Throws ``TensorError`` when the counts or shapes disagree with each other
    /// or with the parameters of earlier steps.
    public mutating func step(parameters: inout [Tensor], gradients: [Tensor]) throws {
        try state.validate(parameters, gradients, bufferCount: 2, name: name)
        stepCount += 1
        let t = Double(stepCount)
        let (lr, b1, b2, eps, wd, decoupled) = (learningRate, beta1, beta2, epsilon, weightDecay, decoupled)
        let correction1 = 1 - Foundation.pow(b1, t)
        let correction2Root = (1 - Foundation.pow(b2, t)).squareRoot()
        let stepSize = lr / correction1
        for i in parameters.indices {
            let g = gradients[i].detached.scalars
            var m = state.buffers[0][i]
            var v = state.buffers[1][i]
            var p = parameters[i].detached
            p.withUnsafeMutableBufferPointer { theta in
                for j in 0..<g.count {
                    var d = g[j]
                    if decoupled {
                        theta[j] *= 1 - lr * wd
                    } else if wd != 0 {
                        d += wd * theta[j]
                    }
                    // PyTorch's m.lerp_(g, 1 − β₁), in its two forms.
                    let w = 1 - b1
                    m[j] = w < 0.5 ? m[j] + w * (d - m[j]) : d - (d - m[j]) * (1 - w)
                    v[j] = b2 * v[j] + (1 - b2) * d * d
                    let denominator = v[j].squareRoot() / correction2Root + eps
                    theta[j] -= stepSize * (m[j] / denominator)
                }
            }
            state.buffers[0][i] = m
            state.buffers[1][i] = v
            parameters[i] = p
        }
    }
}

/// AdamW (Loshchilov & Hutter), as `torch.optim.AdamW`: Adam with decoupled weight decay,
/// θ ← θ·(1 − lr·weightDecay) before the Adam update, so the decay is not rescaled by the
/// adaptive denominator. PyTorch's default weight decay is 0.01.
public struct AdamW: Optimizer {
    var adam: Adam

    /// An AdamW optimizer with PyTorch's defaults.
    public init(
        learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8,
        weightDecay: Double = 0.01
    ) {
        adam = Adam(learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon, weightDecay: weightDecay)
        adam.decoupled = true
        adam.name = "AdamW"
    }

    /// The step size.
    public var learningRate: Double {
        get { adam.learningRate }
        set { adam.learningRate = newValue }
    }
    /// The decoupled weight decay coefficient.
    public var weightDecay: Double {
        get { adam.weightDecay }
        set { adam.weightDecay = newValue }
    }
    /// The number of steps taken.
    public var stepCount: Int { adam.stepCount }

    /// One update of every parameter from its gradient (same order and shapes), advancing
    /// `stepCount`. Throws ``TensorError`` when the counts or shapes disagree with each other
    /// or with the parameters of earlier steps.
    public mutating func step(parameters: inout [Tensor], gradients: [Tensor]) throws {
        try adam.step(parameters: &parameters, gradients: gradients)
    }
}
