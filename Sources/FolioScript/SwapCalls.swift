import SwiftSyntax

extension Lowerer {
    /// `swap(&a, &b)`: exchanges the values of two places of the same type (variables,
    /// properties, elements). Both are read, then written in order, as Swift's `swap` does.
    func swapCall(_ call: FunctionCallExprSyntax) throws -> Typed {
        let arguments = Array(call.arguments)
        guard arguments.count == 2, arguments.allSatisfy({ $0.label == nil }),
            let first = arguments[0].expression.as(InOutExprSyntax.self),
            let second = arguments[1].expression.as(InOutExprSyntax.self)
        else {
            throw error("'swap' takes two inout arguments: swap(&a, &b)", call, id: .inoutMisuse)
        }
        let left = try place(first.expression)
        let right = try place(second.expression)
        guard left.type == right.type else {
            throw error(
                "cannot swap values of types '\(left.type)' and '\(right.type)'", second.expression, id: .typeMismatch)
        }
        if let one = left.variable, let other = right.variable, one.slot == other.slot,
            one.isGlobal == other.isGlobal, one.level == other.level,
            one.isGlobal || (left.path + right.path).contains(where: \.isSubscript)
        {
            // Swift's exclusivity rule: two inout accesses to one array or dictionary are refused
            // statically, two to parts of one global variable trap when the program runs.
            throw error(
                "overlapping accesses to '\(first.expression.trimmedDescription.prefix { $0 != "[" && $0 != "." })', but modification requires exclusive access; consider calling MutableCollection.swapAt(_:_:)",
                second.expression, id: .exclusiveAccess)
        }
        let readLeft = try lower(first.expression, expected: left.type).eval
        let readRight = try lower(second.expression, expected: right.type).eval
        let at = loc(call)
        let box = UncheckedBox<Value>(.void)
        let writeLeft = mutation(left, operand: { _ in box.value }, at: at) { slot, new in
            slot = new
            return .void
        }
        let writeRight = mutation(right, operand: { _ in box.value }, at: at) { slot, new in
            slot = new
            return .void
        }
        return Typed(type: .void) { frame in
            let a = try readLeft(frame)
            let b = try readRight(frame)
            box.value = b
            _ = try writeLeft(frame)
            box.value = a
            _ = try writeRight(frame)
            return .void
        }
    }
}

extension Lowerer.PathStep {
    /// A step through a subscript (an element of an array or a dictionary, or a declared one).
    var isSubscript: Bool {
        switch self {
        case .index, .key, .keyDefault: true
        case .accessor(_, _, let arguments, _): !arguments.isEmpty
        default: false
        }
    }
}
