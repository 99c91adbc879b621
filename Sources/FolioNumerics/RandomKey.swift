/// A counter-based random key (Threefry-2x32 with 20 rounds, Salmon et al. 2011).
///
/// Counter-based keys make randomness a pure function of (key, counter): a note's block `i`
/// draws from `root.foldIn(i)`, so re-running one block reproduces exactly its numbers, whatever
/// ran before it. The words are public so that compiled Swift and tests can reproduce a draw.
public struct RandomKey: Hashable, Sendable {
    /// The two 32-bit key words.
    public var words: (UInt32, UInt32)

    /// A key from two words, as in the Random123 known-answer tests.
    public init(words: (UInt32, UInt32)) {
        self.words = words
    }

    /// The root key of a seed: the high and low halves of the 64-bit seed (as JAX's
    /// `threefry_seed`).
    public init(seed: UInt64) {
        self.words = (UInt32(truncatingIfNeeded: seed >> 32), UInt32(truncatingIfNeeded: seed))
    }

    /// A key derived from this one and `data` (counter `(0, data)`): independent keys for
    /// blocks, loop iterations or named streams.
    public func foldIn(_ data: UInt32) -> RandomKey {
        RandomKey(words: Threefry.hash(key: words, counter: (0, data)))
    }

    /// `count` new keys (counters `(1, i)`), independent of this one and of `foldIn`.
    public func split(into count: Int = 2) -> [RandomKey] {
        (0..<max(0, count)).map { index in
            RandomKey(words: Threefry.hash(key: words, counter: (1, UInt32(truncatingIfNeeded: index))))
        }
    }

    public static func == (lhs: RandomKey, rhs: RandomKey) -> Bool {
        lhs.words == rhs.words
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
    }
}

/// The Threefry-2x32-20 block function.
public enum Threefry {
    private static let rotations: [UInt32] = [13, 15, 26, 6, 17, 29, 16, 24]

    /// Encrypts `counter` under `key`: the whole generator is this pure function.
    @inlinable
    public static func hash(key: (UInt32, UInt32), counter: (UInt32, UInt32)) -> (UInt32, UInt32) {
        hashRounds(key: key, counter: counter)
    }

    @usableFromInline
    static func hashRounds(key: (UInt32, UInt32), counter: (UInt32, UInt32)) -> (UInt32, UInt32) {
        let schedule: [UInt32] = [key.0, key.1, 0x1BD1_1BDA ^ key.0 ^ key.1]
        var x0 = counter.0 &+ schedule[0]
        var x1 = counter.1 &+ schedule[1]
        for round in 0..<20 {
            x0 = x0 &+ x1
            let r = rotations[round % 8]
            x1 = (x1 << r) | (x1 >> (32 - r))
            x1 ^= x0
            if round % 4 == 3 {
                let s = (round + 1) / 4
                x0 = x0 &+ schedule[s % 3]
                x1 = x1 &+ schedule[(s + 1) % 3] &+ UInt32(s)
            }
        }
        return (x0, x1)
    }
}
