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

    /// Keys are equal when their two 32-bit words are: equal keys draw identical streams.
    public static func == (lhs: RandomKey, rhs: RandomKey) -> Bool {
        lhs.words == rhs.words
    }

    /// Hashes the two words, consistent with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
    }
}

/// The Threefry-2x32-20 block function.
public enum Threefry {
    /// Encrypts `counter` under `key`: the whole generator is this pure function. Always inlined,
    /// as the rounds were when they were written out here (`RandomStream.next()` calls it per draw).
    @inlinable @inline(__always)
    public static func hash(key: (UInt32, UInt32), counter: (UInt32, UInt32)) -> (UInt32, UInt32) {
        encrypt(key: key, counter.0, counter.1)
    }

    /// Eight blocks at once, counters `(hi, lo[i])`: lane for lane exactly ``hash(key:counter:)``,
    /// on vector registers (samplers draw their bits through this, see `RandomStream.fill`).
    @inline(__always)
    static func hash8(key: (UInt32, UInt32), hi: UInt32, lo: SIMD8<UInt32>) -> (SIMD8<UInt32>, SIMD8<UInt32>) {
        encrypt(key: key, SIMD8(repeating: hi), lo)
    }

    /// The 20 rounds on one block or on eight lanes of blocks, unrolled with constant rotations
    /// and the key schedule in registers (no arrays: an allocation per call made sampling 10x
    /// slower than NumPy).
    @inlinable @inline(__always)
    static func encrypt<Word: ThreefryWord>(key: (UInt32, UInt32), _ c0: Word, _ c1: Word) -> (Word, Word) {
        let k0 = key.0
        let k1 = key.1
        let k2 = 0x1BD1_1BDA ^ key.0 ^ key.1
        var x0 = c0 &+ Word(broadcasting: k0)
        var x1 = c1 &+ Word(broadcasting: k1)
        @inline(__always) func mix(_ r: UInt32) {
            x0 = x0 &+ x1
            x1 = x1.rotatedLeft(by: r)
            x1 = x1 ^ x0
        }
        // Four rounds with rotations `r…`, then key injection `n`: `x0 += a`, `x1 += b + n`.
        @inline(__always) func rounds(
            _ r: UInt32, _ s: UInt32, _ t: UInt32, _ u: UInt32, _ a: UInt32, _ b: UInt32, _ n: UInt32
        ) {
            mix(r)
            mix(s)
            mix(t)
            mix(u)
            x0 = x0 &+ Word(broadcasting: a)
            x1 = x1 &+ Word(broadcasting: b &+ n)
        }
        rounds(13, 15, 26, 6, k1, k2, 1)
        rounds(17, 29, 16, 24, k2, k0, 2)
        rounds(13, 15, 26, 6, k0, k1, 3)
        rounds(17, 29, 16, 24, k1, k2, 4)
        rounds(13, 15, 26, 6, k2, k0, 5)
        return (x0, x1)
    }
}

/// What Threefry's rounds need of a word of state: one 32-bit block word, or eight lanes of them.
@usableFromInline
protocol ThreefryWord {
    /// The word with `scalar` in every lane.
    init(broadcasting scalar: UInt32)
    /// Lane-wise wrapping addition.
    static func &+ (lhs: Self, rhs: Self) -> Self
    /// Lane-wise exclusive or.
    static func ^ (lhs: Self, rhs: Self) -> Self
    /// Each lane rotated left by `r` bits (0 < r < 32).
    func rotatedLeft(by r: UInt32) -> Self
}

extension UInt32: ThreefryWord {
    /// `scalar` itself.
    @inlinable @inline(__always)
    init(broadcasting scalar: UInt32) {
        self = scalar
    }

    /// Written with `|`, which LLVM compiles to one rotate instruction.
    @inlinable @inline(__always)
    func rotatedLeft(by r: UInt32) -> UInt32 {
        (self << r) | (self >> (32 - r))
    }
}

extension SIMD8: ThreefryWord where Scalar == UInt32 {
    /// `scalar` in all eight lanes.
    @inlinable @inline(__always)
    init(broadcasting scalar: UInt32) {
        self.init(repeating: scalar)
    }

    /// Written `(x << r) &+ (x >> (32 − r))`, equal to the usual `|` because the two parts share
    /// no bits: with `|`, LLVM recognises a rotate, which SSE2 lacks, and scalarises all eight
    /// lanes (slower than the scalar function).
    @inlinable @inline(__always)
    func rotatedLeft(by r: UInt32) -> SIMD8<UInt32> {
        (self &<< r) &+ (self &>> (32 - r))
    }
}
