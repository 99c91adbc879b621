import Foundation

/// A binary floating-point format narrower than `Double` — `bfloat16`, IEEE `float16`, the two
/// OCP FP8 formats — described by its bit fields, so that a note can round to it, quantize to
/// it and show its limits (`FloatFormat.float8E4M3.maxFinite` is 448).
///
/// Values are always held in `Double`s: rounding to a format gives the nearest `Double` that
/// the format can represent (every value of these formats is exactly a `Double`), so the
/// arithmetic that follows is done in `Double` unless rounded again — which is how notes
/// simulate low-precision storage.
///
/// The layout is sign, `exponentBits`, `mantissaBits` (the stored fraction, without the hidden
/// bit), with exponent bias `exponentBias`. Exponent field 0 holds zero and the subnormals.
/// What the all-ones exponent field means depends on ``Specials``.
public struct FloatFormat: Sendable, Hashable, CustomStringConvertible {
    /// How a format spends its largest exponent field on infinities and NaNs.
    public enum Specials: Sendable, Hashable {
        /// IEEE 754: the all-ones exponent field holds ±∞ (fraction 0) and NaNs (fraction ≠ 0).
        case ieee
        /// The OCP "FN" convention (finite, NaN): no infinities; only the all-ones pattern
        /// (exponent and fraction, either sign) is NaN, the rest of the top binade is finite.
        /// `float8E4M3` (`float8_e4m3fn` in ml_dtypes / PyTorch).
        case nanOnly
        /// Every bit pattern is a finite number (e.g. FP4 E2M1 of the OCP MX formats): no NaN,
        /// no infinities.
        case none
    }

    /// A short name ("bfloat16", "float16", "float8E4M3", "float8E5M2", or "E<e>M<m>").
    public let name: String
    /// The width of the exponent field.
    public let exponentBits: Int
    /// The width of the stored fraction (the precision is `mantissaBits + 1` bits).
    public let mantissaBits: Int
    /// The exponent bias: a normal value with exponent field E is 1.f × 2^(E − bias).
    public let exponentBias: Int
    /// What the top exponent field holds.
    public let specials: Specials

    /// Brain floating point (Google): float32's 8-bit exponent with 7 fraction bits. Max
    /// ≈ 3.39e38, ε = 2⁻⁷. IEEE specials.
    public static let bfloat16 = FloatFormat(
        uncheckedName: "bfloat16", exponentBits: 8, mantissaBits: 7, specials: .ieee)
    /// IEEE 754 binary16 (half precision): max 65504, smallest normal 2⁻¹⁴, smallest
    /// subnormal 2⁻²⁴, ε = 2⁻¹⁰.
    public static let float16 = FloatFormat(
        uncheckedName: "float16", exponentBits: 5, mantissaBits: 10, specials: .ieee)
    /// OCP FP8 E4M3 ("E4M3FN": finite and NaN only), the forward-pass format of FP8 training
    /// (DeepSeek-V3): max 448, smallest normal 2⁻⁶, smallest subnormal 2⁻⁹, ε = 2⁻³, no
    /// infinities.
    public static let float8E4M3 = FloatFormat(
        uncheckedName: "float8E4M3", exponentBits: 4, mantissaBits: 3, specials: .nanOnly)
    /// OCP FP8 E5M2, IEEE-like with infinities: max 57344, smallest normal 2⁻¹⁴, smallest
    /// subnormal 2⁻¹⁶, ε = 2⁻².
    public static let float8E5M2 = FloatFormat(
        uncheckedName: "float8E5M2", exponentBits: 5, mantissaBits: 2, specials: .ieee)

    /// A custom format (e.g. `FloatFormat(exponentBits: 2, mantissaBits: 1, specials: .none)`
    /// is the OCP FP4 E2M1 with max 6). The bias defaults to 2^(exponentBits−1) − 1.
    /// - Throws: ``TensorError`` unless 1 ≤ exponentBits ≤ 10 and 0 ≤ mantissaBits ≤ 50
    ///   (so that every value is a `Double`), and a `.nanOnly` format has a mantissa bit and
    ///   an `.ieee` one two exponent bits (otherwise it has no finite normal numbers left).
    public init(exponentBits: Int, mantissaBits: Int, exponentBias: Int? = nil, specials: Specials) throws {
        guard (1...10).contains(exponentBits), (0...50).contains(mantissaBits) else {
            throw TensorError(
                "FloatFormat needs 1…10 exponent bits and 0…50 mantissa bits, got \(exponentBits) and \(mantissaBits)")
        }
        if specials == .nanOnly && mantissaBits == 0 {
            throw TensorError("a .nanOnly FloatFormat needs at least one mantissa bit")
        }
        if specials == .ieee && exponentBits < 2 {
            throw TensorError("an .ieee FloatFormat needs at least two exponent bits")
        }
        self.init(
            uncheckedName: "E\(exponentBits)M\(mantissaBits)", exponentBits: exponentBits,
            mantissaBits: mantissaBits, exponentBias: exponentBias, specials: specials)
    }

    private init(
        uncheckedName name: String, exponentBits: Int, mantissaBits: Int, exponentBias: Int? = nil, specials: Specials
    ) {
        self.name = name
        self.exponentBits = exponentBits
        self.mantissaBits = mantissaBits
        self.exponentBias = exponentBias ?? ((1 << (exponentBits - 1)) - 1)
        self.specials = specials
    }

    /// The format's name (`bfloat16`, `float8E4M3`, …), as notes spell it.
    public var description: String { name }

    /// The total width in bits: sign + exponent + mantissa (16 or 8 for the built-in formats).
    public var bitWidth: Int { 1 + exponentBits + mantissaBits }

    /// Whether the format has ±∞ (only `.ieee` formats do).
    public var hasInfinities: Bool { specials == .ieee }

    /// Whether the format has NaN encodings (all but `.none` formats).
    public var hasNaN: Bool { specials != .none }

    /// The exponent of the smallest normal binade, 1 − bias.
    var minimumExponent: Int { 1 - exponentBias }

    /// The exponent of the largest binade that holds finite values.
    var maximumExponent: Int {
        let top = (1 << exponentBits) - 1
        return (specials == .ieee ? top - 1 : top) - exponentBias
    }

    /// The largest finite value: 448 for `float8E4M3`, 57344 for `float8E5M2`, 65504 for
    /// `float16`, ≈ 3.3895e38 for `bfloat16`.
    public var maxFinite: Double {
        // The top binade's largest significand: all ones, except in a .nanOnly format,
        // where the all-ones pattern is NaN and the largest finite fraction ends in 0.
        let lostUnits = specials == .nanOnly ? 2.0 : 1.0
        let significand = 2 - lostUnits * Double(sign: .plus, exponent: -mantissaBits, significand: 1)
        return Double(sign: .plus, exponent: maximumExponent, significand: significand)
    }

    /// The smallest positive normal value, 2^(1 − bias) (2⁻⁶ for `float8E4M3`).
    public var smallestNormal: Double { Double(sign: .plus, exponent: minimumExponent, significand: 1) }

    /// The smallest positive subnormal value, 2^(1 − bias − mantissaBits) (2⁻⁹ for
    /// `float8E4M3`); values below half of it round to zero.
    public var smallestSubnormal: Double {
        Double(sign: .plus, exponent: minimumExponent - mantissaBits, significand: 1)
    }

    /// Machine epsilon, the gap between 1 and the next value: 2^−mantissaBits (the unit
    /// roundoff of round-to-nearest is half of it).
    public var epsilon: Double { Double(sign: .plus, exponent: -mantissaBits, significand: 1) }

    /// The number of bit patterns, 2^bitWidth.
    public var bitPatternCount: Int { 1 << bitWidth }

    /// The value a bit pattern encodes (the low `bitWidth` bits of `bits` are used; sign bit
    /// first, as the format stores it): ±∞ and NaN as the format's ``Specials`` define.
    public func value(bitPattern bits: UInt64) -> Double {
        let fractionMask: UInt64 = (1 << UInt64(mantissaBits)) - 1
        let exponentMask: UInt64 = (1 << UInt64(exponentBits)) - 1
        let fraction = bits & fractionMask
        let field = (bits >> UInt64(mantissaBits)) & exponentMask
        let negative = (bits >> UInt64(exponentBits + mantissaBits)) & 1 == 1
        let sign: FloatingPointSign = negative ? .minus : .plus
        if field == exponentMask {
            switch specials {
            case .ieee: return fraction == 0 ? (negative ? -.infinity : .infinity) : .nan
            case .nanOnly where fraction == fractionMask: return .nan
            default: break
            }
        }
        let scaledFraction = Double(fraction)
        if field == 0 {
            return Double(sign: sign, exponent: minimumExponent - mantissaBits, significand: scaledFraction)
        }
        let significand = 1 + scaledFraction * epsilon
        return Double(sign: sign, exponent: Int(field) - exponentBias, significand: significand)
    }

    /// The bit pattern of `value` after rounding it to the format (``Double/rounded(to:overflow:)``),
    /// sign bit first in the low `bitWidth` bits. NaN gives the format's canonical quiet NaN
    /// (all exponent bits and the top fraction bit; all ones for `.nanOnly`); in a `.none`
    /// format, which has no NaN, it gives the pattern of +0.
    public func bitPattern(of value: Double, overflow: FloatFormat.Overflow = .saturate) -> UInt64 {
        let r = value.rounded(to: self, overflow: overflow)
        let exponentMask: UInt64 = (1 << UInt64(exponentBits)) - 1
        let fractionMask: UInt64 = (1 << UInt64(mantissaBits)) - 1
        let signBit: UInt64 = (r.sign == .minus ? 1 : 0) << UInt64(exponentBits + mantissaBits)
        if r.isNaN {
            switch specials {
            case .ieee: return exponentMask << UInt64(mantissaBits) | (1 << UInt64(mantissaBits - 1))
            case .nanOnly: return exponentMask << UInt64(mantissaBits) | fractionMask
            case .none: return 0
            }
        }
        if r.isInfinite { return signBit | exponentMask << UInt64(mantissaBits) }
        let magnitude = Swift.abs(r)
        if magnitude < smallestNormal {
            let units = UInt64(magnitude / smallestSubnormal)
            return signBit | units
        }
        let exponent = Int(magnitude.exponent)
        let fraction = UInt64((magnitude.significand - 1) / epsilon)
        return signBit | UInt64(exponent + exponentBias) << UInt64(mantissaBits) | fraction
    }

    /// What rounding does with a value beyond the largest finite one.
    public enum Overflow: Sendable, Hashable {
        /// Clamp to ±``FloatFormat/maxFinite`` (and ±∞ to ±maxFinite in a format without
        /// infinities): the saturating casts FP8 training uses (NVIDIA's `satfinite`
        /// conversions, DeepSeek-V3), so a tensor never gains an infinity or NaN by rounding.
        /// In a format with infinities, an infinite input stays infinite.
        case saturate
        /// As an IEEE conversion (and NumPy / ml_dtypes): a value whose rounding exceeds
        /// maxFinite becomes ±∞ in a format with infinities and NaN in one without (ml_dtypes'
        /// `float8_e4m3fn`), ±∞ likewise.
        case ieee
    }
}

extension Double {
    /// The value of `format` nearest to this one, ties to even (IEEE round-to-nearest-even),
    /// as a `Double`: what storing it in `format` and reading it back gives.
    ///
    /// Rounding is done once, directly from the `Double` (no double rounding through
    /// `Float`, unlike ml_dtypes, which converts a `Double` to `Float` first, so it can differ
    /// from this when the `Double` lies within 2⁻²⁴ relative of a midpoint). Below the
    /// smallest normal the format's subnormal spacing applies (gradual underflow); values
    /// under half the smallest subnormal round to ±0, keeping their sign. Overflow follows
    /// `overflow`: by default a finite value never becomes infinite or NaN (saturation; see
    /// ``FloatFormat/Overflow``). NaN stays NaN; ±0 stays ±0.
    public func rounded(to format: FloatFormat, overflow: FloatFormat.Overflow = .saturate) -> Double {
        if isNaN || self == 0 { return self }
        let maxFinite = format.maxFinite
        func overflowed() -> Double {
            switch overflow {
            case .saturate:
                if isInfinite && format.hasInfinities { return self }
                return self < 0 ? -maxFinite : maxFinite
            case .ieee:
                return format.hasInfinities ? (self < 0 ? -.infinity : .infinity) : .nan
            }
        }
        if isInfinite { return overflowed() }
        // The quantum (spacing) at this magnitude: 2^(e − mantissaBits) with e the binade's
        // exponent, floored at the smallest normal binade (subnormals share its spacing).
        // Scaling by powers of two is exact, so one `rounded(.toNearestOrEven)` is the
        // whole rounding.
        let quantumExponent = Swift.max(Int(exponent), format.minimumExponent) - format.mantissaBits
        let units = (self * Double(sign: .plus, exponent: -quantumExponent, significand: 1)).rounded(.toNearestOrEven)
        let result = Double(sign: .plus, exponent: quantumExponent, significand: units)
        if Swift.abs(result) > maxFinite { return overflowed() }
        return result
    }
}
