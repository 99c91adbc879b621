// A type alias declared inside a type names its type in expressions: as an initializer
// (`Word()`, `Word(x)`, `Degrees(0)`), for static members (`Word.max`) and in annotations.
struct Bits {
    typealias Word = UInt64
    static let width = Word.bitWidth
    static let all = Word.max
    var words: [Word]

    init(size: Int) {
        words = [Word](repeating: 0, count: (size + Bits.width - 1) / Bits.width)
    }

    mutating func set(_ i: Int) {
        words[i / Bits.width] |= Word(1) << Word(i % Bits.width)
    }

    func isSet(_ i: Int) -> Bool {
        (words[i / Bits.width] & (Word(1) << Word(i % Bits.width))) != 0
    }

    func inverted() -> Bits {
        var copy = self
        for i in 0..<words.count { copy.words[i] = ~words[i] & ~Word() }
        return copy
    }

    var population: Int {
        var total = 0
        for word in words { total += word.nonzeroBitCount }
        return total
    }
}

struct Temperature {
    typealias Degrees = Double
    var value: Degrees
    static let freezing = Degrees(0)
    func warmer(by delta: Int) -> Temperature { Temperature(value: value + Degrees(delta)) }
}

var bits = Bits(size: 100)
bits.set(3)
bits.set(64)
bits.set(99)
print(bits.isSet(3), bits.isSet(4), bits.isSet(64), bits.population)
print(bits.inverted().population, bits.words.count)
print(Bits.all, Bits.width)
let t = Temperature(value: Temperature.freezing).warmer(by: 5)
print(t.value, Temperature.freezing)
