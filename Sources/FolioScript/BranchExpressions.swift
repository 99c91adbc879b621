import SwiftSyntax

/// Where the arms of a `switch` used as an expression leave their value.
final class SwitchValueSink {
    let expected: ScriptType?
    var type: ScriptType?
    let address: (Frame) -> UnsafeMutablePointer<Value>

    init(expected: ScriptType?, address: @escaping (Frame) -> UnsafeMutablePointer<Value>) {
        self.expected = expected
        self.address = address
    }
}

/// `if` and `switch` expressions (Swift 5.9): `let x = if c { 1 } else { 2 }`.
extension Lowerer {
    /// The value of a branch: its single expression, or a `throw` (which has any type).
    func branchValue(_ statements: CodeBlockItemListSyntax, expected: ScriptType?, node: some SyntaxProtocol) throws
        -> Typed?
    {
        guard statements.count == 1, let only = statements.first else {
            throw error(
                "a branch of an `if` or `switch` expression must be a single expression",
                statements.first.map(Syntax.init) ?? Syntax(node), id: .invalidExpression)
        }
        if let expr = itemExpression(only) {
            var typed = try lower(expr, expected: expected)
            if let expected {
                typed = try convert(typed, to: expected, "cannot convert value of type $A to specified type $E", expr)
            }
            return typed
        }
        if case .stmt(let stmt) = only.item, stmt.is(ThrowStmtSyntax.self) { return nil }
        throw error(
            "a branch of an `if` or `switch` expression must be a single expression", only, id: .invalidExpression)
    }

    /// The expression of a statement-list item (`if`/`switch` in statement position are
    /// wrapped in an expression statement).
    func itemExpression(_ item: CodeBlockItemSyntax) -> ExprSyntax? {
        switch item.item {
        case .expr(let expr): return expr
        case .stmt(let stmt): return stmt.as(ExpressionStmtSyntax.self)?.expression
        default: return nil
        }
    }

    func lowerIfExpression(_ ifExpr: IfExprSyntax, expected: ScriptType?) throws -> Typed {
        var hint = expected
        let (test, thenValue, thenExec): ((Frame) throws -> Bool, Typed?, Exec?) = try withScope {
            let test = try condition(ifExpr.conditions)
            let value = try branchValue(ifExpr.body.statements, expected: hint, node: ifExpr.body)
            let exec = value == nil ? try lowerItems(ifExpr.body.statements) : nil
            return (test, value, exec)
        }
        if hint == nil { hint = thenValue?.type }
        var elseValue: Typed?
        var elseExec: Exec?
        switch ifExpr.elseBody {
        case .ifExpr(let next)?:
            elseValue = try lowerIfExpression(next, expected: hint)
        case .codeBlock(let block)?:
            elseValue = try withScope { try branchValue(block.statements, expected: hint, node: block) }
            if elseValue == nil { elseExec = try lowerItems(block.statements) }
        case nil:
            throw error(
                "'if' must have an unconditional 'else' to be used as expression", ifExpr.ifKeyword,
                id: .invalidExpression)
        }
        if hint == nil { hint = elseValue?.type }
        guard let type = hint else {
            throw error("an `if` expression needs a branch with a value", ifExpr, id: .invalidExpression)
        }
        let thenEval: Eval
        if let thenValue {
            thenEval = try convert(thenValue, to: type, "branches have mismatching types $A and $E", ifExpr.body).eval
        } else {
            let exec = thenExec!
            thenEval = { frame in
                _ = try exec(frame)
                return .void
            }
        }
        let elseEval: Eval
        if let elseValue {
            elseEval = try convert(elseValue, to: type, "branches have mismatching types $A and $E", ifExpr).eval
        } else {
            let exec = elseExec!
            elseEval = { frame in
                _ = try exec(frame)
                return .void
            }
        }
        return Typed(type: type) { frame in try test(frame) ? thenEval(frame) : elseEval(frame) }
    }

    func lowerSwitchExpression(_ switchExpr: SwitchExprSyntax, expected: ScriptType?) throws -> Typed {
        let at = loc(switchExpr.switchKeyword)
        let hidden = try declare(
            "_switch \(at.line):\(at.column)", type: expected ?? .void, mutable: true, node: switchExpr)
        let sink = SwitchValueSink(expected: expected, address: address(hidden))
        switchValueSink = sink
        defer { switchValueSink = nil }
        let exec = try lowerSwitch(switchExpr, label: nil)
        guard let type = sink.type ?? expected else {
            throw error("a `switch` expression needs a branch with a value", switchExpr, id: .invalidExpression)
        }
        let address = sink.address
        return Typed(type: type) { frame in
            _ = try exec(frame)
            return address(frame).pointee
        }
    }

    /// The body of one arm of a `switch` expression: stores the arm's value.
    func switchArmBody(_ sink: SwitchValueSink, _ statements: CodeBlockItemListSyntax, node: some SyntaxProtocol) throws
        -> Exec
    {
        guard let typed = try branchValue(statements, expected: sink.type ?? sink.expected, node: node) else {
            return try sequence(lowerItemsInScope(statements))
        }
        if sink.type == nil { sink.type = typed.type }
        let eval = typed.eval
        let address = sink.address
        return { frame in
            address(frame).pointee = try eval(frame)
            return .normal
        }
    }

    /// Whether an `if` or `switch` is in expression form: every branch is one expression.
    func isBranchValueForm(_ expr: ExprSyntax) -> Bool {
        func single(_ statements: CodeBlockItemListSyntax) -> Bool {
            guard statements.count == 1, let only = statements.first else { return false }
            if let e = itemExpression(only) {
                if e.is(IfExprSyntax.self) || e.is(SwitchExprSyntax.self) { return isBranchValueForm(e) }
                if let infix = e.as(InfixOperatorExprSyntax.self), infix.operator.is(AssignmentExprSyntax.self) {
                    return false
                }
                return true
            }
            if case .stmt(let s) = only.item { return s.is(ThrowStmtSyntax.self) }
            return false
        }
        if let ifExpr = expr.as(IfExprSyntax.self) {
            guard single(ifExpr.body.statements) else { return false }
            switch ifExpr.elseBody {
            case .ifExpr(let next)?: return isBranchValueForm(ExprSyntax(next))
            case .codeBlock(let block)?: return single(block.statements)
            case nil: return false
            }
        }
        if let switchExpr = expr.as(SwitchExprSyntax.self) {
            for element in switchExpr.cases {
                guard case .switchCase(let switchCase) = element, single(switchCase.statements) else { return false }
            }
            return true
        }
        return false
    }

    /// `defer { … }` in a statement list: runs `body` after `rest` (however it ends).
    func deferred(_ deferStmt: DeferStmtSyntax, rest: @escaping Exec) throws -> Exec {
        let body = try lowerItems(deferStmt.body.statements)
        return { frame in
            let flow: Flow
            do {
                flow = try rest(frame)
            } catch {
                _ = try body(frame)
                throw error
            }
            // `return` inside the deferred statements is not allowed; keep the returned value.
            let returned = frame.returnValue
            _ = try body(frame)
            frame.returnValue = returned
            return flow
        }
    }
}
