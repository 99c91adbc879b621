import Foundation

/// The ambient random key: where the samplers without a `key:` argument draw from.
///
/// Each thread has a current key (default `RandomKey(seed: 0).foldIn(0)`, so compiled Swift
/// programs get the same numbers on every run) and a counter. Every key-less draw takes the
/// key `current.foldIn(counter)` and advances the counter, so successive calls get
/// independent, reproducible streams. Folio's interpreter sets the key at the start of every
/// block to `RandomKey(seed: noteSeed).foldIn(blockIndex)`, so re-running one block
/// reproduces its numbers and two blocks draw different ones.
///
/// The state is thread-local (each note's blocks run on their own thread), so notes running
/// in parallel never share a stream.
public enum AmbientRandom {
    final class State {
        var key: RandomKey
        var counter: UInt32 = 0

        init(key: RandomKey) {
            self.key = key
        }
    }

    static let threadKey = "FolioNumerics.AmbientRandom"

    static var state: State {
        let dictionary = Thread.current.threadDictionary
        if let existing = dictionary[threadKey] as? State { return existing }
        let fresh = State(key: defaultKey)
        dictionary[threadKey] = fresh
        return fresh
    }

    /// The key a thread starts with: `RandomKey(seed: 0).foldIn(0)`.
    public static let defaultKey = RandomKey(seed: 0).foldIn(0)

    /// The current thread's base key.
    public static var currentKey: RandomKey { state.key }

    /// Makes `key` the current thread's base key and restarts its counter.
    public static func setKey(_ key: RandomKey) {
        let current = state
        current.key = key
        current.counter = 0
    }

    /// The key for the next key-less draw: `currentKey.foldIn(n)` for the n-th draw since the
    /// key was set.
    public static func nextKey() -> RandomKey {
        let current = state
        defer { current.counter &+= 1 }
        return current.key.foldIn(current.counter)
    }

    /// Runs `body` with `key` as the ambient key, then restores the previous key and counter.
    public static func withKey<R>(_ key: RandomKey, _ body: () throws -> R) rethrows -> R {
        let current = state
        let (savedKey, savedCounter) = (current.key, current.counter)
        current.key = key
        current.counter = 0
        defer {
            current.key = savedKey
            current.counter = savedCounter
        }
        return try body()
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
