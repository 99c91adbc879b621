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
