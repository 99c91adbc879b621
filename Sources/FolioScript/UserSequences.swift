import SwiftParser
import SwiftSyntax

/// The note's own sequences: a type declared `: Sequence` with `makeIterator()` returning an
/// iterator whose `next()` returns `E?`, or an iterator that is its own sequence (`struct
/// Countdown: Sequence, IteratorProtocol`). As in Swift, `for x in s` is
/// `var it = s.makeIterator(); while let x = it.next() { … }`, `Array(s)` collects the
/// elements, and the standard algorithms (`map`, `filter`, `reduce`, `sorted`, `contains`,
/// `enumerated`, `min`…) are those of the array of its elements; `prefix(n)` stops after `n`, so an
/// endless sequence can be cut.
///
/// The code is Swift written by Folio (`MappedSource`), lowered as the note's code is; the
/// note's own parts of it keep their locations.
extension Lowerer {
    /// What a note's type yields as a sequence.
    struct UserSequence {
        let element: ScriptType
        /// `makeIterator()` is declared (else the value is its own iterator).
        let makesIterator: Bool
    }

    /// `type` as a sequence, when it is one of the note's types conforming to `Sequence`.
    func userSequence(_ type: ScriptType) -> UserSequence? {
        guard case .named(let info) = type, info.kind != .builtin, info.kind != .protocolType,
            info.conformances.contains("Sequence") || info.conformances.contains("Collection")
        else { return nil }
        if let make = info.method("makeIterator")?.first(where: { $0.parameterTypes.count <= 1 }),
            let element = iteratorElement(make.returnType)
        {
            return UserSequence(element: element, makesIterator: true)
        }
        guard let element = iteratorElement(type) else { return nil }
        return UserSequence(element: element, makesIterator: false)
    }

    /// What `next()` of an iterator type returns, unwrapped.
    private func iteratorElement(_ type: ScriptType) -> ScriptType? {
        guard case .named(let info) = type,
            let next = info.method("next")?.first(where: { $0.parameterTypes.count <= 1 }),
            case .optional(let element) = next.returnType
        else { return nil }
        return element
    }

    /// `for pattern in sequence where condition { body }` over a note's sequence, lowered as
    /// the `while` loop Swift defines it to be; `nil` for every other sequence.
    func userSequenceLoop(_ stmt: ForStmtSyntax, label: Int?) throws -> Exec? {
        let sequence = stmt.sequence
        if let endless = try endlessRangeLoop(stmt, label: label) { return endless }
        if sequence.is(ArrayExprSyntax.self) || sequence.is(InfixOperatorExprSyntax.self)
            || sequence.is(StringLiteralExprSyntax.self) || sequence.is(DictionaryExprSyntax.self)
        {
            return nil
        }
        // A probe of the sequence's type: the loop lowers it again, so what lowering it records
        // (scopes, loop state, nested bodies) is put back.
        let saved = (lexical, control, nestedBodies)
        let probed = try? lower(sequence, expected: nil)
        (lexical, control, nestedBodies) = saved
        // A slice is iterated natively (`forEachElement`).
        guard let typed = probed, typed.type.arraySliceElement == nil, let kind = userSequence(typed.type) else {
            return nil
        }
        let at = loc(stmt.sequence)
        let iterator = "__iterator\(at.line)_\(at.column)"
        var source = MappedSource()
        source.append("var \(iterator) = ")
        source.append(copying: sequence)
        source.append(kind.makesIterator ? ".makeIterator()\n" : "\n")
        if let identifier = stmt.pattern.as(IdentifierPatternSyntax.self), stmt.caseKeyword == nil {
            source.append("while let ")
            source.append(copying: identifier)
        } else if stmt.pattern.is(WildcardPatternSyntax.self) {
            source.append("while let _")
        } else {
            source.append(stmt.caseKeyword == nil ? "while case let " : "while case ")
            source.append(copying: stmt.pattern)
            source.append("?")
        }
        source.append(" = \(iterator).next() {\n")
        return try lowerSynthesizedLoop(closingBody(of: stmt, after: source), stmt: stmt, label: label)
    }

    /// `source` (a synthesized loop's head) followed by `stmt`'s `where` test, its body and the
    /// loop's closing brace.
    private func closingBody(of stmt: ForStmtSyntax, after source: MappedSource) -> MappedSource {
        var source = source
        if let condition = stmt.whereClause?.condition {
            source.append("if !(")
            source.append(copying: condition)
            source.append(") { continue }\n")
        }
        source.append(copying: stmt.body.statements)
        source.append("\n}\n")
        return source
    }

    /// `for i in start...` (a `PartialRangeFrom`): `i` counts up from `start` until the loop is
    /// left, as `var n = start; while true { let i = n; n += 1; … }`.
    private func endlessRangeLoop(_ stmt: ForStmtSyntax, label: Int?) throws -> Exec? {
        var sequence = stmt.sequence
        while let tuple = sequence.as(TupleExprSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first,
            only.label == nil
        {
            sequence = only.expression
        }
        guard let postfix = sequence.as(PostfixOperatorExprSyntax.self), postfix.operator.text == "...",
            stmt.caseKeyword == nil
        else { return nil }
        let at = loc(stmt.sequence)
        let counter = "__counter\(at.line)_\(at.column)"
        var source = MappedSource()
        source.append("var \(counter) = ")
        source.append(copying: postfix.expression)
        source.append("\nwhile true {\n")
        if !stmt.pattern.is(WildcardPatternSyntax.self) {
            source.append("let ")
            source.append(copying: stmt.pattern)
            source.append(" = \(counter)\n")
        }
        source.append("\(counter) += 1\n")
        return try lowerSynthesizedLoop(closingBody(of: stmt, after: source), stmt: stmt, label: label)
    }

    /// Lowers `var … = …` followed by a `while` loop that Folio wrote for `stmt`, the loop
    /// carrying `stmt`'s label.
    private func lowerSynthesizedLoop(_ source: MappedSource, stmt: ForStmtSyntax, label: Int?) throws -> Exec? {
        try lowerSynthesized(source, at: loc(stmt)) { items in
            guard items.count == 2, case .stmt(let statement) = items[items.index(after: items.startIndex)].item,
                let loop = statement.as(WhileStmtSyntax.self)
            else { throw error("cannot lower this for-in loop", stmt.sequence, id: .internalError) }
            return try withScope {
                let start = try lowerItem(items[items.startIndex])
                let run = try lowerWhile(loop, label: label)
                return { frame in
                    _ = try start(frame)
                    return try run(frame)
                }
            }
        }
    }

    /// The elements of a note's sequence as an array (`Array(s)`, and what the standard
    /// algorithms work on); with `limit`, at most that many (`prefix(n)`).
    func userSequenceElements(_ base: Typed, limit: Typed? = nil, node: some SyntaxProtocol) throws -> Typed? {
        if limit == nil, let array = sliceAsArray(base) { return array }
        guard let kind = userSequence(base.type) else { return nil }
        let element = kind.element.description
        if let limit {
            return try sequenceScan(
                base, kind, extra: ("Int", limit), result: .array(kind.element),
                body: """
                    guard __extra >= 0 else { fatalError("Can't take a prefix of negative length from a sequence") }
                    var __elements: [\(element)] = []
                    while __elements.count < __extra, let __element = __iterator.next() { __elements.append(__element) }
                    return __elements
                    """, node: node)
        }
        return try sequenceScan(
            base, kind, extra: nil, result: .array(kind.element),
            body: """
                var __elements: [\(element)] = []
                while let __element = __iterator.next() { __elements.append(__element) }
                return __elements
                """, node: node)
    }

    /// Runs `body`, Swift that reads the sequence through `__iterator` (and takes `extra` as
    /// `__extra`), on the value of `base`; its result is of type `result`.
    private func sequenceScan(
        _ base: Typed, _ kind: UserSequence, extra: (type: String, value: Typed)?, result: ScriptType, body: String,
        node: some SyntaxProtocol
    ) throws -> Typed {
        let parameter = extra.map { ", __extra: \($0.type)" } ?? ""
        let source = """
            { (__sequence: \(base.type)\(parameter)) -> \(result) in
            var __iterator = __sequence\(kind.makesIterator ? ".makeIterator()" : "")
            \(body)
            }
            """
        guard let scan = try lowerSynthesizedClosure(source, expected: nil, at: loc(node)) else {
            throw error("cannot go through the elements of '\(base.type)'", node, id: .missingConformance)
        }
        let scanEval = scan.eval
        let baseEval = base.eval
        let extraEval = extra?.value.eval
        let at = loc(node)
        return Typed(type: result) { frame in
            guard case .function(let closure) = try scanEval(frame) else {
                throw ScriptError(.internalError("no scanning closure"), at: at)
            }
            var arguments = [try baseEval(frame)]
            if let extraEval { arguments.append(try extraEval(frame)) }
            return try closure.invoke(arguments)
        }
    }

    /// `prefix(while:)`, `first(where:)` and `contains(where:)` of a note's sequence: they stop
    /// at the first element that decides, so an endless sequence can be asked.
    private func stoppingAlgorithm(_ site: MethodCallSite, _ kind: UserSequence) throws -> Typed? {
        let element = kind.element
        let predicateType = "(\(element)) -> Bool"
        switch (site.name, site.labels) {
        case ("prefix", ["while"]):
            let predicate = try site.closure(0, [element], .bool)
            return try sequenceScan(
                site.base, kind, extra: (predicateType, predicate), result: .array(element),
                body: """
                    var __elements: [\(element)] = []
                    while let __element = __iterator.next(), __extra(__element) { __elements.append(__element) }
                    return __elements
                    """, node: site.node)
        case ("first", ["where"]):
            let predicate = try site.closure(0, [element], .bool)
            return try sequenceScan(
                site.base, kind, extra: (predicateType, predicate), result: .optional(element),
                body: """
                    while let __element = __iterator.next() { if __extra(__element) { return __element } }
                    return nil
                    """, node: site.node)
        case ("contains", ["where"]):
            let predicate = try site.closure(0, [element], .bool)
            return try sequenceScan(
                site.base, kind, extra: (predicateType, predicate), result: .bool,
                body: """
                    while let __element = __iterator.next() { if __extra(__element) { return true } }
                    return false
                    """, node: site.node)
        default:
            return nil
        }
    }

    /// A method a note's sequence does not declare: the standard algorithm of `Sequence`, on
    /// its elements.
    func userSequenceMethod(_ site: MethodCallSite) throws -> Typed? {
        guard userSequence(site.base.type) != nil,
            ![
                "append", "insert", "remove", "removeAll", "removeFirst", "removeLast", "popLast", "sort", "reverse",
                "shuffle", "swapAt",
            ].contains(site.name)
        else { return nil }
        // An `extension Sequence` recorded after the type was declared reaches it now.
        if case .named(let info) = site.base.type, applyGenericArrayExtensions(to: info),
            info.method(site.name) != nil
        {
            return try userTypeMethod(site, of: info)
        }
        if let kind = userSequence(site.base.type) {
            // A trailing closure fills the predicate's label (`s.first { … }` is `first(where:)`).
            var labels = site.labels
            if labels == [nil], site.exprs.first?.is(ClosureExprSyntax.self) == true {
                if site.name == "prefix" { labels = ["while"] }
                if site.name == "first" || site.name == "contains" { labels = ["where"] }
            }
            let labelled = MethodCallSite(
                lowerer: self, base: site.base, baseExpr: site.baseExpr, name: site.name,
                arguments: site.arguments, labels: labels, node: site.node, at: site.at, expected: site.expected)
            if let stopping = try stoppingAlgorithm(labelled, kind) { return stopping }
        }
        if site.name == "prefix", site.labels == [nil] {
            let count = try argument(site.exprs[0], .int)
            return try userSequenceElements(site.base, limit: count, node: site.node)
        }
        guard let elements = try userSequenceElements(site.base, node: site.node) else { return nil }
        if let method = try extendedMethod(
            elements, baseExpr: site.baseExpr, site.name, arguments: site.arguments, node: site.node,
            expected: site.expected)
        {
            return method
        }
        return try scalarMethod(
            MethodCallSite(
                lowerer: self, base: elements, baseExpr: site.baseExpr, name: site.name, arguments: site.arguments,
                labels: site.labels, node: site.node, at: site.at, expected: site.expected))
    }
}
