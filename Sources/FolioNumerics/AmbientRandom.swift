import Foundation

/// The ambient random key: where the samplers without a `key:` argument draw from.
///
/// A stream has a base key and a counter. Every key-less draw takes the key
/// `key.foldIn(counter)` and advances the counter, so successive calls get independent,
/// reproducible streams. Folio's interpreter runs every block inside ``withKey(_:_:)`` with
/// `RandomKey(seed: noteSeed).foldIn(blockIndex)`, so re-running one block reproduces its
/// numbers and two blocks draw different ones.
///
/// The stream ``withKey(_:_:)`` binds is task-local (as ``countMultiplyAdds(_:)``'s counter
/// is), so notes running in parallel never share one and nothing is kept per thread. Code
/// that binds none, such as a compiled note's program (one note, one process) or a plain
/// Swift program, draws from the process's own stream, which starts at ``defaultKey`` so such
/// programs get the same numbers on every run, and which ``setKey(_:)`` resets.
public enum AmbientRandom {
    /// A base key and the number of draws made from it (a class so that the task-local value
    /// can advance in place; one task draws from it at a time).
    final class Stream: @unchecked Sendable {
        private let lock = NSLock()
        private var key: RandomKey
        private var counter: UInt32 = 0

        init(key: RandomKey) {
            self.key = key
        }

        var currentKey: RandomKey { lock.withLock { key } }

        func reset(to key: RandomKey) {
            lock.withLock {
                self.key = key
                counter = 0
            }
        }

        func next() -> RandomKey {
            lock.withLock {
                defer { counter &+= 1 }
                return key.foldIn(counter)
            }
        }
    }

    /// The stream of the innermost ``withKey(_:_:)`` of this task, if any.
    @TaskLocal static var bound: Stream?

    /// The stream of code that binds none: a process is one program, so its stream is one.
    static let process = Stream(key: defaultKey)

    static var stream: Stream { bound ?? process }

    /// The key a program starts with: `RandomKey(seed: 0).foldIn(0)`.
    public static let defaultKey = RandomKey(seed: 0).foldIn(0)

    /// The current base key (of the innermost ``withKey(_:_:)``, else the process's).
    public static var currentKey: RandomKey { stream.currentKey }

    /// Makes `key` the current base key and restarts its counter: the innermost
    /// ``withKey(_:_:)``'s stream, or the process's when none is bound (a compiled note sets
    /// each block's key this way).
    public static func setKey(_ key: RandomKey) {
        stream.reset(to: key)
    }

    /// The key for the next key-less draw: `currentKey.foldIn(n)` for the n-th draw since the
    /// key was set.
    public static func nextKey() -> RandomKey {
        stream.next()
    }

    /// Runs `body` with a stream of its own starting at `key`; the enclosing stream is
    /// untouched and current again afterwards.
    public static func withKey<R>(_ key: RandomKey, _ body: () throws -> R) rethrows -> R {
        try $bound.withValue(Stream(key: key)) { try body() }
    }
}

extension Tensor {
    /// ``uniform(shape:in:key:)`` drawing from ``AmbientRandom``.
    public static func uniform(shape: [Int], in range: Range<Double> = 0..<1) throws -> Tensor {
        try uniform(shape: shape, in: range, key: AmbientRandom.nextKey())
    }

    /// ``normal(shape:mean:standardDeviation:key:)`` drawing from ``AmbientRandom``.
    public static func normal(shape: [Int], mean: Double = 0, standardDeviation: Double = 1) throws -> Tensor {
        try normal(shape: shape, mean: mean, standardDeviation: standardDeviation, key: AmbientRandom.nextKey())
    }

    /// ``gumbel(shape:key:)`` drawing from ``AmbientRandom``.
    public static func gumbel(shape: [Int]) throws -> Tensor {
        try gumbel(shape: shape, key: AmbientRandom.nextKey())
    }

    /// ``bernoulli(shape:probability:key:)`` drawing from ``AmbientRandom``.
    public static func bernoulli(shape: [Int], probability: Double = 0.5) throws -> Tensor {
        try bernoulli(shape: shape, probability: probability, key: AmbientRandom.nextKey())
    }

    /// ``exponential(shape:rate:key:)`` drawing from ``AmbientRandom``.
    public static func exponential(shape: [Int], rate: Double = 1) throws -> Tensor {
        try exponential(shape: shape, rate: rate, key: AmbientRandom.nextKey())
    }
}

/// ``categorical(logits:count:key:)`` drawing from ``AmbientRandom``.
public func categorical(logits: Tensor, count: Int) throws -> Tensor {
    try categorical(logits: logits, count: count, key: AmbientRandom.nextKey())
}
