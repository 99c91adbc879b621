import SwiftOperators
import SwiftParser
import SwiftSyntax

/// Result builders (`@resultBuilder struct HTMLBuilder { static func buildBlock(…) … }`), as
/// Swift defines them: a closure passed to a parameter marked `@HTMLBuilder` is rewritten so
/// that each expression statement becomes a component (through `buildExpression` when the
/// builder has one), `if`/`else` goes through `buildEither(first:)`/`buildEither(second:)`,
/// `if` without `else` through `buildOptional`, `for … in` through `buildArray`, and the
/// components are combined by `buildBlock` (then `buildFinalResult`, if declared).
///
/// The same transformation builds the bodies of `Chart { … }` and `Table { … }`, whose
/// builders (`ChartContentBuilder`, `TableBuilder`) are bound types of the charts
/// (`ChartBindings.swift`), as Swift Charts' are ordinary result builders.
///
/// The rewritten closure is Swift source lowered like any closure; every expression,
/// declaration and condition copied from the note keeps its own location in it
/// (`SynthesizedLocations`), and the builder calls around a component take the component's.
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
        try builtClosure(closure, builder: ResultBuilderSpec(builder), expected: expected)
    }

    /// `closure` transformed by the builder `builder` describes, typed as `expected`.
    func builtClosure(_ closure: ClosureExprSyntax, builder: ResultBuilderSpec, expected: ScriptType) throws -> Typed {
        var rewriter = BuilderRewriter(builder: builder)
        let result = try rewriter.block(closure.statements, lowerer: self)
        var source = MappedSource()
        source.append("{ ")
        if let signature = closure.signature {
            source.append(copying: signature)
            source.append("\n")
        }
        source.append(result.code)
        source.append("\nreturn ")
        if builder.declares("buildFinalResult") {
            source.append("\(builder.name).buildFinalResult(")
            source.append(result.result)
            source.append(")")
        } else {
            source.append(result.result)
        }
        source.append("\n}")
        guard let typed = try lowerSynthesizedClosure(source, expected: expected, at: loc(closure)) else {
            throw error(
                "cannot apply result builder '\(builder.name)' to this closure", closure, id: .invalidResultBuilder)
        }
        return typed
    }
}

extension Lowerer {
    /// Lowers the closure Folio wrote in `source`; a node copied from the note keeps its
    /// location, the rest is at `at`.
    func lowerSynthesizedClosure(_ source: MappedSource, expected: ScriptType?, at: SourceLoc) throws -> Typed? {
        // Inside code that is all at one location already, so is this.
        if fixedLocation != nil { return try lowerSynthesizedClosure(source.text, expected: expected, at: at) }
        let savedRecorder = recorder
        recorder = nil
        defer { recorder = savedRecorder }
        return try lowerSynthesized(source, at: at) { items -> Typed? in
            guard let item = items.first, case .expr(let expr) = item.item,
                let closure = expr.as(ClosureExprSyntax.self)
            else { return nil }
            return try lowerClosure(closure, expected: expected)
        }
    }

    /// Parses the statements Folio wrote in `source` and runs `body` on them, with the
    /// locations of `source` (a node copied from the note is at its own place, the rest at
    /// `at`); `nil` if the text does not parse.
    func lowerSynthesized<T>(_ source: MappedSource, at: SourceLoc, _ body: (CodeBlockItemListSyntax) throws -> T?)
        throws -> T?
    {
        let tree = Parser.parse(source: source.text)
        if tree.hasError { return nil }
        // The note's own operators too: the copied code may use them.
        let operators = globals.operators ?? BlockParser.operatorTable()
        guard let folded = operators.foldAll(tree, errorHandler: { _ in }).as(SourceFileSyntax.self) else { return nil }
        if let fixedLocation {
            let saved = fixedLocation
            self.fixedLocation = at
            defer { self.fixedLocation = saved }
            return try body(folded.statements)
        }
        let outer: (AbsolutePosition) -> SourceLoc?
        if let enclosing = synthesizedLocations {
            outer = { enclosing.location($0) }
        } else {
            let mapper = self.mapper
            outer = { mapper.loc($0) }
        }
        let savedLocations = synthesizedLocations
        synthesizedLocations = SynthesizedLocations(source: source, fallback: at, outer: outer)
        defer { synthesizedLocations = savedLocations }
        return try body(folded.statements)
    }
}

/// What the transformation needs to know of a result builder: its name, and the `build…`
/// methods it declares with the type each returns (as Swift source).
struct ResultBuilderSpec {
    let name: String
    let returnTypes: [String: String]

    /// A builder declared in the note.
    init(_ builder: TypeInfo) {
        name = builder.name
        returnTypes = builder.staticMethods.compactMapValues { $0.first.map { $0.returnType.description } }
    }

    /// A builder of the bindings (`ChartContentBuilder`), from its bound static methods.
    init?(bound name: String, in bindings: BindingTable) {
        guard let type = bindings.boundType(named: name) else { return nil }
        self.name = name
        returnTypes = bindings.members(of: type).staticMethods.compactMapValues {
            $0.first.map { $0.result.description }
        }
    }

    func declares(_ method: String) -> Bool { returnTypes[method] != nil }
}

/// Swift source written by Folio, with where each piece copied from the note came from: a
/// copied piece maps offset for offset to the note, a piece written around a component (`B.buildExpression(`)
/// maps to the component's first character.
struct MappedSource {
    /// A run of `text` that stands for note source starting at `origin`.
    struct Segment {
        var start: Int
        let length: Int
        let origin: AbsolutePosition
        /// Offsets inside the run map to the same offsets after `origin` (else all to `origin`).
        let exact: Bool
    }

    private(set) var text = ""
    private(set) var segments: [Segment] = []
    private var length = 0

    /// Text of Folio's own, with no location in the note.
    mutating func append(_ glue: String) {
        text += glue
        length += glue.utf8.count
    }

    /// Text of Folio's own that stands for `node` (the call around a component).
    mutating func append(_ glue: String, standingFor node: some SyntaxProtocol) {
        segments.append(
            Segment(
                start: length, length: glue.utf8.count, origin: node.positionAfterSkippingLeadingTrivia, exact: false))
        append(glue)
    }

    /// `node` as written in the note.
    mutating func append(copying node: some SyntaxProtocol) {
        append(text: node.trimmedDescription, from: node.positionAfterSkippingLeadingTrivia)
    }

    /// `piece`, which is the note's text from `origin` on.
    mutating func append(text piece: some StringProtocol, from origin: AbsolutePosition) {
        let count = piece.utf8.count
        segments.append(Segment(start: length, length: count, origin: origin, exact: true))
        text += piece
        length += count
    }

    /// Another piece, after this one.
    mutating func append(_ other: MappedSource) {
        for var segment in other.segments {
            segment.start += length
            segments.append(segment)
        }
        text += other.text
        length += other.length
    }

    /// Where in the note an offset of `text` comes from, if it was copied or stands for a
    /// component (the innermost segment wins).
    func origin(of offset: Int) -> AbsolutePosition? {
        var best: Segment?
        for segment in segments where segment.start <= offset && offset < segment.start + max(segment.length, 1) {
            if let current = best, current.length <= segment.length { continue }
            best = segment
        }
        guard let segment = best else { return nil }
        return segment.exact ? segment.origin.advanced(by: offset - segment.start) : segment.origin
    }
}

/// The locations of a synthesized closure being lowered: a node copied from the note is at
/// its own place; the rest is at `fallback` (the closure's).
final class SynthesizedLocations {
    let source: MappedSource
    let fallback: SourceLoc
    /// Where the note's positions are (the block's mapper, or an enclosing synthesized closure).
    let outer: (AbsolutePosition) -> SourceLoc?

    init(source: MappedSource, fallback: SourceLoc, outer: @escaping (AbsolutePosition) -> SourceLoc?) {
        self.source = source
        self.fallback = fallback
        self.outer = outer
    }

    /// The note location of a position in the synthesized source, if it was copied.
    func location(_ position: AbsolutePosition) -> SourceLoc? {
        guard let origin = source.origin(of: position.utf8Offset) else { return nil }
        return outer(origin)
    }

    func loc(_ position: AbsolutePosition) -> SourceLoc { location(position) ?? fallback }
}

/// Writes the Swift source of a result-builder transformation, one block at a time.
private struct BuilderRewriter {
    let builder: ResultBuilderSpec
    private var counter = 0

    init(builder: ResultBuilderSpec) { self.builder = builder }

    /// The statements of a block and the expression that builds its result.
    struct Built {
        var code = MappedSource()
        var result = MappedSource()
    }

    private mutating func fresh() -> String {
        counter += 1
        return "__built\(counter)"
    }

    private var name: String { builder.name }

    mutating func block(_ items: CodeBlockItemListSyntax, lowerer: Lowerer) throws -> Built {
        var built = Built()
        var components: [String] = []
        for item in items {
            switch item.item {
            case .decl(let decl):
                built.code.append(copying: decl)
                built.code.append("\n")
            case .expr(let expr):
                if let ifExpr = expr.as(IfExprSyntax.self) {
                    components.append(try branch(ifExpr, into: &built.code, lowerer: lowerer))
                } else {
                    components.append(expression(expr, into: &built.code))
                }
            case .stmt(let stmt):
                if let ifExpr = stmt.as(ExpressionStmtSyntax.self)?.expression.as(IfExprSyntax.self) {
                    components.append(try branch(ifExpr, into: &built.code, lowerer: lowerer))
                    continue
                }
                guard let forStmt = stmt.as(ForStmtSyntax.self) else {
                    throw lowerer.error(
                        "closure containing control flow statement cannot be used with result builder '\(name)'",
                        stmt, id: .invalidResultBuilder)
                }
                components.append(try loop(forStmt, into: &built.code, lowerer: lowerer))
            }
        }
        built.result.append("\(name).buildBlock(\(components.joined(separator: ", ")))")
        return built
    }

    /// `let __builtN = B.buildExpression(expr)` (or the expression itself).
    private mutating func expression(_ expr: ExprSyntax, into code: inout MappedSource) -> String {
        let component = fresh()
        code.append("let \(component) = ")
        if builder.declares("buildExpression") {
            code.append("\(name).buildExpression(", standingFor: expr)
            code.append(copying: expr)
            code.append(")", standingFor: expr)
        } else {
            code.append(copying: expr)
        }
        code.append("\n")
        return component
    }

    /// `if c { A } else { B }` → `buildEither(first: A)` / `buildEither(second: B)`;
    /// `if c { A }` → `buildOptional(A)` / `buildOptional(nil)`.
    private mutating func branch(_ ifExpr: IfExprSyntax, into code: inout MappedSource, lowerer: Lowerer) throws
        -> String
    {
        let component = fresh()
        let then = try block(ifExpr.body.statements, lowerer: lowerer)
        guard let elseBody = ifExpr.elseBody else {
            let type = try returnType(of: "buildOptional", at: ifExpr, lowerer: lowerer)
            var absent = Built()
            absent.result.append("nil", standingFor: ifExpr)
            write(ifExpr, component, type, then, absent, ("buildOptional(", "buildOptional("), into: &code)
            return component
        }
        let type = try returnType(of: "buildEither", at: ifExpr, lowerer: lowerer)
        var otherwise: Built
        switch elseBody {
        case .codeBlock(let codeBlock):
            otherwise = try block(codeBlock.statements, lowerer: lowerer)
        case .ifExpr(let nested):
            otherwise = Built()
            let inner = try branch(nested, into: &otherwise.code, lowerer: lowerer)
            otherwise.result.append("\(name).buildBlock(\(inner))")
        }
        write(ifExpr, component, type, then, otherwise, ("buildEither(first: ", "buildEither(second: "), into: &code)
        return component
    }

    /// The type the builder's `method` returns, or swiftc's error when the builder has no such
    /// method (a branch needs `buildOptional` or `buildEither`).
    private func returnType(of method: String, at node: some SyntaxProtocol, lowerer: Lowerer) throws -> String {
        guard let type = builder.returnTypes[method] else {
            throw lowerer.error(
                "result builder '\(name)' does not implement '\(method)'", node, id: .invalidResultBuilder)
        }
        return type
    }

    /// The one shape of both branches: `let c: T`, then `if conditions { A; c = calls.0(A) }
    /// else { B; c = calls.1(B) }`, each call standing for the `if` in diagnostics.
    private func write(
        _ ifExpr: IfExprSyntax, _ component: String, _ type: String, _ then: Built, _ otherwise: Built,
        _ calls: (first: String, second: String), into code: inout MappedSource
    ) {
        code.append("let \(component): \(type)\nif ")
        code.append(copying: ifExpr.conditions)
        code.append(" {\n")
        code.append(then.code)
        code.append("\(component) = \(name).\(calls.first)", standingFor: ifExpr)
        code.append(then.result)
        code.append(")\n} else {\n", standingFor: ifExpr)
        code.append(otherwise.code)
        code.append("\(component) = \(name).\(calls.second)", standingFor: ifExpr)
        code.append(otherwise.result)
        code.append(")\n}\n", standingFor: ifExpr)
    }

    /// `for x in xs { A }` → `buildArray([A for each x])`.
    private mutating func loop(_ forStmt: ForStmtSyntax, into code: inout MappedSource, lowerer: Lowerer) throws
        -> String
    {
        guard let element = builder.returnTypes["buildBlock"], builder.declares("buildArray") else {
            throw lowerer.error(
                "result builder '\(name)' does not implement 'buildArray'", forStmt, id: .invalidResultBuilder)
        }
        let parts = fresh()
        let component = fresh()
        let body = try block(forStmt.body.statements, lowerer: lowerer)
        // `for x in xs where x > 0` as written: the statement's text up to its body.
        let header = forStmt.trimmedDescription.utf8.dropLast(forStmt.body.trimmedDescription.utf8.count)
        code.append("var \(parts): [\(element)] = []\n")
        code.append(text: String(decoding: header, as: UTF8.self), from: forStmt.positionAfterSkippingLeadingTrivia)
        code.append(" {\n")
        code.append(body.code)
        code.append("\(parts).append(", standingFor: forStmt)
        code.append(body.result)
        code.append(")\n}\n", standingFor: forStmt)
        code.append("let \(component) = \(name).buildArray(\(parts))\n", standingFor: forStmt)
        return component
    }
}
