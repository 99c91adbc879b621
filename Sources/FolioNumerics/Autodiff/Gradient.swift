import Foundation

/// What a gradient computation retained: the activations its pullbacks needed. Reported by
/// ``GradientTape`` so that a note can measure what `checkpointed` saves.
public struct TapeStatistics: Sendable, Equatable, CustomStringConvertible {
    /// The largest number of bytes of saved tensors held at once (forward and backward pass);
    /// a storage buffer shared by several saved tensors counts once.
    public var peakRetainedBytes: Int
    /// The largest number of distinct saved tensors (storage buffers) held at once.
    public var peakRetainedTensors: Int
    /// The number of operations recorded in the forward pass (inputs excluded).
    public var recordedOperations: Int
    /// The number of operations run again by checkpointed segments in the backward pass.
    public var recomputedOperations: Int

    /// Statistics from parts (the tape fills these in; tests compare against them).
    public init(
        peakRetainedBytes: Int = 0, peakRetainedTensors: Int = 0, recordedOperations: Int = 0,
        recomputedOperations: Int = 0
    ) {
        self.peakRetainedBytes = peakRetainedBytes
        self.peakRetainedTensors = peakRetainedTensors
        self.recordedOperations = recordedOperations
        self.recomputedOperations = recomputedOperations
    }

    /// Peak retained bytes and tensors, recorded and recomputed operations, on one line.
    public var description: String {
        "peak \(peakRetainedBytes) bytes in \(peakRetainedTensors) tensors, \(recordedOperations) operations recorded, \(recomputedOperations) recomputed"
    }
}

/// Takes gradients and remembers the ``TapeStatistics`` of the last one:
///
/// ```swift
/// let tape = GradientTape()
/// let g = try tape.gradient(at: w) { w in try loss(w) }
/// print(tape.statistics.peakRetainedBytes)
/// ```
///
/// The free functions ``gradient(at:of:)-(Tensor,_)`` and ``valueWithGradient(at:of:)-(Tensor,_)``
/// use a fresh tape each time. Not for concurrent use: give each task its own tape.
public final class GradientTape: @unchecked Sendable {
    /// The statistics of the most recent gradient taken with this tape.
    public private(set) var statistics = TapeStatistics()

    /// A fresh recorder with nothing recorded.
    public init() {}

    /// The value of `f` at `inputs` and its gradient with respect to each input.
    ///
    /// `f` must return a one-element tensor (a loss). Its inputs are traced: every
    /// differentiable operation of FolioNumerics applied to them (or to anything computed from
    /// them) is recorded, and the pullbacks are run backwards from the result. Tensors that `f`
    /// captures from outside are constants. A result that does not depend on an input gives
    /// that input a zero gradient. Values leave the trace through `scalar`/`scalars` and
    /// through ``stopGradient(_:)``; a gradient reaching a non-differentiable operation
    /// (argmax, comparisons, sort indices, …) throws.
    /// - Throws: what `f` throws; ``TensorError`` if the result has several elements, if a
    ///   gradient reaches a non-differentiable operation, or if gradients are nested.
    public func valueWithGradient(
        at inputs: [Tensor], of f: ([Tensor]) throws -> Tensor
    ) throws -> (value: Tensor, gradients: [Tensor]) {
        let tape = Tape()
        defer { tape.finish() }
        let leaves = inputs.map { tape.leaf($0) }
        let output = try Tape.$current.withValue(tape) { try f(leaves) }
        guard output.count == 1 else {
            throw TensorError(
                "gradient needs a function whose result has one element (a loss), got shape \(output.shape); reduce it, e.g. with .sum()"
            )
        }
        let value = output.detached
        var gradients: [Tensor]
        if let t = output.tracer, t.tape === tape {
            let found = try tape.backward(
                from: t.node, shape: output.shape, wanted: leaves.compactMap { $0.tracer?.node })
            gradients = try zip(inputs, found).map { input, g in try g ?? Tensor.zeros(shape: input.shape) }
        } else {
            if let failure = tape.failure { throw TensorError(failure) }
            gradients = try inputs.map { try Tensor.zeros(shape: $0.shape) }
        }
        gradients = gradients.map(\.detached)
        statistics = TapeStatistics(
            peakRetainedBytes: tape.peakBytes, peakRetainedTensors: tape.peakTensors,
            recordedOperations: tape.nodes.count - inputs.count, recomputedOperations: tape.recomputedOperations)
        return (value, gradients)
    }

    /// The gradient of `f` with respect to each of `inputs` (see
    /// ``valueWithGradient(at:of:)-([Tensor],_)``).
    public func gradient(at inputs: [Tensor], of f: ([Tensor]) throws -> Tensor) throws -> [Tensor] {
        try valueWithGradient(at: inputs, of: f).gradients
    }

    /// The value of `f` at `x` and its gradient (same shape as `x`).
    public func valueWithGradient(at x: Tensor, of f: (Tensor) throws -> Tensor) throws -> (
        value: Tensor, gradient: Tensor
    ) {
        let r = try valueWithGradient(at: [x]) { try f($0[0]) }
        return (r.value, r.gradients[0])
    }

    /// The gradient of `f` at `x` (same shape as `x`).
    public func gradient(at x: Tensor, of f: (Tensor) throws -> Tensor) throws -> Tensor {
        try valueWithGradient(at: x, of: f).gradient
    }
}

/// The value of `f` at `x` and its gradient ∇f(x), by reverse-mode differentiation on a tape:
/// `let (loss, g) = try valueWithGradient(at: w) { w in try (w * w).sum() }`.
/// See ``GradientTape/valueWithGradient(at:of:)-([Tensor],_)`` for what is traced.
/// - Throws: ``TensorError`` if `f`'s result has several elements or a gradient reaches a
///   non-differentiable operation; what `f` throws.
public func valueWithGradient(at x: Tensor, of f: (Tensor) throws -> Tensor) throws -> (value: Tensor, gradient: Tensor)
{
    try GradientTape().valueWithGradient(at: x, of: f)
}

/// The gradient ∇f(x) of a function with a one-element result, same shape as `x`:
/// `gradient(at: w) { w in try (w * w).sum() }` is `2 * w`.
/// - Throws: as ``valueWithGradient(at:of:)-(Tensor,_)``.
public func gradient(at x: Tensor, of f: (Tensor) throws -> Tensor) throws -> Tensor {
    try GradientTape().gradient(at: x, of: f)
}

/// The value of `f` at `(x, y)` and its gradients with respect to both.
public func valueWithGradient(
    at x: Tensor, _ y: Tensor, of f: (Tensor, Tensor) throws -> Tensor
) throws -> (value: Tensor, gradient: (Tensor, Tensor)) {
    let r = try GradientTape().valueWithGradient(at: [x, y]) { try f($0[0], $0[1]) }
    return (r.value, (r.gradients[0], r.gradients[1]))
}

/// The gradients of `f` at `(x, y)` with respect to both.
public func gradient(at x: Tensor, _ y: Tensor, of f: (Tensor, Tensor) throws -> Tensor) throws -> (Tensor, Tensor) {
    try valueWithGradient(at: x, y, of: f).gradient
}

/// The value of `f` at `(x, y, z)` and its gradients with respect to all three.
public func valueWithGradient(
    at x: Tensor, _ y: Tensor, _ z: Tensor, of f: (Tensor, Tensor, Tensor) throws -> Tensor
) throws -> (value: Tensor, gradient: (Tensor, Tensor, Tensor)) {
    let r = try GradientTape().valueWithGradient(at: [x, y, z]) { try f($0[0], $0[1], $0[2]) }
    return (r.value, (r.gradients[0], r.gradients[1], r.gradients[2]))
}

/// The gradients of `f` at `(x, y, z)` with respect to all three.
public func gradient(
    at x: Tensor, _ y: Tensor, _ z: Tensor, of f: (Tensor, Tensor, Tensor) throws -> Tensor
) throws -> (Tensor, Tensor, Tensor) {
    try valueWithGradient(at: x, y, z, of: f).gradient
}

/// The gradients of `f` with respect to each tensor of `inputs` (any number of parameters).
public func gradient(at inputs: [Tensor], of f: ([Tensor]) throws -> Tensor) throws -> [Tensor] {
    try GradientTape().gradient(at: inputs, of: f)
}

/// The value of `f` and its gradients with respect to each tensor of `inputs`.
public func valueWithGradient(at inputs: [Tensor], of f: ([Tensor]) throws -> Tensor) throws -> (
    value: Tensor, gradients: [Tensor]
) {
    try GradientTape().valueWithGradient(at: inputs, of: f)
}

/// The derivative of a function of one number, written with tensor operations on a 0-d
/// tensor: `gradient(at: 3.0) { x in x * x }` is 6. (Double arithmetic itself cannot be
/// traced, so the closure receives the number as a 0-d `Tensor`.)
public func gradient(at x: Double, of f: (Tensor) throws -> Tensor) throws -> Double {
    try valueWithGradient(at: x, of: f).gradient
}

/// The value and derivative of a function of one number (see ``gradient(at:of:)-(Double,_)``).
public func valueWithGradient(at x: Double, of f: (Tensor) throws -> Tensor) throws -> (value: Double, gradient: Double)
{
    let r = try GradientTape().valueWithGradient(at: Tensor(x), of: f)
    return (try r.value.scalar, try r.gradient.scalar)
}

/// The partial derivatives of a function of two numbers (received as 0-d tensors).
public func gradient(at x: Double, _ y: Double, of f: (Tensor, Tensor) throws -> Tensor) throws -> (Double, Double) {
    let (gx, gy) = try gradient(at: Tensor(x), Tensor(y), of: f)
    return (try gx.scalar, try gy.scalar)
}

/// The value and partial derivatives of a function of two numbers (received as 0-d tensors).
public func valueWithGradient(
    at x: Double, _ y: Double, of f: (Tensor, Tensor) throws -> Tensor
) throws -> (value: Double, gradient: (Double, Double)) {
    let r = try valueWithGradient(at: Tensor(x), Tensor(y), of: f)
    return (try r.value.scalar, (try r.gradient.0.scalar, try r.gradient.1.scalar))
}

/// `x` as a constant: the same value, but no gradient flows back through it.
///
/// Why: straight-through estimators and targets. `x + stopGradient(hard - x)` has the value
/// of `hard` (up to one rounding) and the gradient of `x` — e.g. a hard one-hot forward pass
/// with the softmax's gradient (Gumbel-softmax "straight-through"). For the exact value of
/// `hard`, use ``straightThrough(_:gradientOf:)``. Also the way to use a non-differentiable
/// result (an argmax, a comparison mask) inside a differentiated function.
public func stopGradient(_ x: Tensor) -> Tensor {
    x.detached
}

/// A tensor whose value is exactly `value` and whose gradient flows to `gradientOf` as if
/// the result were `gradientOf` (the identity pullback): the straight-through estimator.
/// `straightThrough(oneHot, gradientOf: softmax(logits))` is a hard sample in the forward
/// pass and the soft sample's gradient in the backward pass. Unlike
/// `soft + stopGradient(hard - soft)`, the value is `hard` bit for bit.
/// - Throws: ``TensorError`` naming both shapes if they differ.
public func straightThrough(_ value: Tensor, gradientOf surrogate: Tensor) throws -> Tensor {
    guard value.shape == surrogate.shape else {
        throw TensorError(
            "straightThrough: value of shape \(value.shape) and surrogate of shape \(surrogate.shape) differ")
    }
    return Autodiff.record("straightThrough", [surrogate], value.detached) { g, _ in [g] }
}

/// Gradient checkpointing: runs `body(x)` without keeping its intermediate activations for
/// the backward pass — only `x` is kept — and runs it again during the backward pass to
/// recompute them just before they are needed.
///
/// Why: a chain of n layers normally retains n activations; with √n checkpointed segments of
/// √n layers it retains about 2√n, at the price of one more forward pass (the tape's
/// ``TapeStatistics`` measure both). The gradients are bit-identical to those without
/// checkpointing: the recomputation repeats the same operations on the same values, and
/// the backward pass then runs the same pullbacks in the same order.
///
/// The body must be a deterministic function of `x` and of tensors that do not change until
/// the gradient is taken (captured weights are fine); a body that records different
/// operations when run again is reported as an error. Outside a gradient, or nested inside
/// another checkpointed segment, it simply returns `body(x)`.
/// - Throws: what `body` throws.
public func checkpointed(_ x: Tensor, _ body: @escaping (Tensor) throws -> Tensor) throws -> Tensor {
    guard let tape = x.activeTape, tape.segmentStart == nil, tape.replayCursor == nil else { return try body(x) }
    return try tape.checkpoint(inputs: [x]) { try body(x) }
}

/// Gradient checkpointing of a segment with several inputs (see ``checkpointed(_:_:)``).
public func checkpointed(_ inputs: [Tensor], _ body: @escaping ([Tensor]) throws -> Tensor) throws -> Tensor {
    guard let tape = inputs.lazy.compactMap(\.activeTape).first, tape.segmentStart == nil, tape.replayCursor == nil
    else {
        return try body(inputs)
    }
    return try tape.checkpoint(inputs: inputs) { try body(inputs) }
}

/// Gradient checkpointing of a segment written as a closure over tensors it captures
/// (`let h2 = try checkpointed { try block(h1) }`). Captured tensors are not retained by the
/// tape (they are only referenced by the closure), and a captured `var` that changes before
/// the backward pass makes the recomputation differ, which is reported as an error: prefer
/// ``checkpointed(_:_:)``, which passes the segment's input explicitly.
public func checkpointed(_ body: @escaping () throws -> Tensor) throws -> Tensor {
    guard let tape = Tape.current, tape.isRecording, tape.segmentStart == nil, tape.replayCursor == nil else {
        return try body()
    }
    return try tape.checkpoint(inputs: [], body)
}
