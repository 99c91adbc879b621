// The statement, declaration and expression enums have cases behind this SPI (`then`,
// `using`, `do` expressions): naming them keeps the switches exhaustive without a `default`.
@_spi(ExperimentalLanguageFeatures) import SwiftSyntax

extension Lowerer {
    /// Lowers a statement; `label` is the id of the label written in front of it, if any.
    ///
    /// The switch names every statement kind of swift-syntax: a new kind in a new swift-syntax
    /// is a compile error here, not a silent "not supported". Only loops and `switch` take
    /// their label here (`continue outer`, `break outer`); `lowerLabeled` handles the others.
    func lowerStmt(_ stmt: StmtSyntax, label: Int? = nil) throws -> Exec {
        switch stmt.as(StmtSyntaxEnum.self) {
        case .forStmt(let loop):
            return try nestedLoop(stmt, label: label, lowered: try lowerFor(loop, label: label))
        case .whileStmt(let loop):
            return try nestedLoop(stmt, label: label, lowered: try lowerWhile(loop, label: label))
        case .repeatStmt(let loop):
            return try lowerRepeat(loop, label: label)
        case .expressionStmt(let statement):
            if let switchExpr = statement.expression.as(SwitchExprSyntax.self) {
                return try lowerSwitch(switchExpr, label: label)
            }
            return try lowerExprStatement(statement.expression)
        case .labeledStmt(let labeled):
            return try lowerLabeled(labeled)
        case .breakStmt(let statement):
            return try lowerBreak(statement)
        case .continueStmt(let statement):
            return try lowerContinue(statement)
        case .guardStmt(let statement):
            return try lowerGuard(statement)
        case .returnStmt(let statement):
            return try lowerReturn(statement)
        case .throwStmt(let statement):
            return try lowerThrow(statement)
        case .doStmt(let statement):
            return try lowerDo(statement)
        case .deferStmt(let statement):
            // Statement lists lower `defer` themselves (`lowerItemList`): one reaching here
            // stands alone (a `case` body's only statement, say).
            throw error("`defer` is not supported yet", statement, id: .unsupportedStatement)
        case .fallThroughStmt:
            throw error(
                "`fallthrough` is only supported as the last statement of a case", stmt, id: .unsupportedStatement)
        case .discardStmt:
            throw unsupported(.statement(keyword: "discard"), stmt)
        case .yieldStmt:
            throw unsupported(.statement(keyword: "yield"), stmt)
        case .thenStmt:
            throw unsupported(.statement(keyword: "then"), stmt)
        case .missingStmt:
            throw unsupported(
                .statement(keyword: stmt.firstToken(viewMode: .sourceAccurate)?.text ?? "statement"), stmt)
        }
    }

    /// A loop inside a top-level statement (`for i … { for j … } }` whose outer loop prints) in
    /// register form when it qualifies; the block's outermost loops are compiled once its
    /// functions are (`lowerTopLevel`).
    private func nestedLoop(_ stmt: StmtSyntax, label: Int?, lowered: @escaping Exec) throws -> Exec {
        guard label == nil, !scopes.isEmpty else { return lowered }
        return RegisterCompiler.compileTopLevel(stmt, lowerer: self) ?? lowered
    }

    /// `name: statement`: the label is in scope for the statement (for `break name` and
    /// `continue name`), and the statement is lowered knowing its label.
    private func lowerLabeled(_ labeled: LabeledStmtSyntax) throws -> Exec {
        let id = nextLabelID
        nextLabelID += 1
        let statement = labeled.statement
        let isLoop =
            statement.is(ForStmtSyntax.self) || statement.is(WhileStmtSyntax.self)
            || statement.is(RepeatStmtSyntax.self)
        let isSwitch = statement.as(ExpressionStmtSyntax.self)?.expression.is(SwitchExprSyntax.self) == true
        control.labels.append((labeled.label.text, id, isLoop))
        defer { control.labels.removeLast() }
        let inner = try lowerStmt(statement, label: id)
        return isLoop || isSwitch ? inner : endingLabel(id, inner)
    }

    /// `exec`, ending normally when it is left by `break label` (for labelled `if` and `do`).
    private func endingLabel(_ label: Int, _ exec: @escaping Exec) -> Exec {
        { frame in
            let flow = try exec(frame)
            if case .breakLabel(label) = flow { return .normal }
            return flow
        }
    }

    private func lowerBreak(_ statement: BreakStmtSyntax) throws -> Exec {
        if let label = statement.label {
            guard let target = control.labels.last(where: { $0.name == label.text }) else {
                throw ScriptError(.cannotFindInScope(label.text, kind: "label"), at: loc(label))
            }
            let id = target.id
            return { _ in .breakLabel(id) }
        }
        guard control.loopDepth > 0 || control.switchDepth > 0 else {
            throw ScriptError(
                "'break' is only allowed inside a loop, if, do, or switch", id: .misplacedControlTransfer,
                at: loc(statement))
        }
        return { _ in .breakLoop }
    }

    private func lowerContinue(_ statement: ContinueStmtSyntax) throws -> Exec {
        if let label = statement.label {
            guard let target = control.labels.last(where: { $0.name == label.text }), target.isLoop else {
                throw ScriptError(
                    .cannotFindInScope(label.text, kind: "loop label"), at: loc(label))
            }
            let id = target.id
            return { _ in .continueLabel(id) }
        }
        guard control.loopDepth > 0 else {
            throw ScriptError(
                "'continue' is only allowed inside a loop", id: .misplacedControlTransfer, at: loc(statement))
        }
        return { _ in .continueLoop }
    }
}
