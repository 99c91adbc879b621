import SwiftSyntax

/// Result builders (`@resultBuilder struct HTMLBuilder { static func buildBlock(…) … }`), as
/// Swift defines them: a closure passed to a parameter marked `@HTMLBuilder` is rewritten so
/// that each expression statement becomes a component (through `buildExpression` when the
/// builder has one), `if`/`else` goes through `buildEither(first:)`/`buildEither(second:)`,
/// `if` without `else` through `buildOptional`, `for … in` through `buildArray`, and the
/// components are combined by `buildBlock` (then `buildFinalResult`, if declared).
///
/// The rewritten closure is Swift source lowered like any closure; its locations are the
/// original closure's.
extension Lowerer {
    /// The name of the result builder an attribute list applies (`@DrawingBuilder`), if any.
    func resultBuilderName(in attributes: AttributeListSyntax) -> String? {
        for element in attributes {
            guard let name = element.as(AttributeSyntax.self)?.attributeName.trimmedDescription else { continue }
            if globals.types[name]?.isResultBuilder == true { return name }
        }
        return nil
    }

    /// `closure` transformed by `builder`, typed as `expected`.
    func builtClosure(_ closure: ClosureExprSyntax, builder: TypeInfo, expected: ScriptType) throws -> Typed {
        var rewriter = BuilderRewriter(builder: builder)
        var result = try rewriter.block(closure.statements, lowerer: self)
        if builder.staticMethods["buildFinalResult"] != nil {
            result.result = "\(builder.name).buildFinalResult(\(result.result))"
        }
        let signature = closure.signature.map { $0.trimmedDescription + "\n" } ?? ""
        let source = "{ \(signature)\(result.code.joined(separator: "\n"))\nreturn \(result.result)\n}"
        guard let typed = try lowerSynthesizedClosure(source, expected: expected, at: loc(closure)) else {
            throw error(
                "cannot apply result builder '\(builder.name)' to this closure", closure, id: .invalidResultBuilder)
        }
        return typed
    }
}

/// Writes the Swift source of a result-builder transformation, one block at a time.
private struct BuilderRewriter {
    let builder: TypeInfo
    private var counter = 0

    init(builder: TypeInfo) { self.builder = builder }

    /// The statements of a block and the expression that builds its result.
    struct Built {
        var code: [String] = []
        var result: String
    }

    private mutating func fresh() -> String {
        counter += 1
        return "__built\(counter)"
    }

    private var name: String { builder.name }

    private func returnType(_ method: String) -> String? {
        builder.staticMethods[method]?.first.map { $0.returnType.description }
    }

    mutating func block(_ items: CodeBlockItemListSyntax, lowerer: Lowerer) throws -> Built {
        var code: [String] = []
        var components: [String] = []
        for item in items {
            switch item.item {
            case .decl(let decl):
                code.append(decl.trimmedDescription)
            case .expr(let expr):
                if let ifExpr = expr.as(IfExprSyntax.self) {
                    let (lines, component) = try branch(ifExpr, lowerer: lowerer)
                    code += lines
                    components.append(component)
                } else {
                    let component = fresh()
                    let value =
                        builder.staticMethods["buildExpression"] != nil
                        ? "\(name).buildExpression(\(expr.trimmedDescription))" : expr.trimmedDescription
                    code.append("let \(component) = \(value)")
                    components.append(component)
                }
            case .stmt(let stmt):
                if let ifExpr = stmt.as(ExpressionStmtSyntax.self)?.expression.as(IfExprSyntax.self) {
                    let (lines, component) = try branch(ifExpr, lowerer: lowerer)
                    code += lines
                    components.append(component)
                    continue
                }
                guard let forStmt = stmt.as(ForStmtSyntax.self) else {
                    throw lowerer.error(
                        "this statement cannot be used in a result builder ('\(name)')", stmt, id: .invalidResultBuilder
                    )
                }
                let (lines, component) = try loop(forStmt, lowerer: lowerer)
                code += lines
                components.append(component)
            }
        }
        return Built(code: code, result: "\(name).buildBlock(\(components.joined(separator: ", ")))")
    }

    /// `if c { A } else { B }` → `buildEither(first: A)` / `buildEither(second: B)`;
    /// `if c { A }` → `buildOptional(A)` / `buildOptional(nil)`.
    private mutating func branch(_ ifExpr: IfExprSyntax, lowerer: Lowerer) throws -> ([String], String) {
        let component = fresh()
        let then = try block(ifExpr.body.statements, lowerer: lowerer)
        let condition = ifExpr.conditions.trimmedDescription
        guard let elseBody = ifExpr.elseBody else {
            guard let type = returnType("buildOptional") else {
                throw lowerer.error(
                    "result builder '\(name)' does not implement 'buildOptional'", ifExpr, id: .invalidResultBuilder)
            }
            return (
                [
                    "let \(component): \(type)",
                    "if \(condition) {", then.code.joined(separator: "\n"),
                    "\(component) = \(name).buildOptional(\(then.result))",
                    "} else { \(component) = \(name).buildOptional(nil) }",
                ], component
            )
        }
        guard let type = returnType("buildEither") else {
            throw lowerer.error(
                "result builder '\(name)' does not implement 'buildEither'", ifExpr, id: .invalidResultBuilder)
        }
        let otherwise: Built
        switch elseBody {
        case .codeBlock(let codeBlock):
            otherwise = try block(codeBlock.statements, lowerer: lowerer)
        case .ifExpr(let nested):
            let (lines, inner) = try branch(nested, lowerer: lowerer)
            otherwise = Built(code: lines, result: "\(name).buildBlock(\(inner))")
        }
        return (
            [
                "let \(component): \(type)",
                "if \(condition) {", then.code.joined(separator: "\n"),
                "\(component) = \(name).buildEither(first: \(then.result))",
                "} else {", otherwise.code.joined(separator: "\n"),
                "\(component) = \(name).buildEither(second: \(otherwise.result))", "}",
            ], component
        )
    }

    /// `for x in xs { A }` → `buildArray([A for each x])`.
    private mutating func loop(_ forStmt: ForStmtSyntax, lowerer: Lowerer) throws -> ([String], String) {
        guard let element = returnType("buildBlock"), builder.staticMethods["buildArray"] != nil else {
            throw lowerer.error(
                "result builder '\(name)' does not implement 'buildArray'", forStmt, id: .invalidResultBuilder)
        }
        let parts = fresh()
        let component = fresh()
        let body = try block(forStmt.body.statements, lowerer: lowerer)
        // `for x in xs where x > 0` as written: the statement's text up to its body.
        let header = forStmt.trimmedDescription.dropLast(forStmt.body.trimmedDescription.count)
        return (
            [
                "var \(parts): [\(element)] = []",
                "\(header) {", body.code.joined(separator: "\n"), "\(parts).append(\(body.result))", "}",
                "let \(component) = \(name).buildArray(\(parts))",
            ], component
        )
    }
}
