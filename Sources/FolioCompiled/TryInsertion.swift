import SwiftSyntax

/// Finds the expressions that need `try` in compiled Swift but not in the interpreter, which
/// lets a throwing call go unmarked (an error it throws stops the block either way).
///
/// Every expression in a statement position (an expression statement, a variable's initial
/// value, a condition, a `return`, a `for` sequence, a `switch` subject) that is not already
/// marked gets a keyword: `try` where an error can propagate (the top level, the body of a
/// throwing function, a `do` with `catch`), `try!` elsewhere (functions, closures, accessors,
/// type members), where an error stops the program as the interpreter's error stops the note.
final class TryInsertion: SyntaxVisitor {
    /// The expressions and the keyword each gets.
    private(set) var found: [(ExprSyntax, String)] = []

    private func consider(_ expr: ExprSyntax?) {
        guard let expr else { return }
        if expr.is(TryExprSyntax.self) || expr.is(AwaitExprSyntax.self) || expr.is(ClosureExprSyntax.self)
            || expr.is(IfExprSyntax.self) || expr.is(SwitchExprSyntax.self) || expr.is(MacroExpansionExprSyntax.self)
            || expr.is(IntegerLiteralExprSyntax.self) || expr.is(FloatLiteralExprSyntax.self)
            || expr.is(BooleanLiteralExprSyntax.self) || expr.is(NilLiteralExprSyntax.self)
            || expr.is(DeclReferenceExprSyntax.self) || expr.is(StringLiteralExprSyntax.self)
        {
            return
        }
        // A sequence starting with a closure or `if` (an assignment of one) is left alone too.
        found.append((expr, Self.keyword(for: Syntax(expr))))
    }

    override func visit(_ node: CodeBlockItemSyntax) -> SyntaxVisitorContinueKind {
        if case .expr(let expr) = node.item { consider(expr) }
        return .visitChildren
    }

    override func visit(_ node: InitializerClauseSyntax) -> SyntaxVisitorContinueKind {
        if node.parent?.is(PatternBindingSyntax.self) == true
            || node.parent?.is(OptionalBindingConditionSyntax.self) == true
            || node.parent?.is(MatchingPatternConditionSyntax.self) == true
        {
            consider(node.value)
        }
        return .visitChildren
    }

    override func visit(_ node: ConditionElementSyntax) -> SyntaxVisitorContinueKind {
        if case .expression(let expr) = node.condition { consider(expr) }
        return .visitChildren
    }

    override func visit(_ node: ReturnStmtSyntax) -> SyntaxVisitorContinueKind {
        consider(node.expression)
        return .visitChildren
    }

    override func visit(_ node: ForStmtSyntax) -> SyntaxVisitorContinueKind {
        consider(node.sequence)
        return .visitChildren
    }

    override func visit(_ node: SwitchExprSyntax) -> SyntaxVisitorContinueKind {
        consider(node.subject)
        return .visitChildren
    }

    override func visit(_ node: RepeatStmtSyntax) -> SyntaxVisitorContinueKind {
        consider(node.condition)
        return .visitChildren
    }

    /// `try` where an error can leave the enclosing context, `try!` where it cannot.
    static func keyword(for node: Syntax) -> String {
        var current = node.parent
        while let ancestor = current {
            if let function = ancestor.as(FunctionDeclSyntax.self) {
                return function.signature.effectSpecifiers?.throwsClause != nil ? "try" : "try!"
            }
            if let initializer = ancestor.as(InitializerDeclSyntax.self) {
                return initializer.signature.effectSpecifiers?.throwsClause != nil ? "try" : "try!"
            }
            if let doStatement = ancestor.as(DoStmtSyntax.self), !doStatement.catchClauses.isEmpty {
                return "try"
            }
            if ancestor.is(ClosureExprSyntax.self) || ancestor.is(AccessorBlockSyntax.self)
                || ancestor.is(DeferStmtSyntax.self) || ancestor.is(MemberBlockSyntax.self)
                || ancestor.is(SubscriptDeclSyntax.self) || ancestor.is(DeinitializerDeclSyntax.self)
            {
                return "try!"
            }
            current = ancestor.parent
        }
        return "try"
    }
}
