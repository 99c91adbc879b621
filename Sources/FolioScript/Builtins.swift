import Foundation

/// The standard library and Foundation functions that notes use.
enum Builtins {
    static let unaryNames: Set<String> = [
        "sqrt", "cbrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan",
        "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "floor", "ceil",
        "round", "trunc", "erf", "erfc", "tgamma", "lgamma",
    ]
    static let binaryNames: Set<String> = ["pow", "atan2", "hypot", "fmod", "remainder", "copysign", "fmin", "fmax"]

    static var freeFunctions: Set<String> {
        unaryNames.union(binaryNames).union(["print", "abs", "min", "max", "stride"])
    }

    static func unaryMath(_ name: String) -> ((Double) -> Double)? {
        switch name {
        case "sqrt": { $0.squareRoot() }
        case "cbrt": { Foundation.cbrt($0) }
        case "exp": { Foundation.exp($0) }
        case "exp2": { Foundation.exp2($0) }
        case "expm1": { Foundation.expm1($0) }
        case "log": { Foundation.log($0) }
        case "log2": { Foundation.log2($0) }
        case "log10": { Foundation.log10($0) }
        case "log1p": { Foundation.log1p($0) }
        case "sin": { Foundation.sin($0) }
        case "cos": { Foundation.cos($0) }
        case "tan": { Foundation.tan($0) }
        case "asin": { Foundation.asin($0) }
        case "acos": { Foundation.acos($0) }
        case "atan": { Foundation.atan($0) }
        case "sinh": { Foundation.sinh($0) }
        case "cosh": { Foundation.cosh($0) }
        case "tanh": { Foundation.tanh($0) }
        case "asinh": { Foundation.asinh($0) }
        case "acosh": { Foundation.acosh($0) }
        case "atanh": { Foundation.atanh($0) }
        case "floor": { $0.rounded(.down) }
        case "ceil": { $0.rounded(.up) }
        case "round": { $0.rounded(.toNearestOrAwayFromZero) }
        case "trunc": { $0.rounded(.towardZero) }
        case "erf": { Foundation.erf($0) }
        case "erfc": { Foundation.erfc($0) }
        case "tgamma": { Foundation.tgamma($0) }
        case "lgamma": { Foundation.lgamma($0) }
        default: nil
        }
    }

    static func binaryMath(_ name: String) -> ((Double, Double) -> Double)? {
        switch name {
        case "pow": { Foundation.pow($0, $1) }
        case "atan2": { Foundation.atan2($0, $1) }
        case "hypot": { Foundation.hypot($0, $1) }
        case "fmod": { Foundation.fmod($0, $1) }
        case "remainder": { Foundation.remainder($0, $1) }
        case "copysign": { Foundation.copysign($0, $1) }
        case "fmin": { Foundation.fmin($0, $1) }
        case "fmax": { Foundation.fmax($0, $1) }
        default: nil
        }
    }

    /// Swift's `min(_:_:)`: the first argument on ties (and `y < x ? y : x`, so NaN rules match).
    static func minimum(_ x: Value, _ y: Value) -> Value {
        switch (x, y) {
        case (.int(let a), .int(let b)): .int(Swift.min(a, b))
        case (.double(let a), .double(let b)): .double(Swift.min(a, b))
        case (.string(let a), .string(let b)): .string(Swift.min(a, b))
        default: less(y, x) ? y : x
        }
    }

    /// Swift's `max(_:_:)`.
    static func maximum(_ x: Value, _ y: Value) -> Value {
        switch (x, y) {
        case (.int(let a), .int(let b)): .int(Swift.max(a, b))
        case (.double(let a), .double(let b)): .double(Swift.max(a, b))
        case (.string(let a), .string(let b)): .string(Swift.max(a, b))
        default: less(x, y) ? y : x
        }
    }

    /// `<` for sorting comparable values of one type.
    static func less(_ x: Value, _ y: Value) -> Bool {
        switch (x, y) {
        case (.int(let a), .int(let b)): a < b
        case (.double(let a), .double(let b)): a < b
        case (.string(let a), .string(let b)): a < b
        case (.character(let a), .character(let b)): a < b
        case (.enumCase(let a), .enumCase(let b)):
            // Synthesized `Comparable`: the case order, then the associated values.
            a.tag < b.tag || (a.tag == b.tag && lexicographicallyLess(a.payload, b.payload))
        case (.tuple(let a, _), .tuple(let b, _)):
            lexicographicallyLess(a, b)
        case (.array(let a), .array(let b)): lexicographicallyLess(a, b)
        default: float32Payload(x).flatMap { a in float32Payload(y).map { a < $0 } } ?? false
        }
    }

    static func lexicographicallyLess(_ a: [Value], _ b: [Value]) -> Bool {
        for (p, q) in zip(a, b) {
            if less(p, q) { return true }
            if less(q, p) { return false }
        }
        return a.count < b.count
    }
}

/// `String(format:)` for the conversions notes use: `%d %i %f %e %g %s %@ %x %%` with flags,
/// width and precision (C's `printf` semantics for numbers).
func formatString(_ format: String, _ values: [Value], at: SourceLoc) throws -> String {
    var result = ""
    var index = 0
    var chars = format.makeIterator()
    while let c = chars.next() {
        guard c == "%" else {
            result.append(c)
            continue
        }
        var spec = "%"
        var conversion: Character?
        while let next = chars.next() {
            if (next.isLetter && !"lqh".contains(next)) || next == "%" || next == "@" {
                conversion = next
                break
            }
            if !"lqh".contains(next) { spec.append(next) }
        }
        guard let conversion else { throw ScriptError("incomplete format specifier", id: .invalidFormat, at: at) }
        if conversion == "%" {
            result += "%"
            continue
        }
        guard index < values.count else {
            throw ScriptError("String(format:) has fewer arguments than specifiers", id: .invalidFormat, at: at)
        }
        let value = values[index]
        index += 1
        switch (conversion, value) {
        case ("d", .int(let x)), ("i", .int(let x)):
            result += String(format: spec + "ld", x)
        case ("x", .int(let x)), ("X", .int(let x)), ("o", .int(let x)):
            result += String(format: spec + "l" + String(conversion), x)
        case ("f", .double(let x)), ("e", .double(let x)), ("g", .double(let x)), ("E", .double(let x)),
            ("G", .double(let x)), ("F", .double(let x)):
            result += String(format: spec + String(conversion), x)
        case ("s", _), ("@", _):
            let text = value.formatted
            var width = 0
            var left = false
            var digits = spec.dropFirst()
            if digits.first == "-" {
                left = true
                digits = digits.dropFirst()
            }
            width = Int(digits.prefix { $0.isNumber }) ?? 0
            let pad = String(repeating: " ", count: max(0, width - text.count))
            result += left ? text + pad : pad + text
        default:
            throw ScriptError(
                "String(format:) specifier '%\(conversion)' does not match an argument of this type",
                id: .invalidFormat, at: at)
        }
    }
    return result
}
