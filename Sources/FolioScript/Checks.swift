import SwiftSyntax

/// Records the values of a check's sub-expressions as they are evaluated, so that a failed
/// `#expect` can show them (outermost first, in source order).
final class CheckRecorder {
    private var indexByNode: [SyntaxIdentifier: Int] = [:]
    private(set) var texts: [String] = []
    var values: [Value?] = []

    /// Literals and parentheses are not worth showing; everything else is.
    func shouldRecord(_ expr: ExprSyntax, kind: LiteralKind?) -> Bool {
        if kind == .integer || kind == .float { return false }
        if expr.is(BooleanLiteralExprSyntax.self) || expr.is(TupleExprSyntax.self) { return false }
        if let string = expr.as(StringLiteralExprSyntax.self),
            !string.segments.contains(where: { if case .expressionSegment = $0 { true } else { false } })
        {
            return false
        }
        return true
    }

    /// The pre-order index of a sub-expression (stable if it is lowered twice).
    func index(for expr: ExprSyntax) -> Int {
        if let index = indexByNode[expr.id] { return index }
        let index = texts.count
        indexByNode[expr.id] = index
        texts.append(expr.trimmedDescription)
        return index
    }

    func wrap(_ typed: Typed, index: Int) -> Typed {
        if typed.type == .void { return typed }
        let eval = typed.eval
        return Typed(
            type: typed.type,
            eval: { [unowned self] frame in
                let value = try eval(frame)
                self.values[index] = value
                return value
            }, constant: typed.constant)
    }

    func reset() {
        values = Array(repeating: nil, count: texts.count)
    }

    /// The recorded values, outermost first.
    var expressionValues: [ExpressionValue] {
        zip(texts, values).compactMap { text, value in
            value.map { ExpressionValue(expression: text, value: $0.checkFormatted) }
        }
    }
}

extension Lowerer {
    /// `#expect(condition[, comment])` and `#require(condition[, comment])`.
    func lowerMacro(name: TokenSyntax, arguments: LabeledExprListSyntax, node: Syntax) throws -> Exec {
        let macro = name.text
        guard macro == "expect" || macro == "require" else {
            throw error("macro '#\(macro)' is not supported in notes", node, id: .unsupportedMacro)
        }
        let kind: CheckResult.Kind = macro == "expect" ? .expect : .require
        let list = Array(arguments)
        guard (1...2).contains(list.count), list.allSatisfy({ $0.label == nil }), let first = list.first else {
            throw error(
                "#\(macro) takes a condition and an optional comment: #\(macro)(x < 1, \"why\")", node,
                id: .invalidCheck)
        }
        var root = first.expression
        while let tuple = root.as(TupleExprSyntax.self), tuple.elements.count == 1, let inner = tuple.elements.first,
            inner.label == nil
        {
            root = inner.expression
        }
        let recorder = CheckRecorder()
        self.recorder = recorder
        let condition: Typed
        do {
            defer { self.recorder = nil }
            condition = try lowerUnrecorded(root, expected: .bool)
        }
        if condition.type != .bool {
            if case .void = condition.type {
            } else {
                throw error(
                    "#\(macro) needs a Bool condition; have a value of type '\(condition.type)'", first.expression,
                    id: .invalidCheck)
            }
            throw error("#\(macro) needs a Bool condition", first.expression, id: .invalidCheck)
        }
        var comment: Eval?
        if list.count == 2 {
            comment = try argument(list[1].expression, .string).eval
        }
        let expression = first.expression.trimmedDescription
        let at = loc(node)
        let eval = condition.eval
        let context = self.context
        return { frame in
            recorder.reset()
            let passed = try boolValue(eval(frame), at)
            let text = try comment.map { try stringValue($0(frame), at) }
            context.outputs.append(
                .check(
                    CheckResult(
                        kind: kind, passed: passed, expression: expression, line: at.line, column: at.column,
                        values: passed ? [] : recorder.expressionValues, comment: text)))
            if !passed, kind == .require { throw RequireStop() }
            return .normal
        }
    }
}
