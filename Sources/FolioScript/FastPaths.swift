/// Specialized closures for the operations that dominate scalar loops: `Double` and `Int`
/// arithmetic and comparisons, and `+=`-style updates of a variable. They do the same as the
/// generic `Operators.binary` path with one closure call less per operation.
extension Operators {
    static func fastBinary(
        _ op: String, _ type: ScriptType, _ l: @escaping Eval, _ r: @escaping Eval, constant: Value?, at: SourceLoc
    ) -> Eval? {
        switch type {
        case .double:
            if case .double(let c)? = constant {
                switch op {
                case "+": return { f in .double(try doubleValue(l(f), at) + c) }
                case "-": return { f in .double(try doubleValue(l(f), at) - c) }
                case "*": return { f in .double(try doubleValue(l(f), at) * c) }
                case "/": return { f in .double(try doubleValue(l(f), at) / c) }
                case "<": return { f in .bool(try doubleValue(l(f), at) < c) }
                case ">": return { f in .bool(try doubleValue(l(f), at) > c) }
                default: return nil
                }
            }
            switch op {
            case "+": return { f in .double(try doubleValue(l(f), at) + doubleValue(r(f), at)) }
            case "-": return { f in .double(try doubleValue(l(f), at) - doubleValue(r(f), at)) }
            case "*": return { f in .double(try doubleValue(l(f), at) * doubleValue(r(f), at)) }
            case "/": return { f in .double(try doubleValue(l(f), at) / doubleValue(r(f), at)) }
            case "<": return { f in .bool(try doubleValue(l(f), at) < doubleValue(r(f), at)) }
            case ">": return { f in .bool(try doubleValue(l(f), at) > doubleValue(r(f), at)) }
            default: return nil
            }
        case .int:
            if case .int(let c)? = constant {
                switch op {
                case "+":
                    return { f in
                        let (v, o) = try intValue(l(f), at).addingReportingOverflow(c)
                        if o { throw ScriptError("arithmetic overflow", at: at) }
                        return .int(v)
                    }
                case "-":
                    return { f in
                        let (v, o) = try intValue(l(f), at).subtractingReportingOverflow(c)
                        if o { throw ScriptError("arithmetic overflow", at: at) }
                        return .int(v)
                    }
                case "%" where c != 0 && c != -1: return { f in .int(try intValue(l(f), at) % c) }
                case "<": return { f in .bool(try intValue(l(f), at) < c) }
                case "<=": return { f in .bool(try intValue(l(f), at) <= c) }
                case ">": return { f in .bool(try intValue(l(f), at) > c) }
                case ">=": return { f in .bool(try intValue(l(f), at) >= c) }
                case "==": return { f in .bool(try intValue(l(f), at) == c) }
                case "!=": return { f in .bool(try intValue(l(f), at) != c) }
                default: return nil
                }
            }
            switch op {
            case "+":
                return { f in
                    let (v, o) = try intValue(l(f), at).addingReportingOverflow(intValue(r(f), at))
                    if o { throw ScriptError("arithmetic overflow", at: at) }
                    return .int(v)
                }
            case "<": return { f in .bool(try intValue(l(f), at) < intValue(r(f), at)) }
            case "<=": return { f in .bool(try intValue(l(f), at) <= intValue(r(f), at)) }
            case ">": return { f in .bool(try intValue(l(f), at) > intValue(r(f), at)) }
            case ">=": return { f in .bool(try intValue(l(f), at) >= intValue(r(f), at)) }
            case "==": return { f in .bool(try intValue(l(f), at) == intValue(r(f), at)) }
            default: return nil
            }
        default:
            return nil
        }
    }

    /// `n - 1`, `n < 2`, `x * 0.5` where the left operand is a variable of the current frame:
    /// the slot is read directly (one closure call less than `fastBinary`).
    static func fastSlotBinary(_ op: String, _ type: ScriptType, slot: Int, constant: Value, at: SourceLoc) -> Eval? {
        switch (type, constant) {
        case (.int, .int(let c)):
            switch op {
            case "+":
                return { f in
                    let (v, o) = try intValue(f.slots[slot], at).addingReportingOverflow(c)
                    if o { throw ScriptError("arithmetic overflow", at: at) }
                    return .int(v)
                }
            case "-":
                return { f in
                    let (v, o) = try intValue(f.slots[slot], at).subtractingReportingOverflow(c)
                    if o { throw ScriptError("arithmetic overflow", at: at) }
                    return .int(v)
                }
            case "<": return { f in .bool(try intValue(f.slots[slot], at) < c) }
            case "<=": return { f in .bool(try intValue(f.slots[slot], at) <= c) }
            case ">": return { f in .bool(try intValue(f.slots[slot], at) > c) }
            case ">=": return { f in .bool(try intValue(f.slots[slot], at) >= c) }
            case "==": return { f in .bool(try intValue(f.slots[slot], at) == c) }
            case "!=": return { f in .bool(try intValue(f.slots[slot], at) != c) }
            default: return nil
            }
        case (.double, .double(let c)):
            switch op {
            case "+": return { f in .double(try doubleValue(f.slots[slot], at) + c) }
            case "-": return { f in .double(try doubleValue(f.slots[slot], at) - c) }
            case "*": return { f in .double(try doubleValue(f.slots[slot], at) * c) }
            case "/": return { f in .double(try doubleValue(f.slots[slot], at) / c) }
            case "<": return { f in .bool(try doubleValue(f.slots[slot], at) < c) }
            case ">": return { f in .bool(try doubleValue(f.slots[slot], at) > c) }
            default: return nil
            }
        default:
            return nil
        }
    }

    /// `x += e` (and `-=`, `*=`) on a plain `Double` or `Int` variable.
    static func fastCompound(
        _ op: String, _ type: ScriptType, _ address: @escaping (Frame) -> UnsafeMutablePointer<Value>,
        _ r: @escaping Eval, at: SourceLoc
    ) -> Eval? {
        switch (type, op) {
        case (.double, "+"):
            return { f in
                let b = try doubleValue(r(f), at)
                let p = address(f)
                p.pointee = .double(try doubleValue(p.pointee, at) + b)
                return .void
            }
        case (.double, "-"):
            return { f in
                let b = try doubleValue(r(f), at)
                let p = address(f)
                p.pointee = .double(try doubleValue(p.pointee, at) - b)
                return .void
            }
        case (.double, "*"):
            return { f in
                let b = try doubleValue(r(f), at)
                let p = address(f)
                p.pointee = .double(try doubleValue(p.pointee, at) * b)
                return .void
            }
        case (.int, "+"):
            return { f in
                let b = try intValue(r(f), at)
                let p = address(f)
                let (v, o) = try intValue(p.pointee, at).addingReportingOverflow(b)
                if o { throw ScriptError("arithmetic overflow", at: at) }
                p.pointee = .int(v)
                return .void
            }
        case (.int, "-"):
            return { f in
                let b = try intValue(r(f), at)
                let p = address(f)
                let (v, o) = try intValue(p.pointee, at).subtractingReportingOverflow(b)
                if o { throw ScriptError("arithmetic overflow", at: at) }
                p.pointee = .int(v)
                return .void
            }
        default:
            return nil
        }
    }
}

// MARK: - Unboxed Int and Bool paths

/// A lowered `Int` expression evaluated without boxing its result in a `Value` (recursion and
/// integer loops pass plain integers from operator to operator and call to call).
typealias IntEval = (Frame) throws -> Int
/// A lowered `Bool` expression (conditions test it without unwrapping a `Value`).
typealias BoolEval = (Frame) throws -> Bool

extension Typed {
    /// Whether the expression's `Int` value is available without a `Value` round trip.
    var hasIntPath: Bool {
        if int != nil { return true }
        if case .int? = constant { return true }
        return false
    }

    /// The expression's `Int` value: its own path, its constant, or its value unwrapped.
    func intPath(_ at: SourceLoc) -> IntEval {
        if let int { return int }
        if case .int(let c)? = constant { return { _ in c } }
        let eval = self.eval
        return { frame in try intValue(eval(frame), at) }
    }

    /// The expression's `Bool` value: its own path, its constant, or its value unwrapped.
    func boolPath(_ at: SourceLoc) -> BoolEval {
        if let bool { return bool }
        if case .bool(let c)? = constant { return { _ in c } }
        let eval = self.eval
        return { frame in try boolValue(eval(frame), at) }
    }
}

/// An `Int` operator with overflow checking (an overflow is an error at the operator).
protocol IntArithmetic {
    static func apply(_ a: Int, _ b: Int, _ at: SourceLoc) throws -> Int
}

/// A comparison of two `Int`s.
protocol IntComparison {
    static func test(_ a: Int, _ b: Int) -> Bool
}

enum IntAdd: IntArithmetic {
    @inline(__always) static func apply(_ a: Int, _ b: Int, _ at: SourceLoc) throws -> Int {
        let (v, o) = a.addingReportingOverflow(b)
        if o { throw ScriptError("arithmetic overflow", at: at) }
        return v
    }
}

enum IntSubtract: IntArithmetic {
    @inline(__always) static func apply(_ a: Int, _ b: Int, _ at: SourceLoc) throws -> Int {
        let (v, o) = a.subtractingReportingOverflow(b)
        if o { throw ScriptError("arithmetic overflow", at: at) }
        return v
    }
}

enum IntMultiply: IntArithmetic {
    @inline(__always) static func apply(_ a: Int, _ b: Int, _ at: SourceLoc) throws -> Int {
        let (v, o) = a.multipliedReportingOverflow(by: b)
        if o { throw ScriptError("arithmetic overflow", at: at) }
        return v
    }
}

enum IntLess: IntComparison { @inline(__always) static func test(_ a: Int, _ b: Int) -> Bool { a < b } }
enum IntLessOrEqual: IntComparison { @inline(__always) static func test(_ a: Int, _ b: Int) -> Bool { a <= b } }
enum IntGreater: IntComparison { @inline(__always) static func test(_ a: Int, _ b: Int) -> Bool { a > b } }
enum IntGreaterOrEqual: IntComparison { @inline(__always) static func test(_ a: Int, _ b: Int) -> Bool { a >= b } }
enum IntEqual: IntComparison { @inline(__always) static func test(_ a: Int, _ b: Int) -> Bool { a == b } }
enum IntNotEqual: IntComparison { @inline(__always) static func test(_ a: Int, _ b: Int) -> Bool { a != b } }

extension Operators {
    /// `Int` arithmetic and comparisons whose operands have unboxed paths: the result has both a
    /// `Value` closure and an unboxed one, each calling the operands' unboxed paths directly.
    /// Nil when an operand has no such path (the boxed fast paths serve it then).
    static func unboxedIntBinary(_ op: String, _ left: Typed, _ right: Typed, at: SourceLoc) -> Typed? {
        guard left.type == .int, right.type == .int, left.hasIntPath || left.localSlot != nil, right.hasIntPath else {
            return nil
        }
        switch op {
        case "+": return arithmetic(IntAdd.self, left, right, at)
        case "-": return arithmetic(IntSubtract.self, left, right, at)
        case "*": return arithmetic(IntMultiply.self, left, right, at)
        case "<": return comparison(IntLess.self, left, right, at)
        case "<=": return comparison(IntLessOrEqual.self, left, right, at)
        case ">": return comparison(IntGreater.self, left, right, at)
        case ">=": return comparison(IntGreaterOrEqual.self, left, right, at)
        case "==": return comparison(IntEqual.self, left, right, at)
        case "!=": return comparison(IntNotEqual.self, left, right, at)
        default: return nil
        }
    }

    /// Reads an `Int` slot of the current frame.
    @inline(__always)
    static func intSlot(_ frame: Frame, _ slot: Int, _ at: SourceLoc) throws -> Int {
        if case .int(let x) = frame.slots[slot] { return x }
        throw mismatch(frame.slots[slot], "Int", at)
    }

    private static func arithmetic<Op: IntArithmetic>(_: Op.Type, _ left: Typed, _ right: Typed, _ at: SourceLoc)
        -> Typed
    {
        if case .int(let c)? = right.constant {
            if let slot = left.localSlot {
                return Typed(
                    type: .int, eval: { f in .int(try Op.apply(try intSlot(f, slot, at), c, at)) },
                    int: { f in try Op.apply(try intSlot(f, slot, at), c, at) })
            }
            let l = left.intPath(at)
            return Typed(
                type: .int, eval: { f in .int(try Op.apply(try l(f), c, at)) },
                int: { f in try Op.apply(try l(f), c, at) })
        }
        let l = left.intPath(at)
        let r = right.intPath(at)
        return Typed(
            type: .int, eval: { f in .int(try Op.apply(try l(f), try r(f), at)) },
            int: { f in try Op.apply(try l(f), try r(f), at) })
    }

    private static func comparison<Op: IntComparison>(_: Op.Type, _ left: Typed, _ right: Typed, _ at: SourceLoc)
        -> Typed
    {
        if case .int(let c)? = right.constant {
            if let slot = left.localSlot {
                return Typed(
                    type: .bool, eval: { f in .bool(Op.test(try intSlot(f, slot, at), c)) },
                    bool: { f in Op.test(try intSlot(f, slot, at), c) })
            }
            let l = left.intPath(at)
            return Typed(type: .bool, eval: { f in .bool(Op.test(try l(f), c)) }, bool: { f in Op.test(try l(f), c) })
        }
        let l = left.intPath(at)
        let r = right.intPath(at)
        return Typed(
            type: .bool, eval: { f in .bool(Op.test(try l(f), try r(f))) }, bool: { f in Op.test(try l(f), try r(f)) })
    }
}
