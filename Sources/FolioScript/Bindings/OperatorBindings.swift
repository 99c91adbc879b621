import FolioNumerics
import FolioRuntime
import Foundation
import SwiftSyntax

/// Operators, literals and subscripts of `Tensor` in notes: `t + 1`, `2 * t`, `-t`, `t += u`,
/// `.<` masks, `t.max() < 0.01` (a one-element tensor against a number is a `Bool`), `≈`,
/// `let t: Tensor = [[1, 2], [3, 4]]`, `t[0]`, `t[1..<3, 0]`.
extension Lowerer {
    /// A binary operator with a `Tensor` operand (nil when neither side is a tensor).
    func bindingBinary(_ op: String, _ left: Typed, _ right: Typed, _ infix: InfixOperatorExprSyntax) throws -> Typed? {
        let tensor = bindings.tensor
        guard left.type == tensor || right.type == tensor else { return nil }
        var left = left
        var right = right
        if left.type == .int, literalKind(infix.leftOperand) != nil {
            left = try lower(infix.leftOperand, expected: .double)
        }
        if right.type == .int, literalKind(infix.rightOperand) != nil {
            right = try lower(infix.rightOperand, expected: .double)
        }
        guard left.type == tensor || left.type == .double, right.type == tensor || right.type == .double else {
            return nil
        }
        guard
            let operation = Self.tensorOperation(
                op, leftIsTensor: left.type == tensor, rightIsTensor: right.type == tensor)
        else {
            return nil
        }
        let l = left.eval
        let r = right.eval
        let at = loc(infix.operator)
        let resultType: ScriptType = ["<", ">", "<=", ">=", "==", "!=", "≈"].contains(op) ? .bool : tensor
        return Typed(type: resultType) { frame in
            let a = try l(frame)
            let b = try r(frame)
            return try atCall(at) { try operation(a, b) }
        }
    }

    static func tensorOperation(_ op: String, leftIsTensor: Bool, rightIsTensor: Bool) -> (
        (Value, Value) throws -> Value
    )? {
        func t(_ f: @escaping (Tensor, Tensor) throws -> Tensor) -> (Value, Value) throws -> Value {
            { a, b in tensorValue(try f(try tensorOf(a), try tensorOf(b))) }
        }
        func td(_ f: @escaping (Tensor, Double) throws -> Tensor) -> (Value, Value) throws -> Value {
            { a, b in tensorValue(try f(try tensorOf(a), try doubleOf(b))) }
        }
        func dt(_ f: @escaping (Double, Tensor) throws -> Tensor) -> (Value, Value) throws -> Value {
            { a, b in tensorValue(try f(try doubleOf(a), try tensorOf(b))) }
        }
        func compare(_ f: @escaping (Double, Double) -> Bool) -> (Value, Value) throws -> Value {
            { a, b in
                let x = try scalarOperand(a, op)
                let y = try scalarOperand(b, op)
                return .bool(f(x, y))
            }
        }
        switch (op, leftIsTensor, rightIsTensor) {
        case ("+", true, true): return t { try $0 + $1 }
        case ("-", true, true): return t { try $0 - $1 }
        case ("*", true, true): return t { try $0 * $1 }
        case ("/", true, true): return t { try $0 / $1 }
        case ("+", true, false): return td { $0 + $1 }
        case ("-", true, false): return td { $0 - $1 }
        case ("*", true, false): return td { $0 * $1 }
        case ("/", true, false): return td { $0 / $1 }
        case ("+", false, true): return dt { $0 + $1 }
        case ("-", false, true): return dt { $0 - $1 }
        case ("*", false, true): return dt { $0 * $1 }
        case ("/", false, true): return dt { $0 / $1 }
        case (".<", _, _): return t { try $0 .< $1 }
        case (".>", _, _): return t { try $0 .> $1 }
        case (".<=", _, _): return t { try $0 .<= $1 }
        case (".>=", _, _): return t { try $0 .>= $1 }
        case (".==", _, _): return t { try $0 .== $1 }
        case (".!=", _, _): return t { try $0 .!= $1 }
        case ("<", _, _): return compare { $0 < $1 }
        case (">", _, _): return compare { $0 > $1 }
        case ("<=", _, _): return compare { $0 <= $1 }
        case (">=", _, _): return compare { $0 >= $1 }
        case ("==", _, _): return compare { $0 == $1 }
        case ("!=", _, _): return compare { $0 != $1 }
        case ("≈", _, _):
            return { a, b in .bool(try approximatelyEqual(try tensorOf(a), try tensorOf(b))) }
        default: return nil
        }
    }

    /// `-t`.
    func bindingPrefix(_ op: String, _ operand: Typed, node: some SyntaxProtocol) -> Typed? {
        guard operand.type == bindings.tensor, op == "-" else { return nil }
        let eval = operand.eval
        return Typed(type: operand.type) { frame in tensorValue(-(try tensorOf(eval(frame)))) }
    }

    /// `t += u`, `t *= 2`.
    func bindingCompound(_ target: Place, op: String, _ infix: InfixOperatorExprSyntax) throws -> Typed? {
        guard target.type == bindings.tensor else { return nil }
        var value = try lower(infix.rightOperand, expected: .double)
        if value.type == .int, literalKind(infix.rightOperand) != nil {
            value = try lower(infix.rightOperand, expected: .double)
        }
        guard value.type == .double || value.type == target.type,
            let operation = Self.tensorOperation(op, leftIsTensor: true, rightIsTensor: value.type == target.type)
        else {
            throw error(binaryMessage(op + "=", target.type, value.type), infix.operator, id: .invalidOperands)
        }
        let at = loc(infix.operator)
        return Typed(
            type: .void,
            eval: mutation(target, operand: value.eval, at: at) { slot, new in
                let result = try atCall(at) { try operation(slot, new) }
                slot = result
                return .void
            })
    }

    /// `[1, 2, 3]` or `[[1, 2], [3, 4]]` where a `Tensor` is expected.
    func bindingArrayLiteral(_ array: ArrayExprSyntax, expected: ScriptType?) throws -> Typed? {
        var target = expected
        if case .optional(let wrapped)? = expected { target = wrapped }
        let tensor = bindings.tensor
        guard target == tensor else { return nil }
        let at = loc(array)
        var evals: [(Eval, Bool)] = []
        for element in array.elements {
            let typed = try lower(element.expression, expected: tensor)
            if typed.type == tensor {
                evals.append((typed.eval, true))
            } else if typed.type == .double {
                evals.append((typed.eval, false))
            } else if typed.type == .int, literalKind(element.expression) != nil {
                evals.append((try lower(element.expression, expected: .double).eval, false))
            } else {
                throw error(
                    "cannot convert value of type '\(typed.type)' to expected element type 'Tensor'",
                    element.expression, id: .typeMismatch
                )
            }
        }
        let allScalars = evals.allSatisfy { !$0.1 }
        let result = Typed(type: tensor) { frame in
            if allScalars {
                var scalars: [Double] = []
                scalars.reserveCapacity(evals.count)
                for (eval, _) in evals { scalars.append(try doubleOf(eval(frame))) }
                return tensorValue(Tensor(scalars))
            }
            var parts: [Tensor] = []
            for (eval, _) in evals { parts.append(try tensorOf(eval(frame))) }
            return try atCall(at) { tensorValue(try Tensor(nested: parts)) }
        }
        if case .optional = expected { return coerce(result, to: expected!) }
        return result
    }

    /// `t[0]`, `t[1, 2]`, `t[0..<2]`, `t[1...3, 0]`, `t[..., 0]` (an ellipsis: whole axes).
    func bindingSubscript(_ base: Typed, _ subscriptCall: SubscriptCallExprSyntax) throws -> Typed? {
        guard base.type == bindings.tensor else { return nil }
        let at = loc(subscriptCall.leftSquare)
        let resolve = try tensorIndices(subscriptCall)
        let baseEval = base.eval
        return Typed(type: base.type) { frame in
            let tensor = try tensorOf(baseEval(frame))
            return try atCall(at) { tensorValue(try subscriptTensor(tensor, try resolve(frame, tensor))) }
        }
    }

    /// The indices of a tensor subscript, lowered: given the frame and the tensor, the indices
    /// with any ellipsis (`t[..., 0]`) expanded to whole axes.
    func tensorIndices(_ subscriptCall: SubscriptCallExprSyntax) throws -> (Frame, Tensor) throws -> [any TensorIndex] {
        var indices: [(Frame) throws -> any TensorIndex] = []
        /// How many indices come before the `...`, if there is one.
        var ellipsis: Int?
        for argument in subscriptCall.arguments {
            guard argument.label == nil else {
                throw error("Tensor subscripts take no labels", argument, id: .noSubscript)
            }
            if let reference = argument.expression.as(DeclReferenceExprSyntax.self), reference.baseName.text == "...",
                lookup("...") == nil
            {
                guard ellipsis == nil else {
                    throw error("a subscript can have only one ellipsis ('...')", argument, id: .noSubscript)
                }
                ellipsis = indices.count
                continue
            }
            // Partial ranges: `t[2...]`, `t[..<3]`, `t[...3]`.
            if let postfix = argument.expression.as(PostfixOperatorExprSyntax.self), postfix.operator.text == "..." {
                let bound = try self.argument(postfix.expression, .int).eval
                indices.append { frame in (try intOf(bound(frame)))... }
                continue
            }
            if let prefix = argument.expression.as(PrefixOperatorExprSyntax.self),
                prefix.operator.text == "..<" || prefix.operator.text == "..."
            {
                let bound = try self.argument(prefix.expression, .int).eval
                if prefix.operator.text == "..<" {
                    indices.append { frame in ..<(try intOf(bound(frame))) }
                } else {
                    indices.append { frame in ...(try intOf(bound(frame))) }
                }
                continue
            }
            let index = try lower(argument.expression, expected: .int)
            switch index.type {
            case .int, .range(.int, _), .stride(.int, _):
                let eval = index.eval
                indices.append { frame in try tensorIndex(eval(frame)) }
            default:
                throw error(
                    "cannot subscript a 'Tensor' with a value of type '\(index.type)' (use Int or a range of Int)",
                    argument.expression, id: .noSubscript)
            }
        }
        return { frame, tensor in
            var resolved: [any TensorIndex] = []
            for index in indices { resolved.append(try index(frame)) }
            if let ellipsis {
                resolved = try tensor.expandingEllipsis(
                    leading: Array(resolved[..<ellipsis]), trailing: Array(resolved[ellipsis...]))
            }
            return resolved
        }
    }
}

func tensorIndex(_ value: Value) throws -> any TensorIndex {
    switch value {
    case .int(let i): return i
    case .range(let box):
        let lower = try intOf(box.lower)
        let upper = try intOf(box.upper)
        return box.closed ? lower...upper : lower..<upper
    case .stride(let box):
        guard !box.through else {
            return stride(from: try intOf(box.start), to: try intOf(box.end) + 1, by: try intOf(box.step))
        }
        return stride(from: try intOf(box.start), to: try intOf(box.end), by: try intOf(box.step))
    default: throw BindingError("internal error: not a tensor index", id: .internalError)
    }
}

func subscriptTensor(_ t: Tensor, _ i: [any TensorIndex]) throws -> Tensor {
    switch i.count {
    case 0: return t
    case 1: return try t[i[0]]
    case 2: return try t[i[0], i[1]]
    case 3: return try t[i[0], i[1], i[2]]
    case 4: return try t[i[0], i[1], i[2], i[3]]
    case 5: return try t[i[0], i[1], i[2], i[3], i[4]]
    default: throw TensorError("at most 5 indices are supported in notes, got \(i.count)")
    }
}

/// A one-element tensor's value (or a number) for `<`, `==`, … with a `Bool` result.
func scalarOperand(_ value: Value, _ op: String) throws -> Double {
    if case .native = value { return try scalarComparand(try tensorOf(value), op) }
    return try doubleOf(value)
}
