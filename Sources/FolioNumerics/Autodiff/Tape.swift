import Foundation

// Reverse-mode automatic differentiation on a tape.
//
// Design: there is no separate "variable" type. While `gradient(at:of:)` runs its closure, the
// input tensors carry a `Tracer` (their node on a tape), and every differentiable operation
// whose inputs carry one appends a node — its inputs, the tensors its pullback needs, and the
// pullback — and returns a tensor that carries the new node. Everything else about `Tensor` is
// unchanged, so a note differentiates the very code it already runs:
// `gradient(at: w) { w in (w * w).sum() }`, with every method, operator and free function of
// the engine, captured constants and Swift control flow. (A separate `Variable` type would
// have to duplicate the whole API, and every helper a note writes would need two versions.)
// Ordinary tensors carry no tracer: the cost outside a gradient is one nil check per op.
//
// Pullbacks never capture tensors: what they need is passed to the tape as `saved` tensors,
// so the tape knows exactly which activations it retains (reported as peak bytes and tensor
// count) and `checkpointed` can drop them and recompute them.

/// A traced tensor's place on a tape.
@usableFromInline
struct Tracer: Sendable {
    let tape: Tape
    let node: Int
}

/// The recording of one gradient computation. Used by one thread at a time: a gradient's
/// closure runs synchronously on the caller's thread.
@usableFromInline
final class Tape: @unchecked Sendable {
    /// A pullback maps the cotangent of an op's output, and the tensors it saved, to the
    /// cotangents of its inputs (nil: no gradient flows to that input).
    typealias Pullback = (_ cotangent: Tensor, _ saved: [Tensor]) throws -> [Tensor?]

    struct Node {
        let name: String
        let inputs: [Int?]
        let inputShapes: [[Int]]
        var saved: [Tensor]
        let pullback: Pullback?
        /// For an op that is not differentiable: why, shown if a gradient reaches it.
        let failure: String?
    }

    /// A `checkpointed` segment: nodes `first..<end`, whose saved tensors are dropped at the
    /// end of the forward pass and refilled by running `replay` again in the backward pass.
    struct Segment {
        let first: Int
        let end: Int
        let inputs: [Tensor]
        let replay: () throws -> Tensor
    }

    var nodes: [Node] = []
    var segments: [Segment] = []
    var isRecording = true
    /// A misuse found while recording (e.g. nested gradients), thrown by the backward pass.
    var failure: String?

    /// Checkpointing state: inside a segment's forward pass, or replaying nodes cursor..<end.
    var segmentStart: Int?
    var replayCursor: Int?
    var replayEnd = 0

    // Memory accounting of saved tensors, by storage (a storage saved twice counts once).
    private var savedStorages: [ObjectIdentifier: (references: Int, bytes: Int)] = [:]
    var retainedBytes = 0
    var retainedTensors = 0
    var peakBytes = 0
    var peakTensors = 0
    var recomputedOperations = 0

    init() {}

    /// The tape whose gradient closure is running on this task (for `checkpointed { … }`,
    /// which has no tensor argument to find it from).
    @TaskLocal static var current: Tape?

    // MARK: Recording

    /// `tensor` as a leaf of this tape (a gradient input).
    func leaf(_ tensor: Tensor) -> Tensor {
        if let outer = tensor.tracer, outer.tape !== self, outer.tape.isRecording {
            outer.tape.failure = Autodiff.nestedMessage
            failure = Autodiff.nestedMessage
        }
        nodes.append(Node(name: "input", inputs: [], inputShapes: [], saved: [], pullback: nil, failure: nil))
        var t = tensor
        t.tracer = Tracer(tape: self, node: nodes.count - 1)
        return t
    }

    /// Appends (or, while replaying a checkpointed segment, refills) the node of an op and
    /// returns `output` carrying it.
    func record(
        _ name: String, inputs: [Tensor], output: Tensor, saved: [Tensor],
        failure opFailure: String? = nil, pullback: Pullback?
    ) -> Tensor {
        let ids: [Int?] = inputs.map { input in
            guard let t = input.tracer else { return nil }
            if t.tape !== self {
                if t.tape.isRecording {
                    t.tape.failure = Autodiff.nestedMessage
                    failure = Autodiff.nestedMessage
                }
                return nil
            }
            return t.node
        }
        let detachedSaved = saved.map { $0.detached }
        var out = output
        out.tracer = nil
        if let cursor = replayCursor {
            guard cursor < replayEnd, nodes[cursor].name == name, nodes[cursor].inputs == ids else {
                failure =
                    "checkpointed: the segment did not repeat its operations when it was recomputed (\(name) instead of \(cursor < replayEnd ? nodes[cursor].name : "the end of the segment")); a checkpointed body must be a deterministic function of its arguments — pass changing tensors as arguments: checkpointed(h) { h in … }"
                return out
            }
            nodes[cursor].saved = detachedSaved
            detachedSaved.forEach(retain)
            recomputedOperations += 1
            replayCursor = cursor + 1
            out.tracer = Tracer(tape: self, node: cursor)
            return out
        }
        nodes.append(
            Node(
                name: name, inputs: ids, inputShapes: inputs.map(\.shape), saved: detachedSaved,
                pullback: pullback, failure: opFailure))
        detachedSaved.forEach(retain)
        out.tracer = Tracer(tape: self, node: nodes.count - 1)
        return out
    }

    private func retain(_ t: Tensor) {
        let id = ObjectIdentifier(t.storage)
        if let entry = savedStorages[id] {
            savedStorages[id] = (entry.references + 1, entry.bytes)
            return
        }
        let bytes = t.storage.buffer.count * MemoryLayout<Double>.stride
        savedStorages[id] = (1, bytes)
        retainedBytes += bytes
        retainedTensors += 1
        peakBytes = Swift.max(peakBytes, retainedBytes)
        peakTensors = Swift.max(peakTensors, retainedTensors)
    }

    private func release(_ t: Tensor) {
        let id = ObjectIdentifier(t.storage)
        guard let entry = savedStorages[id] else { return }
        if entry.references > 1 {
            savedStorages[id] = (entry.references - 1, entry.bytes)
        } else {
            savedStorages[id] = nil
            retainedBytes -= entry.bytes
            retainedTensors -= 1
        }
    }

    func dropSaved(_ node: Int) {
        nodes[node].saved.forEach(release)
        nodes[node].saved = []
    }

    // MARK: Checkpointing

    /// Runs `body` as a checkpointed segment of this tape.
    func checkpoint(inputs: [Tensor], _ body: @escaping () throws -> Tensor) throws -> Tensor {
        let first = nodes.count
        segmentStart = first
        let output: Tensor
        do {
            defer { segmentStart = nil }
            output = try body()
        }
        let end = nodes.count
        inputs.map(\.detached).forEach(retain)
        for node in first..<end { dropSaved(node) }
        segments.append(Segment(first: first, end: end, inputs: inputs, replay: body))
        return output
    }

    /// Recomputes the saved tensors of `segment`'s nodes by running its body again.
    private func replay(_ segment: Segment) throws {
        replayCursor = segment.first
        replayEnd = segment.end
        defer { replayCursor = nil }
        _ = try segment.replay()
        if let failure { throw TensorError(failure) }
        guard replayCursor == segment.end else {
            throw TensorError(
                "checkpointed: the segment recorded \(segment.end - segment.first) operations but only \((replayCursor ?? segment.first) - segment.first) when recomputed; a checkpointed body must be a deterministic function of its arguments"
            )
        }
        segment.inputs.map(\.detached).forEach(release)
    }

    // MARK: Backward pass

    /// The cotangents of the nodes in `wanted`, from a cotangent of ones on `output` (a
    /// one-element tensor): nodes are visited in reverse order, each pullback's results are
    /// added to its inputs' cotangents, and saved tensors are released as soon as their node
    /// is done, so retained memory shrinks as the pass goes.
    func backward(from output: Int, shape: [Int], wanted: [Int]) throws -> [Tensor?] {
        if let failure { throw TensorError(failure) }
        var cotangents = [Tensor?](repeating: nil, count: nodes.count)
        cotangents[output] = (try? Tensor.ones(shape: shape)) ?? Tensor(1)
        let keep = Set(wanted)
        var segmentIndex = segments.count - 1
        var i = output
        while i >= 0 {
            while segmentIndex >= 0 && segments[segmentIndex].first > i { segmentIndex -= 1 }
            if segmentIndex >= 0 && i < segments[segmentIndex].end {
                // The first node of a checkpointed segment that the backward pass meets:
                // recompute the whole segment's saved tensors.
                try replay(segments[segmentIndex])
                segmentIndex -= 1
            }
            defer {
                dropSaved(i)
                if !keep.contains(i) { cotangents[i] = nil }
                i -= 1
            }
            guard let g = cotangents[i] else { continue }
            let node = nodes[i]
            if let message = node.failure { throw TensorError(message) }
            guard let pullback = node.pullback else { continue }
            let results = try pullback(g, node.saved)
            for (k, input) in node.inputs.enumerated() {
                guard let input, k < results.count, let r = results[k] else { continue }
                guard r.shape == node.inputShapes[k] else {
                    throw TensorError(
                        "internal: the pullback of \(node.name) gave shape \(r.shape) for an input of shape \(node.inputShapes[k])"
                    )
                }
                if let existing = cotangents[input] {
                    cotangents[input] = try existing + r
                } else {
                    cotangents[input] = r
                }
            }
        }
        return wanted.map { cotangents[$0] }
    }

    /// Ends the recording: tensors that escaped the closure become constants, and the tape
    /// lets go of everything (breaking the cycle tape → closure → tensors → tape).
    func finish() {
        isRecording = false
        nodes = []
        segments = []
        savedStorages = [:]
    }
}

extension Tensor {
    /// This tensor without its tracer: the same value, a constant for any tape.
    @usableFromInline
    var detached: Tensor {
        var t = self
        t.tracer = nil
        return t
    }

    /// The tape recording this tensor, if a gradient is being taken through it.
    @inline(__always)
    @usableFromInline
    var activeTape: Tape? {
        guard let t = tracer, t.tape.isRecording else { return nil }
        return t.tape
    }
}

/// Helpers with which every operation of the engine records itself.
@usableFromInline
enum Autodiff {
    static let nestedMessage =
        "gradient(at:of:) inside another gradient's closure used a tensor of the enclosing one: higher-order derivatives are not supported (differentiate a closure at a time)"

    /// The tape that an op with these inputs records on, if any.
    @inline(__always)
    static func tape(_ inputs: Tensor...) -> Tape? {
        for input in inputs {
            if let tape = input.activeTape { return tape }
        }
        return nil
    }

    /// Records a differentiable op if one of `inputs` is traced; returns `output` otherwise.
    @inline(__always)
    static func record(
        _ name: String, _ inputs: [Tensor], _ output: Tensor, saving saved: @autoclosure () -> [Tensor] = [],
        _ pullback: @escaping Tape.Pullback
    ) -> Tensor {
        guard let tape = inputs.lazy.compactMap(\.activeTape).first else { return output }
        return tape.record(name, inputs: inputs, output: output, saved: saved(), pullback: pullback)
    }

    /// Marks the result of a non-differentiable op (argmax, comparisons, sort indices, …): if
    /// a gradient ever reaches it, the backward pass throws a ``TensorError`` naming it. Using
    /// such a result where no gradient flows (the condition of `where`, bincount's indices)
    /// is fine.
    static func nonDifferentiable(_ name: String, _ output: Tensor, _ inputs: Tensor...) -> Tensor {
        guard let tape = inputs.lazy.compactMap(\.activeTape).first else { return output }
        let message =
            "\(name) is not differentiable, and the gradient flows through it; wrap its argument or result in stopGradient(…) if it should be a constant"
        return tape.record(name, inputs: inputs, output: output, saved: [], failure: message, pullback: nil)
    }

    /// An elementwise op y = f(x) with dy/dx = derivative(x, y). `saving` says which of x and
    /// y the derivative reads, so only those are retained. Inlined so that `f` is inlined
    /// into the elementwise loop, as it was before tracing existed.
    @inline(__always)
    static func unary(
        _ name: String, _ x: Tensor, saving: Saving, _ f: (Double) -> Double,
        derivative: @escaping @Sendable (Double, Double) -> Double
    ) -> Tensor {
        let y = x.map(f)
        guard let tape = x.activeTape else { return y }
        let saved: [Tensor]
        switch saving {
        case .input: saved = [x]
        case .output: saved = [y]
        case .both: saved = [x, y]
        }
        return tape.record(name, inputs: [x], output: y, saved: saved) { g, s in
            let (xs, ys): (Tensor, Tensor)
            switch saving {
            case .input: (xs, ys) = (s[0], s[0])
            case .output: (xs, ys) = (s[0], s[0])
            case .both: (xs, ys) = (s[0], s[1])
            }
            let d = try Tensor.zipBroadcast(xs, ys) { a, b in
                switch saving {
                case .input: return derivative(a, .nan)
                case .output: return derivative(.nan, b)
                case .both: return derivative(a, b)
                }
            }
            return [try g * d]
        }
    }

    enum Saving: Sendable { case input, output, both }

    /// `g` summed over the axes along which an operand of `shape` was broadcast to g's shape.
    static func unbroadcast(_ g: Tensor, to shape: [Int]) throws -> Tensor {
        if g.shape == shape { return g }
        var r = g
        let lead = g.rank - shape.count
        for _ in 0..<lead { r = try r.sum(axis: 0) }
        for axis in 0..<shape.count where shape[axis] == 1 && r.shape[axis] != 1 {
            r = try r.sum(axis: axis, keepDims: true)
        }
        return try r.reshaped(shape)
    }
}

extension Autodiff {
    /// The cotangent `g` of a reduction of a tensor of `shape` (along `axis`, all axes if nil,
    /// with or without keepDims) spread back over `shape` as a broadcast view.
    static func expand(_ g: Tensor, to shape: [Int], axis: Int?) throws -> Tensor {
        var kept = shape.map { _ in 1 }
        if let axis {
            let a = axis < 0 ? axis + shape.count : axis
            kept = shape
            kept[a] = 1
        }
        return try g.reshaped(kept).broadcast(to: shape)
    }

    /// Records a reduction y of x along `axis` whose input cotangent is
    /// `local(expanded g, expanded y, x)` (g and y spread back over x's shape).
    static func reduction(
        _ name: String, _ x: Tensor, axis: Int?, _ y: Tensor,
        _ local: @escaping (_ g: Tensor, _ y: Tensor, _ x: Tensor) throws -> Tensor
    ) -> Tensor {
        let shape = x.shape
        return record(name, [x], y, saving: [x, y]) { g, s in
            let ge = try expand(g, to: shape, axis: axis)
            let ye = try expand(s[1], to: shape, axis: axis)
            return [try local(ge, ye, s[0])]
        }
    }

    /// Records a reduction that only needs the shape of its input (sum, mean).
    static func linearReduction(_ name: String, _ x: Tensor, axis: Int?, _ y: Tensor, scale: Double) -> Tensor {
        let shape = x.shape
        return record(name, [x], y) { g, _ in
            let ge = try expand(g, to: shape, axis: axis)
            return [scale == 1 ? ge.contiguous() : ge * scale]
        }
    }
}
