import Foundation

/// Number and text formatting shared by charts and tables. Everything here is a pure function of
/// its input (no locale, no platform formatting), so output bytes are stable.
enum Fmt {
    /// `value` rounded to the hundredths that `coord` prints; edges snapped first stay shared.
    static func snap(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        return (value * 100).rounded() / 100
    }

    /// A coordinate rounded to two decimals, without trailing zeros: `12`, `12.5`, `-0.25`.
    static func coord(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let clamped = min(1e9, max(-1e9, value))
        let hundredths = Int((clamped * 100).rounded())
        if hundredths == 0 { return "0" }
        let sign = hundredths < 0 ? "-" : ""
        let a = abs(hundredths)
        let whole = a / 100
        let frac = a % 100
        if frac == 0 { return "\(sign)\(whole)" }
        if frac % 10 == 0 { return "\(sign)\(whole).\(frac / 10)" }
        return "\(sign)\(whole).\(frac < 10 ? "0" : "")\(frac)"
    }

    /// The shortest decimal digits that round-trip `value` (Swift's own algorithm, via
    /// `description`): `value = ±0.d₁d₂… × 10^(exponent + 1)`, i.e. `d₁` has weight `10^exponent`.
    struct Decimal {
        var negative: Bool
        var digits: [UInt8]  // no leading or trailing zeros; empty for zero
        var exponent: Int  // power of ten of the first digit

        init(_ value: Double) {
            guard value.isFinite else {
                negative = false
                digits = []
                exponent = 0
                return
            }
            negative = value < 0
            let text = abs(value).description
            var mantissa = Substring(text)
            var exp10 = 0
            if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
                mantissa = text[..<e]
                exp10 = Int(text[text.index(after: e)...]) ?? 0
            }
            var intPart = mantissa
            var fracPart: Substring = ""
            if let dot = mantissa.firstIndex(of: ".") {
                intPart = mantissa[..<dot]
                fracPart = mantissa[mantissa.index(after: dot)...]
            }
            var all = Array(intPart.utf8).map { $0 - 48 } + Array(fracPart.utf8).map { $0 - 48 }
            var firstWeight = intPart.count - 1 + exp10
            while let f = all.first, f == 0 {
                all.removeFirst()
                firstWeight -= 1
            }
            while let l = all.last, l == 0 { all.removeLast() }
            digits = all
            exponent = all.isEmpty ? 0 : firstWeight
        }

        var isZero: Bool { digits.isEmpty }
        /// Number of digits after the decimal point in plain notation.
        var fractionDigits: Int { isZero ? 0 : max(0, digits.count - 1 - exponent) }

        /// Plain notation with exactly `decimals` digits after the point (`decimals` must be at
        /// least `fractionDigits`; extra places are zeros).
        func fixed(_ decimals: Int) -> String {
            if isZero { return decimals > 0 ? "0." + String(repeating: "0", count: decimals) : "0" }
            var intDigits = ""
            var fracDigits = ""
            if exponent >= 0 {
                for p in stride(from: exponent, through: 0, by: -1) {
                    let i = exponent - p
                    intDigits.append(i < digits.count ? Character(String(digits[i])) : "0")
                }
            } else {
                intDigits = "0"
            }
            for p in 1...max(1, decimals) where p <= decimals {
                let i = exponent + p
                fracDigits.append(i >= 0 && i < digits.count ? Character(String(digits[i])) : "0")
            }
            let sign = negative ? "\u{2212}" : ""
            return sign + intDigits + (decimals > 0 ? "." + fracDigits : "")
        }

        /// `m×10ⁿ` with the mantissa's shortest digits, `10ⁿ` when the mantissa is 1.
        func scientific() -> String {
            if isZero { return "0" }
            let sign = negative ? "\u{2212}" : ""
            var m = String(digits[0])
            if digits.count > 1 { m += "." + digits[1...].map { String($0) }.joined() }
            let power = "10" + Fmt.superscript(exponent)
            return sign + (m == "1" ? power : m + "\u{00D7}" + power)
        }
    }

    static func superscript(_ n: Int) -> String {
        let sup: [Character] = [
            "\u{2070}", "\u{00B9}", "\u{00B2}", "\u{00B3}", "\u{2074}", "\u{2075}",
            "\u{2076}", "\u{2077}", "\u{2078}", "\u{2079}",
        ]
        var s = n < 0 ? "\u{207B}" : ""
        for ch in String(abs(n)) { s.append(sup[Int(String(ch))!]) }
        return s
    }

    /// Labels for the ticks of a linear axis, with one number of decimals for the whole axis
    /// (`0.0 0.5 1.0 1.5`). When the largest magnitude is outside [10⁻³, 10⁶) the labels are
    /// mantissas and the axis gets a common multiplier (`0.5 1.0 1.5` and `×10⁸`), as matplotlib
    /// does. Negative numbers use the typographic minus `−`. Digits come from each value's
    /// shortest round-trip representation and are shifted exactly, so no rounding noise appears.
    static func linearTickLabels(_ ticks: [Double]) -> (labels: [String], multiplier: String?) {
        var decs = ticks.map(Decimal.init)
        let maxAbs = ticks.map(abs).max() ?? 0
        var multiplier: String? = nil
        if maxAbs != 0 && !(maxAbs >= 1e-3 && maxAbs < 1e6) {
            let e = Decimal(maxAbs).exponent
            for i in decs.indices where !decs[i].isZero { decs[i].exponent -= e }
            multiplier = "\u{00D7}10" + superscript(e)
        }
        let d = min(12, decs.map(\.fractionDigits).max() ?? 0)
        return (decs.map { $0.fractionDigits <= d ? $0.fixed(d) : fallbackFixed($0, d) }, multiplier)
    }

    /// Labels for log-axis ticks: plain notation when every tick lies in [10⁻³, 10⁴], otherwise
    /// powers of ten (`10⁻⁵`) and multiples (`2×10⁻⁵`).
    static func logTickLabels(_ ticks: [Double]) -> [String] {
        let plain = ticks.allSatisfy { $0 >= 1e-3 && $0 <= 1e4 }
        return ticks.map { t in
            let d = Decimal(t)
            return plain ? d.fixed(d.fractionDigits) : d.scientific()
        }
    }

    /// A single value for prose (legend, description): up to 4 significant digits.
    static func brief(_ v: Double) -> String {
        guard v.isFinite else { return v.isNaN ? "NaN" : (v < 0 ? "\u{2212}∞" : "∞") }
        if v == 0 { return "0" }
        let magnitude = abs(v)
        if magnitude >= 1e-3 && magnitude < 1e6 {
            let rounded = Double(String(format: "%.4g", v)) ?? v
            let d = Decimal(rounded)
            return d.fixed(d.fractionDigits)
        }
        let rounded = Double(String(format: "%.3e", v)) ?? v
        return Decimal(rounded).scientific()
    }

    private static func fallbackFixed(_ d: Decimal, _ decimals: Int) -> String {
        var value = 0.0
        for (i, digit) in d.digits.enumerated() { value += Double(digit) * pow(10, Double(d.exponent - i)) }
        let s = String(format: "%.\(decimals)f", value)
        return (d.negative ? "\u{2212}" : "") + s
    }
}

/// Text widths without a font engine: advance widths of Helvetica / Arial / Liberation Sans (the
/// metric-compatible families the charts ask for), in thousandths of an em.
enum TextMetrics {
    private static let ascii: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // space … /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556,  // 0 … 9
        278, 278, 584, 584, 584, 556, 1015,  // : … @
        667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,  // A … M
        722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611,  // N … Z
        278, 278, 278, 469, 556, 333,  // [ … `
        556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,  // a … m
        556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500,  // n … z
        334, 260, 334, 584,  // { … ~
    ]

    static func advance(_ scalar: Unicode.Scalar) -> Int {
        let v = Int(scalar.value)
        if v >= 32 && v < 127 { return ascii[v - 32] }
        switch v {
        case 0x2212, 0x00D7, 0x00B1: return 584
        case 0x00B9, 0x00B2, 0x00B3, 0x2070...0x207F: return 333
        case 0x0300...0x036F, 0x200B...0x200F: return 0
        case 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x1F300...0x1FAFF: return 1000
        case 0x2014: return 1000
        case 0x2013, 0x2022: return 556
        default: return 600
        }
    }

    /// Estimated width in pixels of `text` at `size` pixels (bold is about 7 % wider).
    static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        var total = 0
        for s in text.unicodeScalars { total += advance(s) }
        return Double(total) * size / 1000 * (bold ? 1.07 : 1)
    }
}
