import SwiftSyntax

/// Swift's `Float` (`Float32`): IEEE binary32, a static type of its own as in Swift (no implicit
/// conversion to or from `Double`), every operation done by Swift's `Float`, so rounding,
/// overflow to infinity and printing (the shortest digits that round-trip the `Float`:
/// `Float(0.1)` prints `0.1`, `Float(1) / 3` prints `0.33333334`) are Swift's own.
///
/// A value is a `Value.native` holding a `Float32Box`: notes use `Float` rarely enough that the
/// box costs nothing that matters, and every printing path (arrays, optionals, struct fields)
/// formats it through its `description` without learning about it.
final class Float32Box: CustomStringConvertible {
    let value: Float

    init(_ value: Float) { self.value = value }

    var description: String { value.description }
}

extension Value {
    /// A `Float` value.
    static func float32(_ x: Float) -> Value { .native(Float32Box(x)) }
}

/// The `Float` a value of static type `Float` holds.
@inline(__always)
func floatValue(_ value: Value, _ loc: SourceLoc) throws -> Float {
    if case .native(let object) = value, let box = object as? Float32Box { return box.value }
    throw mismatch(value, "Float", loc)
}

/// The `Float` in a value, if it is one (for equality, hashing and ordering of any value).
func float32Payload(_ value: Value) -> Float? {
    if case .native(let object) = value, let box = object as? Float32Box { return box.value }
    return nil
}

/// `Float`'s operators, static members and properties.
enum Float32Operations {
    static let typeNames: Set<String> = ["Float", "Float32"]

    static func binary(_ op: String, at: SourceLoc) -> Operators.Binary? {
        func arithmetic(_ f: @escaping (Float, Float) -> Float) -> Operators.Binary {
            { a, b in .float32(f(try floatValue(a, at), try floatValue(b, at))) }
        }
        func comparison(_ f: @escaping (Float, Float) -> Bool) -> Operators.Binary {
            { a, b in .bool(f(try floatValue(a, at), try floatValue(b, at))) }
        }
        switch op {
        case "+": return arithmetic(+)
        case "-": return arithmetic(-)
        case "*": return arithmetic(*)
        case "/": return arithmetic(/)
        case "==": return comparison(==)
        case "!=": return comparison(!=)
        case "<": return comparison(<)
        case "<=": return comparison(<=)
        case ">": return comparison(>)
        case ">=": return comparison(>=)
        default: return nil
        }
    }

    /// `Float.pi`, `Float.infinity`, `Float.greatestFiniteMagnitude`….
    static func staticMember(_ name: String) -> Value? {
        let value: Float
        switch name {
        case "pi": value = .pi
        case "infinity": value = .infinity
        case "nan": value = .nan
        case "signalingNaN": value = .signalingNaN
        case "ulpOfOne": value = .ulpOfOne
        case "greatestFiniteMagnitude": value = .greatestFiniteMagnitude
        case "leastNormalMagnitude": value = .leastNormalMagnitude
        case "leastNonzeroMagnitude": value = .leastNonzeroMagnitude
        case "zero": value = .zero
        default: return nil
        }
        return .float32(value)
    }

    /// The properties of a `Float` value: their type and how each is read.
    static func property(_ name: String) -> (ScriptType, (Float) -> Value)? {
        switch name {
        case "isNaN": (.bool, { .bool($0.isNaN) })
        case "isInfinite": (.bool, { .bool($0.isInfinite) })
        case "isFinite": (.bool, { .bool($0.isFinite) })
        case "isZero": (.bool, { .bool($0.isZero) })
        case "isNormal": (.bool, { .bool($0.isNormal) })
        case "isSubnormal": (.bool, { .bool($0.isSubnormal) })
        case "isSignalingNaN": (.bool, { .bool($0.isSignalingNaN) })
        case "magnitude": (.float, { .float32($0.magnitude) })
        case "ulp": (.float, { .float32($0.ulp) })
        case "nextUp": (.float, { .float32($0.nextUp) })
        case "nextDown": (.float, { .float32($0.nextDown) })
        case "significand": (.float, { .float32($0.significand) })
        case "exponent": (.int, { .int($0.exponent) })
        case "bitPattern": (.fixedInt(.uint32), { .int(Int($0.bitPattern)) })
        case "description", "debugDescription":
            (.string, { .string(name == "description" ? $0.description : $0.debugDescription) })
        default: nil
        }
    }
}

extension Lowerer {
    /// `Float(x)`: from an `Int`, a `Double`, another integer type, a `Float` or a `String`
    /// (failable), and `Float(exactly:)`, `Float(bitPattern:)`; a literal argument is a `Float`
    /// literal, as in Swift (`Float(0.1)` is the `Float` nearest 0.1, not a rounded `Double`).
    func float32Conversion(_ call: FunctionCallExprSyntax) throws -> Typed {
        let at = loc(call)
        guard call.arguments.count == 1, let argument = call.arguments.first else {
            if call.arguments.isEmpty {
                let zero = Value.float32(0)
                return Typed(type: .float, eval: { _ in zero }, constant: zero)
            }
            throw error("no exact matches in call to initializer of 'Float'", call, id: .noMatchingOverload)
        }
        let label = argument.label?.text
        let isLiteral = literalKind(argument.expression) != nil
        let literalType: ScriptType? = label == nil ? .float : label == "bitPattern" ? .fixedInt(.uint32) : nil
        let operand = try lower(argument.expression, expected: isLiteral ? literalType : nil)
        let eval = operand.eval
        switch (label, operand.type) {
        case (nil, .float):
            return operand
        case (nil, .int):
            return Typed(type: .float) { frame in .float32(Float(try intValue(eval(frame), at))) }
        case (nil, .double):
            return Typed(type: .float) { frame in .float32(Float(try doubleValue(eval(frame), at))) }
        case (nil, .fixedInt(let kind)):
            let unsigned64 = kind == .uint64 || kind == .uint
            return Typed(type: .float) { frame in
                let bits = try intValue(eval(frame), at)
                return .float32(unsigned64 ? Float(UInt64(bitPattern: Int64(bits))) : Float(bits))
            }
        case (nil, .string):
            return Typed(type: .optional(.float)) { frame in
                Float(try stringValue(eval(frame), at)).map { .some(.float32($0)) } ?? .null
            }
        case ("exactly", .int):
            return Typed(type: .optional(.float)) { frame in
                Float(exactly: try intValue(eval(frame), at)).map { .some(.float32($0)) } ?? .null
            }
        case ("exactly", .double):
            return Typed(type: .optional(.float)) { frame in
                Float(exactly: try doubleValue(eval(frame), at)).map { .some(.float32($0)) } ?? .null
            }
        case ("bitPattern", .fixedInt(.uint32)):
            return Typed(type: .float) { frame in
                .float32(Float(bitPattern: UInt32(truncatingIfNeeded: try intValue(eval(frame), at))))
            }
        default:
            throw error(
                "no exact matches in call to initializer of 'Float' with an argument of type '\(operand.type)'", call,
                id: .noMatchingOverload)
        }
    }

    /// `Double(f)` and `Int(f)` for a `Float` operand (nil for another target).
    func fromFloat32(_ operand: Typed, to target: ScriptType, at: SourceLoc) -> Typed? {
        let eval = operand.eval
        switch target {
        case .double:
            return Typed(type: .double) { frame in .double(Double(try floatValue(eval(frame), at))) }
        case .int:
            return Typed(type: .int) { frame in
                let x = try floatValue(eval(frame), at)
                guard x.isFinite else {
                    throw ScriptError(
                        "Float value cannot be converted to Int because it is either infinite or NaN",
                        id: .conversionOutOfRange, at: at)
                }
                guard let value = Int(exactly: x.rounded(.towardZero)) else {
                    throw ScriptError(
                        "Float value cannot be converted to Int because the result would be "
                            + (x < 0 ? "less than Int.min" : "greater than Int.max"), id: .conversionOutOfRange, at: at)
                }
                return .int(value)
            }
        default:
            return nil
        }
    }

    /// A literal of type `Float`: the `Float` nearest the literal's digits.
    func float32Literal(_ text: String, negative: Bool, node: some SyntaxProtocol) throws -> Typed {
        let digits = text.replacingOccurrences(of: "_", with: "")
        var value = Float(digits)
        if value == nil,
            let integer = Int(digits.dropFirst(2), radix: digits.hasPrefix("0x") ? 16 : digits.hasPrefix("0o") ? 8 : 2)
        {
            value = Float(integer)
        }
        guard let value else { throw error("invalid floating-point literal '\(text)'", node, id: .invalidLiteral) }
        let constant = Value.float32(negative ? -value : value)
        return Typed(type: .float, eval: { _ in constant }, constant: constant)
    }
}
