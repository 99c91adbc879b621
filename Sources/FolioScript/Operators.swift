import FolioRuntime

/// Swift's binary operators on the interpreter's values, chosen once per operand type at
/// lowering. Integer arithmetic traps on overflow and division by zero, as in Swift.
enum Operators {
    typealias Binary = (Value, Value) throws -> Value

    static let known: Set<String> = [
        "+", "-", "*", "/", "%", "&+", "&-", "&*", "&", "|", "^", "<<", ">>",
        "==", "!=", "<", "<=", ">", ">=", "≈",
    ]

    static func binary(_ op: String, _ type: ScriptType, within context: RuntimeContext, at: SourceLoc) -> Binary? {
        switch type {
        case .int: intOperation(op, at: at)
        case .fixedInt(let kind): kind.binary(op, at: at)
        case .double: doubleOperation(op, at: at)
        case .float: Float32Operations.binary(op, at: at)
        case .bool:
            switch op {
            case "==": { a, b in .bool(try boolValue(a, at) == boolValue(b, at)) }
            case "!=": { a, b in .bool(try boolValue(a, at) != boolValue(b, at)) }
            default: nil
            }
        case .string:
            switch op {
            case "+": { a, b in try concatenated(stringValue(a, at), stringValue(b, at), within: context, at: at) }
            case "==": { a, b in .bool(try stringValue(a, at) == stringValue(b, at)) }
            case "!=": { a, b in .bool(try stringValue(a, at) != stringValue(b, at)) }
            case "<": { a, b in .bool(try stringValue(a, at) < stringValue(b, at)) }
            case "<=": { a, b in .bool(try stringValue(a, at) <= stringValue(b, at)) }
            case ">": { a, b in .bool(try stringValue(a, at) > stringValue(b, at)) }
            case ">=": { a, b in .bool(try stringValue(a, at) >= stringValue(b, at)) }
            default: nil
            }
        case .array(let element):
            switch op {
            case "+": { a, b in try concatenated(arrayValue(a, at), arrayValue(b, at), within: context, at: at) }
            case "==" where element.isEquatable: { a, b in .bool(a.isEqual(to: b)) }
            case "!=" where element.isEquatable: { a, b in .bool(!a.isEqual(to: b)) }
            default: nil
            }
        case .range(let bound, _) where bound.isEquatable:
            switch op {
            case "==": { a, b in .bool(a.isEqual(to: b)) }
            case "!=": { a, b in .bool(!a.isEqual(to: b)) }
            default: nil
            }
        case .character, .tuple, .named:
            switch op {
            case "==" where type.isEquatable: { a, b in .bool(a.isEqual(to: b)) }
            case "!=" where type.isEquatable: { a, b in .bool(!a.isEqual(to: b)) }
            case "<" where type.isComparable: { a, b in .bool(Builtins.less(a, b)) }
            case ">" where type.isComparable: { a, b in .bool(Builtins.less(b, a)) }
            case "<=" where type.isComparable: { a, b in .bool(!Builtins.less(b, a)) }
            case ">=" where type.isComparable: { a, b in .bool(!Builtins.less(a, b)) }
            default: nil
            }
        case .set(let element) where op == "==" || op == "!=":
            element.isEquatable ? { a, b in .bool(a.isEqual(to: b) == (op == "==")) } : nil
        case .optional(let wrapped) where op == "==" || op == "!=":
            wrapped.isEquatable || wrapped == .nilLiteral ? { a, b in .bool(a.isEqual(to: b) == (op == "==")) } : nil
        case .dictionary where op == "==" || op == "!=":
            type.isEquatable ? { a, b in .bool(a.isEqual(to: b) == (op == "==")) } : nil
        default: nil
        }
    }

    static func intOperation(_ op: String, at: SourceLoc) -> Binary? {
        switch op {
        case "+":
            return { a, b in
                let (r, o) = try intValue(a, at).addingReportingOverflow(intValue(b, at))
                if o { throw ScriptError(.arithmeticOverflow, at: at) }
                return .int(r)
            }
        case "-":
            return { a, b in
                let (r, o) = try intValue(a, at).subtractingReportingOverflow(intValue(b, at))
                if o { throw ScriptError(.arithmeticOverflow, at: at) }
                return .int(r)
            }
        case "*":
            return { a, b in
                let (r, o) = try intValue(a, at).multipliedReportingOverflow(by: intValue(b, at))
                if o { throw ScriptError(.arithmeticOverflow, at: at) }
                return .int(r)
            }
        case "/":
            return { a, b in
                let divisor = try intValue(b, at)
                if divisor == 0 { throw ScriptError(.divisionByZero, at: at) }
                let (r, o) = try intValue(a, at).dividedReportingOverflow(by: divisor)
                if o { throw ScriptError(.arithmeticOverflow, at: at) }
                return .int(r)
            }
        case "%":
            return { a, b in
                let divisor = try intValue(b, at)
                if divisor == 0 {
                    throw ScriptError("division by zero in remainder operation", id: .divisionByZero, at: at)
                }
                let (r, o) = try intValue(a, at).remainderReportingOverflow(dividingBy: divisor)
                if o {
                    throw ScriptError("arithmetic overflow in remainder operation", id: .arithmeticOverflow, at: at)
                }
                return .int(r)
            }
        case "&+": return { a, b in .int(try intValue(a, at) &+ intValue(b, at)) }
        case "&-": return { a, b in .int(try intValue(a, at) &- intValue(b, at)) }
        case "&*": return { a, b in .int(try intValue(a, at) &* intValue(b, at)) }
        case "&": return { a, b in .int(try intValue(a, at) & intValue(b, at)) }
        case "|": return { a, b in .int(try intValue(a, at) | intValue(b, at)) }
        case "^": return { a, b in .int(try intValue(a, at) ^ intValue(b, at)) }
        case "<<": return { a, b in .int(try intValue(a, at) << intValue(b, at)) }
        case ">>": return { a, b in .int(try intValue(a, at) >> intValue(b, at)) }
        case "==": return { a, b in .bool(try intValue(a, at) == intValue(b, at)) }
        case "!=": return { a, b in .bool(try intValue(a, at) != intValue(b, at)) }
        case "<": return { a, b in .bool(try intValue(a, at) < intValue(b, at)) }
        case "<=": return { a, b in .bool(try intValue(a, at) <= intValue(b, at)) }
        case ">": return { a, b in .bool(try intValue(a, at) > intValue(b, at)) }
        case ">=": return { a, b in .bool(try intValue(a, at) >= intValue(b, at)) }
        default: return nil
        }
    }

    static func doubleOperation(_ op: String, at: SourceLoc) -> Binary? {
        switch op {
        case "+": { a, b in .double(try doubleValue(a, at) + doubleValue(b, at)) }
        case "-": { a, b in .double(try doubleValue(a, at) - doubleValue(b, at)) }
        case "*": { a, b in .double(try doubleValue(a, at) * doubleValue(b, at)) }
        case "/": { a, b in .double(try doubleValue(a, at) / doubleValue(b, at)) }
        case "==": { a, b in .bool(try doubleValue(a, at) == doubleValue(b, at)) }
        case "!=": { a, b in .bool(try doubleValue(a, at) != doubleValue(b, at)) }
        case "<": { a, b in .bool(try doubleValue(a, at) < doubleValue(b, at)) }
        case "<=": { a, b in .bool(try doubleValue(a, at) <= doubleValue(b, at)) }
        case ">": { a, b in .bool(try doubleValue(a, at) > doubleValue(b, at)) }
        case ">=": { a, b in .bool(try doubleValue(a, at) >= doubleValue(b, at)) }
        case "≈": { a, b in .bool(approximatelyEqual(try doubleValue(a, at), try doubleValue(b, at))) }
        default: nil
        }
    }

    /// swift-numerics' `isApproximatelyEqual(to:)` with its default tolerances: relative
    /// `√ulpOfOne`, absolute `leastNormalMagnitude`.
    static func approximatelyEqual(_ a: Double, _ b: Double) -> Bool {
        FolioRuntime.approximatelyEqual(a, b)
    }

    /// `lower <= upper` for range bounds (false for NaN, as Swift's precondition).
    static func lessOrEqual(_ lower: Value, _ upper: Value) -> Bool {
        switch (lower, upper) {
        case (.int(let a), .int(let b)): a <= b
        case (.double(let a), .double(let b)): a <= b
        default: float32Payload(lower).flatMap { a in float32Payload(upper).map { a <= $0 } } ?? false
        }
    }
}
