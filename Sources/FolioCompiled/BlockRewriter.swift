import SwiftParser
import SwiftSyntax

/// Turns one block's code into the statements of a compiled note, by edits at positions that
/// swift-syntax finds, so every other byte (and every line break) of the block stays where it
/// was and `#sourceLocation` maps each generated line to the note's line:
///
/// - `#expect(c)` / `#require(c)` become calls of the recorder with the condition's text and
///   its line and column in the note (what the interpreter records);
/// - the block's last expression, when it is one the interpreter displays, is wrapped in
///   `try __folio.display(…)`; other expression statements that are calls (at the top level
///   and in the bodies of top-level `if`, `for`, `while`, `repeat`, `do` and `switch`, where
///   the interpreter turns a `Chart` or `Table` statement into an output) in
///   `try __folio.statement(…)`;
/// - the standard random family (`Double.random(in:)`, `Bool.random()`, `shuffled()`,
///   `shuffle()`, `randomElement()`) draws from the block's stream, `using: &__folio.stream`,
///   as the interpreter's does.
struct BlockRewriter {
    /// The recorder's name in generated code.
    static let recorder = "__folio"

    /// Where the block's first line sits in the note.
    let line: Int
    let column: Int

    private struct Edit {
        var offset: Int
        /// The end of the replaced range (`offset` for an insertion).
        var end: Int
        var order: Int
        var text: String
    }

    /// The rewritten code (same lines as `code`).
    func rewrite(_ code: String, displaysLastValue: Bool) -> String {
        let tree = Parser.parse(source: code)
        let converter = SourceLocationConverter(fileName: "", tree: tree)
        var edits: [Edit] = []
        var order = 0
        func insert(_ text: String, at position: AbsolutePosition) {
            order += 1
            edits.append(Edit(offset: position.utf8Offset, end: position.utf8Offset, order: order, text: text))
        }
        func replace(_ range: Range<AbsolutePosition>, with text: String) {
            // Applied before the insertions at the same place, which then land in front of it.
            edits.append(
                Edit(offset: range.lowerBound.utf8Offset, end: range.upperBound.utf8Offset, order: .max, text: text))
        }

        // Checks and random calls, anywhere in the block.
        let visitor = CallVisitor(viewMode: .sourceAccurate)
        visitor.walk(tree)
        for macro in visitor.macros {
            let name = macro.macroName.text
            guard name == "expect" || name == "require", let paren = macro.leftParen, let close = macro.rightParen,
                macro.arguments.first != nil
            else { continue }
            let location = converter.location(for: macro.positionAfterSkippingLeadingTrivia)
            let keyword = TryInsertion.keyword(for: Syntax(macro))
            replace(
                macro.positionAfterSkippingLeadingTrivia..<paren.endPositionBeforeTrailingTrivia,
                with: "\(keyword) \(Self.recorder).\(name)(")
            let text = macro.arguments.first.map { $0.expression.trimmedDescription } ?? ""
            if let condition = macro.arguments.first?.expression {
                for operand in Self.comparisonOperands(condition) {
                    let start = operand.first.positionAfterSkippingLeadingTrivia
                    let end = operand.last.endPositionBeforeTrailingTrivia
                    let source = Self.text(of: operand, in: code)
                    insert("\(Self.recorder).value(", at: start)
                    insert(", \(Self.literal(source)))", at: end)
                }
            }
            let noteLine = line + location.line - 1
            let noteColumn = column + location.column - 1
            insert(
                ", expression: \(Self.literal(text)), line: \(noteLine), column: \(noteColumn)",
                at: close.positionAfterSkippingLeadingTrivia)
        }
        for call in visitor.randomCalls {
            guard let close = call.rightParen else { continue }
            let separator = call.arguments.isEmpty ? "" : ", "
            insert(separator + "using: &\(Self.recorder).stream", at: close.positionAfterSkippingLeadingTrivia)
        }

        // Statements whose value the interpreter shows or records.
        var wrapped: Set<SyntaxIdentifier> = []
        let items = Array(tree.statements)
        for (index, item) in items.enumerated() {
            let isLast = index == items.count - 1
            if isLast, displaysLastValue, case .expr(let expr) = item.item, Self.isDisplayed(expr) {
                wrapped.insert(expr.id)
                insert("try \(Self.recorder).display(", at: expr.positionAfterSkippingLeadingTrivia)
                insert(")", at: expr.endPositionBeforeTrailingTrivia)
            } else {
                wrapStatements(in: Syntax(item), wrapped: &wrapped, insert: insert)
            }
        }

        // `try` where Swift needs it and the interpreter does not ask for it.
        let tries = TryInsertion(viewMode: .sourceAccurate)
        tries.walk(tree)
        for (expr, keyword) in tries.found where !wrapped.contains(expr.id) {
            insert(keyword + " ", at: expr.positionAfterSkippingLeadingTrivia)
        }

        var bytes = Array(code.utf8)
        for edit in edits.sorted(by: { ($0.offset, $0.order) > ($1.offset, $1.order) }) {
            bytes.replaceSubrange(edit.offset..<edit.end, with: Array(edit.text.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Wraps call statements of the top level and of top-level control flow in
    /// `__folio.statement(…)` (not inside functions or closures: there a `Chart` statement is
    /// not an output, and a body's last expression may be its implicit return).
    private func wrapStatements(
        in node: Syntax, wrapped: inout Set<SyntaxIdentifier>, insert: (String, AbsolutePosition) -> Void
    ) {
        if let item = node.as(CodeBlockItemSyntax.self) {
            if case .expr(let expr) = item.item {
                if Self.isStatementCall(expr) {
                    wrapped.insert(expr.id)
                    insert("try \(Self.recorder).statement(", expr.positionAfterSkippingLeadingTrivia)
                    insert(")", expr.endPositionBeforeTrailingTrivia)
                    return
                }
            }
        }
        if node.is(FunctionDeclSyntax.self) || node.is(ClosureExprSyntax.self) || node.is(InitializerDeclSyntax.self)
            || node.is(AccessorBlockSyntax.self) || node.is(StructDeclSyntax.self) || node.is(ClassDeclSyntax.self)
            || node.is(EnumDeclSyntax.self) || node.is(ExtensionDeclSyntax.self) || node.is(ProtocolDeclSyntax.self)
            || node.is(VariableDeclSyntax.self) || node.is(FunctionCallExprSyntax.self)
        {
            return
        }
        for child in node.children(viewMode: .sourceAccurate) {
            wrapStatements(in: child, wrapped: &wrapped, insert: insert)
        }
    }

    /// A call (possibly after `try`) that is not an assignment: `Chart { … }`, `f(x)`,
    /// `chart.frame(width: 300)`.
    static func isStatementCall(_ expr: ExprSyntax) -> Bool {
        var inner = expr
        if let tried = inner.as(TryExprSyntax.self) { inner = tried.expression }
        return inner.is(FunctionCallExprSyntax.self)
    }

    /// Whether the interpreter shows this last expression: not `if`/`switch` expressions,
    /// macros, or assignments (whose type is `Void`, shown as nothing, but which cannot be an
    /// argument).
    static func isDisplayed(_ expr: ExprSyntax) -> Bool {
        var inner = expr
        if let tried = inner.as(TryExprSyntax.self) { inner = tried.expression }
        if inner.is(IfExprSyntax.self) || inner.is(SwitchExprSyntax.self) || inner.is(MacroExpansionExprSyntax.self) {
            return false
        }
        if let sequence = inner.as(SequenceExprSyntax.self) {
            for element in sequence.elements {
                if element.is(AssignmentExprSyntax.self) { return false }
                if let op = element.as(BinaryOperatorExprSyntax.self) {
                    let text = op.operator.text
                    if text.hasSuffix("="),
                        !["==", "!=", "<=", ">=", "===", "!==", ".==", ".!=", ".<=", ".>="].contains(text)
                    {
                        return false
                    }
                }
            }
        }
        return true
    }

    /// The operands of a condition that is one comparison (`a < b`, `xs.mean() ≈ 0.5`,
    /// `try f(x) == y + 1`), each as its first and last element of the unfolded sequence, left
    /// out when a literal (the interpreter does not show those either). Empty for any other
    /// condition (`a && b`, `x.isEmpty`, two comparisons), whose values are not recorded.
    static func comparisonOperands(_ condition: ExprSyntax) -> [(first: ExprSyntax, last: ExprSyntax)] {
        var root = condition
        while true {
            if let tried = root.as(TryExprSyntax.self) {
                root = tried.expression
            } else if let tuple = root.as(TupleExprSyntax.self), tuple.elements.count == 1,
                let only = tuple.elements.first, only.label == nil
            {
                root = only.expression
            } else {
                break
            }
        }
        guard let sequence = root.as(SequenceExprSyntax.self) else { return [] }
        let elements = Array(sequence.elements)
        var comparison: Int?
        for (index, element) in elements.enumerated() where index % 2 == 1 {
            // Operators sit at odd positions; anything but a binary operator (ternary, `as`,
            // `is`, assignment) or a second comparison, `&&` or `||` leaves the condition alone.
            guard let op = element.as(BinaryOperatorExprSyntax.self) else { return [] }
            let text = op.operator.text
            if ["&&", "||"].contains(text) { return [] }
            if comparisonOperators.contains(text) {
                if comparison != nil { return [] }
                comparison = index
            }
        }
        guard let comparison, elements.count % 2 == 1 else { return [] }
        let sides = [elements[..<comparison], elements[(comparison + 1)...]]
        return sides.compactMap { side in
            guard var first = side.first, var last = side.last else { return nil }
            // `try f(x) == 1` is unfolded as `[try f(x), ==, 1]`: the value is `f(x)`'s, and
            // `try` stays in front, covering the whole condition as it does when folded.
            if let tried = first.as(TryExprSyntax.self) {
                if side.count == 1 { last = tried.expression }
                first = tried.expression
            }
            if side.count == 1, isLiteral(first) { return nil }
            return (first, last)
        }
    }

    /// The operators whose operands a failed check shows.
    static let comparisonOperators: Set<String> = ["==", "!=", "<", "<=", ">", ">=", "≈", "===", "!=="]

    /// A literal (or a negated one, or `.member`, whose type only the context gives).
    static func isLiteral(_ expr: ExprSyntax) -> Bool {
        if let prefix = expr.as(PrefixOperatorExprSyntax.self) { return isLiteral(prefix.expression) }
        if let string = expr.as(StringLiteralExprSyntax.self) {
            return !string.segments.contains { if case .expressionSegment = $0 { true } else { false } }
        }
        if let member = expr.as(MemberAccessExprSyntax.self) { return member.base == nil }
        return expr.is(IntegerLiteralExprSyntax.self) || expr.is(FloatLiteralExprSyntax.self)
            || expr.is(BooleanLiteralExprSyntax.self) || expr.is(NilLiteralExprSyntax.self)
            || expr.is(ArrayExprSyntax.self) || expr.is(DictionaryExprSyntax.self)
    }

    /// The source text from the start of `operand.first` to the end of `operand.last`.
    static func text(of operand: (first: ExprSyntax, last: ExprSyntax), in code: String) -> String {
        let bytes = Array(code.utf8)
        let start = operand.first.positionAfterSkippingLeadingTrivia.utf8Offset
        let end = operand.last.endPositionBeforeTrailingTrivia.utf8Offset
        guard start <= end, end <= bytes.count else { return "" }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// A Swift string literal of `text`.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// Finds the macro expansions and the calls of the standard random family.
private final class CallVisitor: SyntaxVisitor {
    var macros: [MacroExpansionExprSyntax] = []
    var randomCalls: [FunctionCallExprSyntax] = []

    override func visit(_ node: MacroExpansionExprSyntax) -> SyntaxVisitorContinueKind {
        macros.append(node)
        return .visitChildren
    }

    override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
        guard let member = node.calledExpression.as(MemberAccessExprSyntax.self), node.trailingClosure == nil else {
            return .visitChildren
        }
        let name = member.declName.baseName.text
        let labels = node.arguments.map { $0.label?.text }
        if labels.contains("using") { return .visitChildren }
        let base = member.base?.as(DeclReferenceExprSyntax.self)?.baseName.text
        switch (name, labels) {
        case ("random", ["in"]) where ["Double", "Int", "Float", "UInt"].contains(base ?? ""),
            ("random", []) where base == "Bool",
            ("shuffled", []), ("shuffle", []), ("randomElement", []):
            randomCalls.append(node)
        default: break
        }
        return .visitChildren
    }
}
