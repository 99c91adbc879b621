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
        default: x
        }
    }

    /// Swift's `max(_:_:)`.
    static func maximum(_ x: Value, _ y: Value) -> Value {
        switch (x, y) {
        case (.int(let a), .int(let b)): .int(Swift.max(a, b))
        case (.double(let a), .double(let b)): .double(Swift.max(a, b))
        case (.string(let a), .string(let b)): .string(Swift.max(a, b))
        default: x
        }
    }

    /// `<` for sorting comparable values of one type.
    static func less(_ x: Value, _ y: Value) -> Bool {
        switch (x, y) {
        case (.int(let a), .int(let b)): a < b
        case (.double(let a), .double(let b)): a < b
        case (.string(let a), .string(let b)): a < b
        default: false
        }
    }
}
