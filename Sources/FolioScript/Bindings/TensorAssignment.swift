import FolioNumerics
import SwiftSyntax

/// Assigning through a tensor subscript: `t[0, 2] = 3.0`, `t[1] = row`, `t[..., 0] = other`,
/// `t[0..<2] += 1`, as NumPy's `t[i] = v` (the value broadcasts to the region).
///
/// A tensor is a value (DESIGN §4): the write goes into the variable's own storage, which is
/// copied first only when another tensor or view shares it, so `var u = t; u[0, 0] = 9` leaves
/// `t` as it was, and filling a fresh tensor element by element copies nothing. Inside a
/// gradient the write is differentiable (the engine's `assign(_:at:)` records it).
extension Lowerer {
    /// `t[indices] = value` or `t[indices] op= value` when `t` is a `Tensor`; nil otherwise.
    func bindingSubscriptAssignment(_ infix: InfixOperatorExprSyntax, op: String?) throws -> Typed? {
        guard let subscriptCall = infix.leftOperand.as(SubscriptCallExprSyntax.self) else { return nil }
        let tensor = bindings.tensor
        guard try lowerTypeOnly(subscriptCall.calledExpression) == tensor else { return nil }
        let target = try place(subscriptCall.calledExpression)
        let resolve = try tensorIndices(subscriptCall)
        var value = try lower(infix.rightOperand, expected: tensor)
        if value.type == .int, literalKind(infix.rightOperand) != nil {
            value = try lower(infix.rightOperand, expected: .double)
        }
        guard value.type == tensor || value.type == .double else {
            throw error(
                "cannot assign value of type '\(value.type)' to a 'Tensor' region (use a Tensor or a Double)",
                infix.rightOperand, id: .cannotAssign)
        }
        var operation: ((Value, Value) throws -> Value)?
        if let op {
            guard let compound = Self.tensorOperation(op, leftIsTensor: true, rightIsTensor: value.type == tensor)
            else {
                throw error(binaryMessage(op + "=", tensor, value.type), infix.operator, id: .invalidOperands)
            }
            operation = compound
        }
        let at = loc(infix.operator)
        let valueEval = value.eval
        // The indices need the frame; `mutation` hands its closure only the operand, so they
        // travel with the value.
        let operand: Eval = { frame in
            let new = try valueEval(frame)
            return .tuple([new, .native(Native(frame))], labels: nil)
        }
        return Typed(
            type: .void,
            eval: mutation(target, operand: operand, at: at) { slot, packed in
                guard case .tuple(let parts, _) = packed, case .native(let object) = parts[1],
                    let frame = (object as? Native<Frame>)?.value
                else {
                    throw mismatch(packed, "Tensor", at)
                }
                var t = try tensorOf(slot)
                // The variable lets go of its tensor while it changes, so an unshared storage is
                // written in place.
                slot = .void
                defer { slot = tensorValue(t) }
                try atCall(at) {
                    let indices = try resolve(frame, t)
                    var new = try tensorOf(parts[0])
                    if let operation {
                        new = try tensorOf(try operation(tensorValue(try subscriptTensor(t, indices)), parts[0]))
                    }
                    try t.assign(new, atIndices: indices)
                }
                return .void
            })
    }
}
