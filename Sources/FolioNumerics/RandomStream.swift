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
    public private(set) var counter: UInt64 = 0

    public init(key: RandomKey) {
        self.key = key
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
}
