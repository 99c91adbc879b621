import SwiftParser
import SwiftSyntax

/// `sequence(first:next:)` and `sequence(state:next:)`, the standard library's unfolding
/// sequences, and `AnyIterator { … }`: written here in Swift as generic sequences of the
/// note's kind (`UserSequences.swift` gives them `for`-`in`, `Array(_:)`, `prefix` and the
/// algorithms), declared in a note's scope the first time it names one. They compute what the
/// standard library's do, calling `next` no earlier and no more often.
extension Lowerer {
    /// Swift's definitions, as the standard library states them (`UnfoldFirstSequence<T>` is
    /// its `UnfoldSequence<T, (T?, Bool)>`), except that `UnfoldSequence`'s `next` takes the
    /// state and returns it (see `unfoldWithState`); `AnyIterator` is the one made of a closure.
    static let standardSequenceSources: [String: String] = [
        "UnfoldSequence": """
        struct UnfoldSequence<Element, State>: Sequence, IteratorProtocol {
            var __state: State
            let __next: (State) -> (Element?, State)
            var __done = false
            init(state: State, next: @escaping (State) -> (Element?, State)) {
                __state = state
                __next = next
            }
            mutating func next() -> Element? {
                if __done { return nil }
                let (element, state) = __next(__state)
                __state = state
                if let element { return element }
                __done = true
                return nil
            }
        }
        """,
        "UnfoldFirstSequence": """
        struct UnfoldFirstSequence<Element>: Sequence, IteratorProtocol {
            var __last: Element?
            var __started = false
            let __next: (Element) -> Element?
            init(first: Element, next: @escaping (Element) -> Element?) {
                __last = first
                __next = next
            }
            mutating func next() -> Element? {
                if !__started {
                    __started = true
                    return __last
                }
                guard let last = __last else { return nil }
                __last = __next(last)
                return __last
            }
        }
        """,
        "AnyIterator": """
        struct AnyIterator<Element>: Sequence, IteratorProtocol {
            let __next: () -> Element?
            init(_ body: @escaping () -> Element?) {
                __next = body
            }
            mutating func next() -> Element? { __next() }
        }
        """,
    ]

    /// `sequence(first: x, next: f)` or `sequence(state: s, next: f)` when the note declares
    /// no `sequence` of its own: an `UnfoldFirstSequence` or `UnfoldSequence`.
    func unfoldSequenceCall(_ call: FunctionCallExprSyntax, expected: ScriptType?) throws -> Typed? {
        guard lookup("sequence") == nil, globals.functions["sequence"] == nil else { return nil }
        let arguments = allArguments(call)
        let labels = arguments.map(\.label)
        let typeName: String
        switch labels {
        case ["first", "next"], ["first", nil]: typeName = "UnfoldFirstSequence"
        case ["state", "next"], ["state", nil]: typeName = "UnfoldSequence"
        default: return nil
        }
        declareStandardSequence(typeName)
        guard let template = globals.genericTypes[typeName] else { return nil }
        let named = arguments.map { (label: $0.label ?? "next", expr: $0.expr) }
        if typeName == "UnfoldSequence" {
            return try unfoldWithState(state: named[0].expr, next: named[1].expr, call: call)
        }
        return try genericConstruct(template, arguments: named, expected: expected, node: call)
    }

    /// `sequence(state: s, next: { (state: inout S) -> T? in body })`: the closure's `inout`
    /// state becomes a value it is given and returns, `{ (s: S) -> (T?, S) in var state = s; … }`,
    /// so the sequence can call it (a function value cannot take `inout` arguments in notes).
    private func unfoldWithState(state: ExprSyntax, next: ExprSyntax, call: FunctionCallExprSyntax) throws -> Typed {
        guard let closure = next.as(ClosureExprSyntax.self), let signature = closure.signature,
            case .parameterClause(let clause)? = signature.parameterClause, clause.parameters.count == 1,
            let parameter = clause.parameters.first, let attributed = parameter.type?.as(AttributedTypeSyntax.self),
            let optional = signature.returnClause?.type.as(OptionalTypeSyntax.self)
        else {
            throw error(
                "sequence(state:next:) in notes takes a closure that states its types: "
                    + "{ (state: inout State) -> Element? in … }", next)
        }
        let name = (parameter.secondName ?? parameter.firstName).text
        let stateType = attributed.baseType.trimmedDescription
        let element = optional.wrappedType.trimmedDescription
        var source = MappedSource()
        source.append("{ UnfoldSequence<\(element), \(stateType)>(state: ", standingFor: call)
        source.append(copying: state)
        source.append(", next: { (__state: \(stateType)) -> (\(element)?, \(stateType)) in\n", standingFor: next)
        source.append("var \(name) = __state\nlet __element: \(element)? = { () -> \(element)? in\n")
        source.append(copying: closure.statements)
        source.append("\n}()\nreturn (__element, \(name))\n}) }", standingFor: next)
        guard let make = try lowerSynthesizedClosure(source, expected: nil, at: loc(call)),
            case .function(_, let result) = make.type
        else { throw error("cannot make this sequence(state:next:)", call) }
        let eval = make.eval
        let at = loc(call)
        return Typed(type: result) { frame in
            guard case .function(let closure) = try eval(frame) else {
                throw ScriptError("internal error: no sequence", at: at)
            }
            return try closure.invoke([])
        }
    }

    /// Declares the standard library's sequence `name` (`AnyIterator`, `UnfoldSequence`…) in
    /// the note's scope the first time the note names it; a note's own type of that name is kept.
    func declareStandardSequence(_ name: String) {
        guard let source = Self.standardSequenceSources[name], globals.genericTypes[name] == nil,
            globals.types[name] == nil,
            let tree = BlockParser.operatorTable().foldAll(Parser.parse(source: source), errorHandler: { _ in })
                .as(SourceFileSyntax.self),
            let item = tree.statements.first, case .decl(let decl) = item.item,
            let structDecl = decl.as(StructDeclSyntax.self), let clause = structDecl.genericParameterClause
        else { return }
        // Its code is Folio's: an error inside it (there should be none) is at the note's line.
        let location = loc(tree)
        let mapper = SourceMapper(
            converter: SourceLocationConverter(fileName: "", tree: tree), line: location.line, column: location.column)
        globals.genericTypes[name] = GenericType(decl: decl, name: name, clause: clause, mapper: mapper)
    }
}
