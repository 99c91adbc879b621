import SwiftSyntax

/// The standard library's integer types other than `Int` (`Int8`…`Int64`, `UInt`, `UInt8`…
/// `UInt64`), each a static type of its own, as in Swift: no implicit conversions, arithmetic
/// that traps on overflow (`&+`, `&-`, `&*` wrap), shifts and bitwise operators, and the
/// initializers that convert between them (`UInt8(x)` traps when `x` does not fit,
/// `init(truncatingIfNeeded:)`, `init(exactly:)`, `init(clamping:)`).
///
/// A value is an `Int` holding the integer's bit pattern (sign-extended for signed types,
/// zero-extended for unsigned ones narrower than 64 bits), so arrays, dictionaries and
/// comparisons of them need nothing new; each operation goes through Swift's own type of that
/// width, so overflow and wrapping are exactly Swift's.
enum IntegerKind: String, CaseIterable {
    case int8 = "Int8"
    case int16 = "Int16"
    case int32 = "Int32"
    case int64 = "Int64"
    case uint = "UInt"
    case uint8 = "UInt8"
    case uint16 = "UInt16"
    case uint32 = "UInt32"
    case uint64 = "UInt64"

    /// The kind a type name names, if any.
    static func named(_ name: String) -> IntegerKind? { IntegerKind(rawValue: name) }

    var bitWidth: Int {
        switch self {
        case .int8, .uint8: 8
        case .int16, .uint16: 16
        case .int32, .uint32: 32
        case .int64, .uint64, .uint: 64
        }
    }

    var isSigned: Bool {
        switch self {
        case .int8, .int16, .int32, .int64: true
        default: false
        }
    }

    /// The type's operations, over Swift's type of the same width and signedness.
    private var operations: any FixedWidthOperations.Type {
        switch self {
        case .int8: Ops<Int8>.self
        case .int16: Ops<Int16>.self
        case .int32: Ops<Int32>.self
        case .int64: Ops<Int64>.self
        case .uint: Ops<UInt>.self
        case .uint8: Ops<UInt8>.self
        case .uint16: Ops<UInt16>.self
        case .uint32: Ops<UInt32>.self
        case .uint64: Ops<UInt64>.self
        }
    }

    /// `op` on two values of this type (nil for an operator the type does not have).
    func binary(_ op: String, at: SourceLoc) -> Operators.Binary? { operations.binary(op, at: at) }

    /// The value of `x` (an integer of any type, as its `Int` bits, or signedness `fromUnsigned64`)
    /// converted exactly; nil when it does not fit.
    func exactly(_ x: Int, fromUnsigned64: Bool = false) -> Int? {
        operations.exactly(x, fromUnsigned64: fromUnsigned64)
    }

    /// `x` truncated to this width (`init(truncatingIfNeeded:)`).
    func truncating(_ x: Int) -> Int { operations.truncating(x) }

    /// `x` clamped to this type's range (`init(clamping:)`).
    func clamping(_ x: Int, fromUnsigned64: Bool = false) -> Int {
        operations.clamping(x, fromUnsigned64: fromUnsigned64)
    }

    /// The nearest value toward zero of a `Double`, nil when out of range or not finite.
    func fromDouble(_ x: Double) -> Int? { operations.fromDouble(x) }

    func toDouble(_ bits: Int) -> Double { operations.toDouble(bits) }

    var min: Int { operations.min }
    var max: Int { operations.max }

    /// The decimal text of a value (an unsigned 64-bit value above `Int.max` included).
    func describe(_ bits: Int) -> String { operations.describe(bits) }

    func unary(_ op: String, at: SourceLoc) -> ((Value) throws -> Value)? { operations.unary(op, at: at) }

    /// `nonzeroBitCount`, `leadingZeroBitCount`, `trailingZeroBitCount`, `byteSwapped`.
    func property(_ name: String) -> ((Int) -> Int)? { operations.property(name) }
}

/// The operations of one fixed-width integer type (see `IntegerKind`).
private protocol FixedWidthOperations {
    static func binary(_ op: String, at: SourceLoc) -> Operators.Binary?
    static func unary(_ op: String, at: SourceLoc) -> ((Value) throws -> Value)?
    static func exactly(_ x: Int, fromUnsigned64: Bool) -> Int?
    static func truncating(_ x: Int) -> Int
    static func clamping(_ x: Int, fromUnsigned64: Bool) -> Int
    static func fromDouble(_ x: Double) -> Int?
    static func toDouble(_ bits: Int) -> Double
    static func describe(_ bits: Int) -> String
    static func property(_ name: String) -> ((Int) -> Int)?
    static var min: Int { get }
    static var max: Int { get }
}

private enum Ops<T: FixedWidthInteger>: FixedWidthOperations {
    static func value(_ v: Value, _ at: SourceLoc) throws -> T { T(truncatingIfNeeded: try intValue(v, at)) }
    static func bits(_ x: T) -> Int { Int(truncatingIfNeeded: x) }
    static var min: Int { bits(T.min) }
    static var max: Int { bits(T.max) }

    static func checked(_ result: (partialValue: T, overflow: Bool), at: SourceLoc) throws -> Value {
        if result.overflow { throw ScriptError(.arithmeticOverflow, at: at) }
        return .int(bits(result.partialValue))
    }

    static func binary(_ op: String, at: SourceLoc) -> Operators.Binary? {
        switch op {
        case "+": return { a, b in try checked(value(a, at).addingReportingOverflow(value(b, at)), at: at) }
        case "-": return { a, b in try checked(value(a, at).subtractingReportingOverflow(value(b, at)), at: at) }
        case "*": return { a, b in try checked(value(a, at).multipliedReportingOverflow(by: value(b, at)), at: at) }
        case "/", "%":
            return { a, b in
                let divisor = try value(b, at)
                if divisor == 0 {
                    throw ScriptError(
                        op == "/" ? "division by zero" : "division by zero in remainder operation", id: .divisionByZero,
                        at: at)
                }
                let dividend = try value(a, at)
                return try checked(
                    op == "/"
                        ? dividend.dividedReportingOverflow(by: divisor)
                        : dividend.remainderReportingOverflow(dividingBy: divisor), at: at)
            }
        case "&+": return { a, b in .int(bits(try value(a, at) &+ value(b, at))) }
        case "&-": return { a, b in .int(bits(try value(a, at) &- value(b, at))) }
        case "&*": return { a, b in .int(bits(try value(a, at) &* value(b, at))) }
        case "&": return { a, b in .int(bits(try value(a, at) & value(b, at))) }
        case "|": return { a, b in .int(bits(try value(a, at) | value(b, at))) }
        case "^": return { a, b in .int(bits(try value(a, at) ^ value(b, at))) }
        case "<<": return { a, b in .int(bits(try value(a, at) << value(b, at))) }
        case ">>": return { a, b in .int(bits(try value(a, at) >> value(b, at))) }
        case "&<<": return { a, b in .int(bits(try value(a, at) &<< value(b, at))) }
        case "&>>": return { a, b in .int(bits(try value(a, at) &>> value(b, at))) }
        case "==": return { a, b in .bool(try value(a, at) == value(b, at)) }
        case "!=": return { a, b in .bool(try value(a, at) != value(b, at)) }
        case "<": return { a, b in .bool(try value(a, at) < value(b, at)) }
        case "<=": return { a, b in .bool(try value(a, at) <= value(b, at)) }
        case ">": return { a, b in .bool(try value(a, at) > value(b, at)) }
        case ">=": return { a, b in .bool(try value(a, at) >= value(b, at)) }
        default: return nil
        }
    }

    static func unary(_ op: String, at: SourceLoc) -> ((Value) throws -> Value)? {
        switch op {
        case "~": return { a in .int(bits(~(try value(a, at)))) }
        case "-" where T.isSigned:
            return { a in try checked(T.zero.subtractingReportingOverflow(value(a, at)), at: at) }
        default: return nil
        }
    }

    static func exactly(_ x: Int, fromUnsigned64: Bool) -> Int? {
        if fromUnsigned64, x < 0 { return T(exactly: UInt64(bitPattern: Int64(x))).map(bits) }
        return T(exactly: x).map(bits)
    }

    static func truncating(_ x: Int) -> Int { bits(T(truncatingIfNeeded: x)) }

    static func clamping(_ x: Int, fromUnsigned64: Bool) -> Int {
        if fromUnsigned64, x < 0 { return bits(T(clamping: UInt64(bitPattern: Int64(x)))) }
        return bits(T(clamping: x))
    }

    static func fromDouble(_ x: Double) -> Int? { T(exactly: x.rounded(.towardZero)).map(bits) }
    static func toDouble(_ bits: Int) -> Double { Double(T(truncatingIfNeeded: bits)) }
    static func describe(_ bits: Int) -> String { String(T(truncatingIfNeeded: bits)) }

    static func property(_ name: String) -> ((Int) -> Int)? {
        switch name {
        case "nonzeroBitCount": { T(truncatingIfNeeded: $0).nonzeroBitCount }
        case "leadingZeroBitCount": { T(truncatingIfNeeded: $0).leadingZeroBitCount }
        case "trailingZeroBitCount": { T(truncatingIfNeeded: $0).trailingZeroBitCount }
        case "byteSwapped": { bits(T(truncatingIfNeeded: $0).byteSwapped) }
        default: nil
        }
    }
}

extension Lowerer {
    /// `UInt8(x)`, `Int16(truncatingIfNeeded: x)`, `UInt32(exactly: x)`, `Int8(clamping: x)`.
    func fixedWidthConversion(_ kind: IntegerKind, call: FunctionCallExprSyntax) throws -> Typed {
        let at = loc(call)
        if call.arguments.isEmpty, call.trailingClosure == nil {
            return Typed(type: .fixedInt(kind)) { _ in .int(0) }  // `UInt64()` is zero, as `Int()` is.
        }
        guard call.arguments.count == 1, let argument = call.arguments.first else {
            throw error("no exact matches in call to initializer of '\(kind.rawValue)'", call, id: .noMatchingOverload)
        }
        let label = argument.label?.text
        let literal =
            argument.expression.is(IntegerLiteralExprSyntax.self)
            || argument.expression.as(PrefixOperatorExprSyntax.self)?.expression.is(IntegerLiteralExprSyntax.self)
                == true
        var operand = try lower(argument.expression, expected: literal && label == nil ? .fixedInt(kind) : nil)
        // A `Float` converts through `Double`, which holds it exactly.
        if operand.type == .float, let widened = fromFloat32(operand, to: .double, at: at) { operand = widened }
        let eval = operand.eval
        let type = ScriptType.fixedInt(kind)
        let fromUnsigned64: Bool
        switch operand.type {
        case .int: fromUnsigned64 = false
        case .fixedInt(let source): fromUnsigned64 = source == .uint64 || source == .uint
        case .double where label == nil || label == "exactly":
            return Typed(type: label == nil ? type : .optional(type)) { frame in
                let x = try doubleValue(eval(frame), at)
                if label == "exactly" {
                    return x.rounded(.towardZero) == x ? kind.fromDouble(x).map { .some(.int($0)) } ?? .null : .null
                }
                guard x.isFinite, let bits = kind.fromDouble(x) else {
                    throw ScriptError(
                        "Double value cannot be converted to \(kind.rawValue) because it is either infinite, NaN or outside the representable range",
                        id: .conversionOutOfRange, at: at)
                }
                return .int(bits)
            }
        default:
            throw error(
                "no exact matches in call to initializer of '\(kind.rawValue)' with an argument of type '\(operand.type)'",
                call, id: .noMatchingOverload)
        }
        switch label {
        case nil:
            if operand.type == type { return operand }
            return Typed(type: type) { frame in
                guard let bits = kind.exactly(try intValue(eval(frame), at), fromUnsigned64: fromUnsigned64) else {
                    throw ScriptError("Not enough bits to represent the passed value", id: .arithmeticOverflow, at: at)
                }
                return .int(bits)
            }
        case "truncatingIfNeeded", "bitPattern":
            return Typed(type: type) { frame in .int(kind.truncating(try intValue(eval(frame), at))) }
        case "exactly":
            return Typed(type: .optional(type)) { frame in
                kind.exactly(try intValue(eval(frame), at), fromUnsigned64: fromUnsigned64).map { .some(.int($0)) }
                    ?? .null
            }
        case "clamping":
            return Typed(type: type) { frame in
                .int(kind.clamping(try intValue(eval(frame), at), fromUnsigned64: fromUnsigned64))
            }
        default:
            throw error(
                "no initializer of '\(kind.rawValue)' takes the label '\(label ?? "_")'", argument,
                id: .noMatchingOverload)
        }
    }

    /// `UInt8.max`, `Int16.min`, `UInt32.bitWidth`, `UInt8.zero`.
    func fixedWidthStaticMember(_ kind: IntegerKind, _ name: String) -> Typed? {
        let value: Value
        let type: ScriptType
        switch name {
        case "max": (value, type) = (.int(kind.max), .fixedInt(kind))
        case "min": (value, type) = (.int(kind.min), .fixedInt(kind))
        case "zero": (value, type) = (.int(0), .fixedInt(kind))
        case "bitWidth": (value, type) = (.int(kind.bitWidth), .int)
        case "isSigned": (value, type) = (.bool(kind.isSigned), .bool)
        default: return nil
        }
        return Typed(type: type, eval: { _ in value }, constant: value)
    }

    /// What `print` and interpolation show for `typed`: the value itself, except an unsigned
    /// 64-bit integer, whose bits are shown as the unsigned number they are.
    func displayed(_ typed: Typed) -> Eval {
        guard case .fixedInt(let kind) = typed.type, kind == .uint64 || kind == .uint else { return typed.eval }
        let eval = typed.eval
        return { frame in
            let value = try eval(frame)
            guard case .int(let bits) = value, bits < 0 else { return value }
            return .string(kind.describe(bits))
        }
    }

    /// The integer literal `digits` as a value of `kind`, or Swift's overflow error.
    func fixedWidthLiteral(_ parsed: Int?, text: String, negative: Bool, kind: IntegerKind, node: some SyntaxProtocol)
        throws -> Typed
    {
        if negative, !kind.isSigned {
            throw error(
                "negative integer '-\(text)' overflows when stored into unsigned type '\(kind.rawValue)'", node,
                id: .invalidLiteral)
        }
        guard let parsed, let bits = kind.exactly(parsed) else {
            throw error(
                "integer literal '\(negative ? "-" : "")\(text)' overflows when stored into '\(kind.rawValue)'", node,
                id: .invalidLiteral)
        }
        let constant = Value.int(bits)
        return Typed(type: .fixedInt(kind), eval: { _ in constant }, constant: constant)
    }
}
