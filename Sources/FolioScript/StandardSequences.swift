import SwiftParser
import SwiftSyntax

/// `sequence(first:next:)` and `sequence(state:next:)`, the standard library's unfolding
/// sequences, and `AnyIterator { … }`: written here in Swift as generic sequences of the
/// note's kind (`UserSequences.swift` gives them `for`-`in`, `Array(_:)`, `prefix` and the
/// algorithms), declared in a note's scope the first time it names one. They compute what the
/// standard library's do, calling `next` no earlier and no more often.
extension Lowerer {
    /// Swift's definitions, as the standard library states them, except that `UnfoldSequence`'s
    /// `next` takes the state and returns it (see `unfoldWithState`; `sequence(first:next:)` is
    /// the `UnfoldSequence<T, (T?, Bool)>` it is in Swift); `AnyIterator` is the one made of a closure;
    /// `LazySequence` is what `.lazy` gives, one type for Swift's `LazyMapSequence`,
    /// `LazyFilterSequence` and the rest: its `map`, `filter`, `compactMap`, `prefix` and
    /// `prefix(while:)` are lazy, its `first` and `first(where:)` stop at the first element.
    static let standardSequenceSources: [String: String] = [
        "ArraySlice": arraySliceSource,
        "PartialRangeUpTo": partialRangeUpToSource,
        "PartialRangeThrough": partialRangeThroughSource,
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
        "LazySequence": """
        struct LazySequence<Element>: Sequence {
            let __make: () -> AnyIterator<Element>
            init(__make: @escaping () -> AnyIterator<Element>) {
                self.__make = __make
            }
            init(__elements: [Element]) {
                __make = {
                    var index = 0
                    return AnyIterator {
                        guard index < __elements.count else { return nil }
                        defer { index += 1 }
                        return __elements[index]
                    }
                }
            }
            func makeIterator() -> AnyIterator<Element> { __make() }
            var lazy: LazySequence<Element> { self }
            var first: Element? {
                var iterator = __make()
                return iterator.next()
            }
            func map<T>(_ transform: @escaping (Element) -> T) -> LazySequence<T> {
                let make = __make
                return LazySequence<T>(__make: {
                    var base = make()
                    return AnyIterator { () -> T? in
                        guard let element = base.next() else { return nil }
                        return transform(element)
                    }
                })
            }
            func filter(_ isIncluded: @escaping (Element) -> Bool) -> LazySequence<Element> {
                let make = __make
                return LazySequence(__make: {
                    var base = make()
                    return AnyIterator { () -> Element? in
                        while let element = base.next() {
                            if isIncluded(element) { return element }
                        }
                        return nil
                    }
                })
            }
            func compactMap<T>(_ transform: @escaping (Element) -> T?) -> LazySequence<T> {
                let make = __make
                return LazySequence<T>(__make: {
                    var base = make()
                    return AnyIterator { () -> T? in
                        while let element = base.next() {
                            if let value = transform(element) { return value }
                        }
                        return nil
                    }
                })
            }
            func prefix(_ maxLength: Int) -> LazySequence<Element> {
                let make = __make
                return LazySequence(__make: {
                    var base = make()
                    var taken = 0
                    return AnyIterator { () -> Element? in
                        guard taken < maxLength else { return nil }
                        taken += 1
                        return base.next()
                    }
                })
            }
            func prefix(while predicate: @escaping (Element) -> Bool) -> LazySequence<Element> {
                let make = __make
                return LazySequence(__make: {
                    var base = make()
                    var done = false
                    return AnyIterator { () -> Element? in
                        if done { return nil }
                        guard let element = base.next(), predicate(element) else {
                            done = true
                            return nil
                        }
                        return element
                    }
                })
            }
            func first(where predicate: (Element) -> Bool) -> Element? {
                var iterator = __make()
                while let element = iterator.next() {
                    if predicate(element) { return element }
                }
                return nil
            }
        }
        """,
        "PartialRangeFrom": """
        struct PartialRangeFrom<Bound>: Sequence, IteratorProtocol, CustomStringConvertible {
            let lowerBound: Bound
            var __current: Bound
            init(__lowerBound: Bound) {
                lowerBound = __lowerBound
                __current = __lowerBound
            }
            mutating func next() -> Bound? where Bound: BinaryInteger {
                let value = __current
                __current += 1
                return value
            }
            func contains(_ element: Bound) -> Bool { element >= lowerBound }
            // The bound as it appears inside a collection (`"n"` quoted), as Swift prints it.
            var description: String {
                "PartialRangeFrom<\\(Bound.self)>(lowerBound: \\(String("\\([lowerBound])".dropFirst().dropLast())))"
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
    /// no `sequence` of its own: an `UnfoldSequence`.
    func unfoldSequenceCall(_ call: FunctionCallExprSyntax, expected: ScriptType?) throws -> Typed? {
        guard lookup("sequence") == nil, globals.functions["sequence"] == nil else { return nil }
        let arguments = allArguments(call)
        let labels = arguments.map(\.label)
        let typeName: String
        switch labels {
        case ["first", "next"], ["first", nil], ["state", "next"], ["state", nil]: break
        default: return nil
        }
        declareStandardSequence("UnfoldSequence")
        guard globals.genericTypes["UnfoldSequence"] != nil else { return nil }
        if labels[0] == "first" {
            return try unfoldFromFirst(first: arguments[0].expr, next: arguments[1].expr, call: call)
        }
        return try unfoldWithState(state: arguments[0].expr, next: arguments[1].expr, call: call)
    }

    /// `sequence(first: x, next: f)`: Swift's `UnfoldFirstSequence<T>`, which is
    /// `UnfoldSequence<T, (T?, Bool)>`, with the state machine the standard library runs (the
    /// first element, then `f` of the last one until it gives `nil`).
    private func unfoldFromFirst(first: ExprSyntax, next: ExprSyntax, call: FunctionCallExprSyntax) throws -> Typed {
        let element = try lower(first, expected: nil).type.description
        let state = "(\(element)?, Bool)"
        var source = MappedSource()
        source.append("{ () -> UnfoldSequence<\(element), \(state)> in\nlet __next: (\(element)) -> \(element)? = ")
        source.append(copying: next)
        source.append("\nreturn UnfoldSequence<\(element), \(state)>(state: (", standingFor: call)
        source.append(copying: first)
        source.append(
            """
            , true), next: { (__state: \(state)) -> (\(element)?, \(state)) in
            switch __state {
            case (let value, true): return (value, (value, false))
            case (let value?, _):
            let following = __next(value)
            return (following, (following, false))
            case (nil, _): return (nil, (nil, false))
            }
            })
            }
            """, standingFor: call)
        return try invokedSynthesized(source, call: call)
    }

    /// `n...` as a value (`let from = 2...`, `(1...).lazy`): a `PartialRangeFrom`, a sequence
    /// that counts up from `n` (`for i in n...` and `xs[n...]` are lowered without one).
    func partialRangeFrom(_ postfix: PostfixOperatorExprSyntax, bound: ScriptType) throws -> Typed? {
        // `20.5...`, `"n"...`: a range of any comparable type (counting only for integers).
        guard bound.isComparable || conforms(bound, to: "Comparable") else { return nil }
        declareStandardSequence("PartialRangeFrom")
        var source = MappedSource()
        source.append("{ PartialRangeFrom(__lowerBound: ", standingFor: postfix)
        source.append(copying: postfix.expression)
        source.append(") }", standingFor: postfix)
        return try invokedSynthesized(source, call: postfix)
    }

    /// The value of the closure `{ … }` Folio wrote in `source`, called once where `call` is.
    func invokedSynthesized(_ source: MappedSource, call: some SyntaxProtocol) throws -> Typed {
        guard let make = try lowerSynthesizedClosure(source, expected: nil, at: loc(call)),
            case .function(_, let result) = make.type
        else { throw error("cannot make this sequence", call, id: .invalidExpression) }
        let eval = make.eval
        let at = loc(call)
        return Typed(type: result) { frame in
            guard case .function(let closure) = try eval(frame) else {
                throw ScriptError(.internalError("no sequence"), at: at)
            }
            return try closure.invoke([])
        }
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
                    + "{ (state: inout State) -> Element? in … }", next, id: .cannotInferType)
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
        return try invokedSynthesized(source, call: call)
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

    /// `xs.lazy` on an array, a set, a finite range, a string or a note's sequence: a
    /// `LazySequence` of its elements, drawn one at a time.
    func lazySequence(_ base: Typed, node: some SyntaxProtocol) throws -> Typed? {
        let element: ScriptType
        let elements: String
        if case .named(let info) = base.type, info.computedProperty("lazy") != nil || info.fieldIndex["lazy"] != nil {
            return nil  // the type's own `lazy`
        }
        if let sequence = userSequence(base.type) {
            element = sequence.element
            let iterator = sequence.makesIterator ? "__base.makeIterator()" : "__base"
            elements = "__make: { var __iterator = \(iterator)\nreturn AnyIterator { __iterator.next() } }"
        } else {
            switch base.type {
            case .array(let type): element = type
            case .set(let type): element = type
            case .range(.int, _): element = .int
            case .string: element = .character
            default: return nil
            }
            elements = base.type.isArray ? "__elements: __base" : "__elements: Array(__base)"
        }
        declareStandardSequence("AnyIterator")
        declareStandardSequence("LazySequence")
        let source = """
            { (__base: \(base.type)) -> LazySequence<\(element)> in
            LazySequence<\(element)>(\(elements))
            }
            """
        guard let make = try lowerSynthesizedClosure(source, expected: nil, at: loc(node)),
            case .function(_, let result) = make.type
        else { throw error("cannot make '\(base.type)' lazy", node, id: .invalidExpression) }
        let makeEval = make.eval
        let baseEval = base.eval
        let at = loc(node)
        return Typed(type: result) { frame in
            guard case .function(let closure) = try makeEval(frame) else {
                throw ScriptError(.internalError("no lazy sequence"), at: at)
            }
            return try closure.invoke([try baseEval(frame)])
        }
    }
}
