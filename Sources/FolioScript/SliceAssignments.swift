import SwiftSyntax

extension Lowerer {
    /// `list[4...6] = ["Bananas", "Apples"]`: the elements of a range of an array are replaced
    /// by those of another array, whose count may differ, as Swift's slice setter
    /// (`replaceSubrange`) does. `nil` when the assignment is not to a range of an array.
    ///
    /// The range is evaluated before the new elements (left to right, as in Swift), and a range
    /// outside the array traps, as Swift's does.
    func sliceAssignment(_ infix: InfixOperatorExprSyntax, op: String?) throws -> Typed? {
        guard op == nil, let subscriptCall = infix.leftOperand.as(SubscriptCallExprSyntax.self),
            subscriptCall.arguments.count == 1, let only = subscriptCall.arguments.first, only.label == nil,
            case .array(let element) = try lowerTypeOnly(subscriptCall.calledExpression)
        else { return nil }
        let bounds: SliceBounds
        if let oneSided = try oneSidedSlice(only.expression) {
            bounds = oneSided
        } else {
            guard case .range(.int, let closed) = try lowerTypeOnly(only.expression) else { return nil }
            let range = try lower(only.expression, expected: nil).eval
            let at = loc(only.expression)
            // Both bounds come from one evaluation of the range expression.
            let box = UncheckedBox<Value>(.void)
            bounds = (
                lower: { frame in
                    box.value = try range(frame)
                    guard case .range(let range) = box.value else { throw mismatch(box.value, "Range", at) }
                    return try intValue(range.lower, at)
                },
                upper: { _ in
                    guard case .range(let range) = box.value else { throw mismatch(box.value, "Range", at) }
                    return try intValue(range.upper, at) + (closed ? 1 : 0)
                }
            )
        }
        let base = try place(subscriptCall.calledExpression)
        let value = try convert(
            try lower(infix.rightOperand, expected: .array(element)), to: .array(element),
            "cannot assign value of type $A to type $E", infix.rightOperand)
        let at = loc(subscriptCall.leftSquare)
        let (lowerBound, upperBound) = bounds
        let replacement = value.eval
        let operand: Eval = { frame in
            let lower = try lowerBound(frame)
            let upper: Value = try upperBound.map { .int(try $0(frame)) } ?? .null
            return .tuple([.int(lower), upper, try replacement(frame)], labels: nil)
        }
        let eval = mutation(base, operand: operand, at: at) { slot, new in
            guard case .tuple(let parts, _) = new, case .int(let lower) = parts[0],
                case .array(let elements) = parts[2]
            else { throw mismatch(new, "slice assignment", at) }
            var array = try arrayValue(slot, at)
            slot = .void  // the array is uniquely referenced while it is changed
            var upper = array.count
            if case .int(let bound) = parts[1] { upper = bound }
            guard lower >= 0, lower <= upper, upper <= array.count else {
                slot = .array(array)
                throw ScriptError(.sliceOutOfRange(lower: lower, upper: upper, count: array.count), at: at)
            }
            array.replaceSubrange(lower..<upper, with: elements)
            slot = .array(array)
            return .void
        }
        return Typed(type: .void, eval: eval)
    }
}
