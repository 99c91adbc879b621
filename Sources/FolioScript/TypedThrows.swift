import SwiftSyntax

extension Lowerer {
    /// The error type `E` of the innermost `throws(E)` around `node`: a function's, an
    /// initializer's, a closure's or a `do throws(E)` body's; nil when that is a plain `throws`
    /// (any error). `throw .noRatings` is then a member of `E`, as in Swift.
    func typedThrowsType(enclosing node: Syntax) throws -> ScriptType? {
        var current = node.parent
        while let syntax = current {
            if let function = syntax.as(FunctionDeclSyntax.self) {
                return try thrownType(function.signature.effectSpecifiers?.throwsClause)
            }
            if let initializer = syntax.as(InitializerDeclSyntax.self) {
                return try thrownType(initializer.signature.effectSpecifiers?.throwsClause)
            }
            if let closure = syntax.as(ClosureExprSyntax.self) {
                return try thrownType(closure.signature?.effectSpecifiers?.throwsClause)
            }
            if let body = syntax.as(CodeBlockSyntax.self), let doStmt = body.parent?.as(DoStmtSyntax.self),
                let thrown = doStmt.throwsClause?.type
            {
                return try type(thrown)
            }
            current = syntax.parent
        }
        return nil
    }

    /// The `E` of `throws(E)`; nil for a plain `throws` or none.
    func thrownType(_ clause: ThrowsClauseSyntax?) throws -> ScriptType? {
        guard let declared = clause?.type else { return nil }
        return try type(declared)
    }
}
