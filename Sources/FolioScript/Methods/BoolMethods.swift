import SwiftSyntax

extension Lowerer {
    /// `flag.toggle()`, `switches[i].toggle()`: the one mutating method of `Bool`, on a variable
    /// or any other place of type `Bool`. Nil for every other call.
    func boolMutatingMethod(_ baseExpr: ExprSyntax, _ name: String, labels: [String?], at: SourceLoc) throws
        -> Typed?
    {
        guard name == "toggle", labels.isEmpty else { return nil }
        if let reference = baseExpr.as(DeclReferenceExprSyntax.self), let variable = lookup(reference.baseName.text),
            !variable.mutable
        {
            throw error(.letConstant(reference.baseName.text, .mutatingMember), baseExpr)
        }
        let target = try place(baseExpr)
        return Typed(
            type: .void,
            eval: mutation(target, operand: nil, at: at) { slot, _ in
                slot = .bool(!(try boolValue(slot, at)))
                return .void
            })
    }
}
