import SwiftSyntax

extension Lowerer {
    /// `(a?.b = v) != nil`: an assignment through an optional chain is a `Void?`, `nil` when the
    /// chain stopped (nothing was assigned). Nil for any other comparison.
    func optionalChainAssignmentResult(_ comparison: InfixOperatorExprSyntax) throws -> Typed? {
        guard comparison.rightOperand.is(NilLiteralExprSyntax.self),
            let tuple = comparison.leftOperand.as(TupleExprSyntax.self), tuple.elements.count == 1,
            let assignment = tuple.elements.first?.expression.as(InfixOperatorExprSyntax.self),
            assignment.operator.is(AssignmentExprSyntax.self), chainHasOptional(assignment.leftOperand)
        else { return nil }
        let eval = try lowerPlainAssignment(assignment, op: nil).eval
        let isEqual = comparison.operator.as(BinaryOperatorExprSyntax.self)?.operator.text == "=="
        return Typed(type: .bool) { frame in
            do {
                _ = try eval(frame)
                return .bool(!isEqual)
            } catch is OptionalChainNil {
                return .bool(isEqual)
            }
        }
    }
}
