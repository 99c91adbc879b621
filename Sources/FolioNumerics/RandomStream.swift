/// A stream of random bits from one key: the `n`-th 64-bit draw is Threefry of counter
/// `(0x8000_0000 | n >> 32, n & 0xFFFF_FFFF)`, a range no `foldIn` or `split` counter uses.
///
/// It conforms to `RandomNumberGenerator`, so Swift's own `Double.random(in:using:)`,
/// `shuffled(using:)` and `randomElement(using:)` give, in compiled Swift, exactly the numbers a
/// note gets from the interpreter.
public struct RandomStream: RandomNumberGenerator, Sendable {
    /// The key the stream draws from.
    public let key: RandomKey
    /// How many 64-bit values have been drawn.
    public internal(set) var counter: UInt64 = 0

    /// The stream of `key` from its first draw: the same key always yields the same numbers.
    public init(key: RandomKey) {
        self.key = key
    }

    /// The stream of `key` positioned after `counter` draws (a chunk of a sampler filled on
    /// another thread starts where the chunks before it end).
    init(key: RandomKey, counter: UInt64) {
        self.key = key
        self.counter = counter
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let n = counter
        counter &+= 1
        let hi = 0x8000_0000 | UInt32(truncatingIfNeeded: n >> 32)
        let (a, b) = Threefry.hash(key: key.words, counter: (hi, UInt32(truncatingIfNeeded: n)))
        return UInt64(a) << 32 | UInt64(b)
    }

    /// A double uniform in [0, 1) with 53 random bits.
    public mutating func nextUnitDouble() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// Writes the next `count` draws to `out`: exactly what `count` calls of ``next()`` return,
    /// computed eight at a time (``Threefry/hash8(key:hi:lo:)``) where eight consecutive
    /// counters share their high word.
    mutating func fill(_ out: UnsafeMutablePointer<UInt64>, count: Int) {
        var i = 0
        let lanes = SIMD8<UInt32>(0, 1, 2, 3, 4, 5, 6, 7)
        while i + 8 <= count {
            let lo = UInt32(truncatingIfNeeded: counter)
            guard lo <= UInt32.max - 7 else {
                out[i] = next()
                i += 1
                continue
            }
            let hi = 0x8000_0000 | UInt32(truncatingIfNeeded: counter >> 32)
            let (a, b) = Threefry.hash8(key: key.words, hi: hi, lo: lanes &+ lo)
            for j in 0..<8 { out[i + j] = UInt64(a[j]) << 32 | UInt64(b[j]) }
            counter &+= 8
            i += 8
        }
        while i < count {
            out[i] = next()
            i += 1
        }
    }
}
