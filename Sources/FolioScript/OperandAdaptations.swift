/// Operands of a standard operator that Folio represents as another type: metatypes, whose
/// values are their types' names, and array slices where arrays are added.
extension Lowerer {
    /// `type(of: a) == Int.self` compares the names; `array + slice` and `slice + array` add
    /// the slice's elements.
    func adaptOperands(_ op: String, _ left: inout Typed, _ right: inout Typed) {
        if op == "==" || op == "!=", case .metatype = left.type, case .metatype = right.type {
            left = Typed(type: .string, eval: left.eval)
            right = Typed(type: .string, eval: right.eval)
        }
        if op == "+", left.type != right.type {
            if let elements = sliceAsArray(right), elements.type == left.type || left.type.arraySliceElement != nil {
                right = elements
            }
            if let elements = sliceAsArray(left), elements.type == right.type { left = elements }
        }
    }

    /// `a > b`, `a <= b`, `a >= b` for a type of the note that declares only `<` (what
    /// `Comparable` derives: `b < a`, `!(b < a)`, `!(a < b)`).
    func comparableOperator(_ op: String, _ left: Typed, _ right: Typed, at: SourceLoc) -> Typed? {
        guard [">", "<=", ">="].contains(op), left.type == right.type, case .named(let info) = left.type,
            info.conforms("Comparable"), let less = declaredOperator("<", left.type, right.type)
        else { return nil }
        let swapped = op != ">="
        let call = invocation(less, arguments: swapped ? [right, left] : [left, right], at: at)
        if op == ">" { return call }
        let eval = call.eval
        return Typed(type: .bool) { frame in
            if case .bool(let isLess) = try eval(frame) { return .bool(!isLess) }
            throw ScriptError(.internalError("'<' gave no Bool"), at: at)
        }
    }
}
