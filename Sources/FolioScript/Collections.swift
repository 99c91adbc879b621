import Foundation
import SwiftSyntax

/// Members of the types added on top of the first cut: closures' higher-order methods on
/// arrays, optionals, tuples, dictionaries, sets, strings and characters, and declared types.
extension Lowerer {
    /// Properties of the newer types; nil when `lowerMember` should go on with its own cases.
    func extendedMember(_ base: Typed, _ name: String, node: some SyntaxProtocol) throws -> Typed? {
        let eval = base.eval
        let at = loc(node)
        func property(_ type: ScriptType, _ body: @escaping (Value) throws -> Value) -> Typed {
            Typed(type: type) { frame in try body(try eval(frame)) }
        }
        if name == "lazy", let lazy = try lazySequence(base, node: node) { return lazy }
        switch base.type {
        case .tuple(let types, let labels):
            let index = Int(name) ?? labels.firstIndex(of: name) ?? -1
            guard types.indices.contains(index) else {
                throw error("value of tuple type '\(base.type)' has no member '\(name)'", node, id: .noMember)
            }
            return property(types[index]) { value in
                guard case .tuple(let elements, _) = value else { throw mismatch(value, "tuple", at) }
                return elements[index]
            }
        case .named(let info):
            if info.kind == .builtin, let property = bindings.registry.properties[ObjectIdentifier(info)]?[name] {
                let get = property.get
                return Typed(type: property.type) { frame in try get(try eval(frame)) }
            }
            if let member = try namedMember(info, base: base, name: name, node: node) { return member }
            throw error(noMember(of: .named(info), name, typeName: info.name), node)
        case .array(let element):
            switch name {
            case "first":
                return property(.optional(element)) { try arrayValue($0, at).first.map { .some($0) } ?? .null }
            case "last": return property(.optional(element)) { try arrayValue($0, at).last.map { .some($0) } ?? .null }
            case "startIndex": return property(.int) { _ in .int(0) }
            case "endIndex": return property(.int) { .int(try arrayValue($0, at).count) }
            default: return nil
            }
        case .dictionary(let key, let value):
            switch name {
            case "count": return property(.int) { .int(try dictValue($0, at).count) }
            case "isEmpty": return property(.bool) { .bool(try dictValue($0, at).count == 0) }
            case "keys": return property(.array(key)) { .array(try dictValue($0, at).keys) }
            case "values": return property(.array(value)) { .array(try dictValue($0, at).values) }
            default: return nil
            }
        case .set(let element):
            switch name {
            case "count": return property(.int) { .int(try setValue($0, at).elements.count) }
            case "isEmpty": return property(.bool) { .bool(try setValue($0, at).elements.isEmpty) }
            case "first":
                return property(.optional(element)) { try setValue($0, at).elements.first.map { .some($0) } ?? .null }
            default: return nil
            }
        case .string:
            switch name {
            case "first":
                return property(.optional(.character)) {
                    try stringValue($0, at).first.map { .some(.character($0)) } ?? .null
                }
            case "last":
                return property(.optional(.character)) {
                    try stringValue($0, at).last.map { .some(.character($0)) } ?? .null
                }
            // String indices are character offsets in notes (what they print is never needed).
            case "startIndex": return property(.int) { _ in .int(0) }
            case "endIndex": return property(.int) { .int(try stringValue($0, at).count) }
            case "indices":
                return property(.range(.int, closed: false)) {
                    .range(RangeBox(lower: .int(0), upper: .int(try stringValue($0, at).count), closed: false))
                }
            default: return nil
            }
        case .character:
            switch name {
            case "isLetter": return property(.bool) { .bool(try characterValue($0, at).isLetter) }
            case "isNumber": return property(.bool) { .bool(try characterValue($0, at).isNumber) }
            case "isWhitespace": return property(.bool) { .bool(try characterValue($0, at).isWhitespace) }
            case "isUppercase": return property(.bool) { .bool(try characterValue($0, at).isUppercase) }
            case "isLowercase": return property(.bool) { .bool(try characterValue($0, at).isLowercase) }
            case "isPunctuation": return property(.bool) { .bool(try characterValue($0, at).isPunctuation) }
            case "wholeNumberValue":
                return property(.optional(.int)) {
                    try characterValue($0, at).wholeNumberValue.map { .some(.int($0)) } ?? .null
                }
            case "asciiValue":
                return property(.optional(.int)) {
                    try characterValue($0, at).asciiValue.map { .some(.int(Int($0))) } ?? .null
                }
            default: return nil
            }
        case .optional:
            throw error(
                "value of optional type '\(base.type)' must be unwrapped to refer to member '\(name)'; use '?.' or '!'",
                node, id: .optionalMisuse)
        default:
            return nil
        }
    }

    /// A call of a method of a declared type (`p.moved(by: 1)`, `counter.increment()`).
    func namedMethodCall(
        _ info: TypeInfo, base: Typed, baseExpr: ExprSyntax?, candidates: [FunctionInfo],
        arguments: [(label: String?, expr: ExprSyntax)],
        name: String, node: some SyntaxProtocol
    ) throws -> Typed {
        let labels = arguments.map(\.label)
        let matching = candidates.filter { $0.labels.count >= labels.count || $0.variadic != nil }
        guard let first = matching.first ?? candidates.first else {
            throw error("no method '\(name)'", node, id: .noMember)
        }
        var selfWriteback: ((Frame, Value) throws -> Void)?
        if first.isMutating, info.kind != .classType {
            let target: Place
            if let baseExpr {
                target = try place(baseExpr)
            } else if let selfVariable = lookup("self") {
                guard selfVariable.mutable else {
                    throw error(
                        "cannot use mutating member on immutable value: 'self' is immutable", node, id: .cannotAssign)
                }
                target = Place(variable: selfVariable, path: [], type: .named(info))
            } else {
                throw error("cannot use mutating member here", node, id: .cannotAssign)
            }
            let at = loc(node)
            let box = UncheckedBox<Value>(.void)
            let writer = mutation(target, operand: { _ in box.value }, at: at) { slot, new in
                slot = new
                return .void
            }
            selfWriteback = { frame, value in
                box.value = value
                _ = try writer(frame)
            }
        }
        if info.kind == .classType || info.kind == .protocolType {
            return try dynamicMethodCall(base, candidates: candidates, arguments: arguments, name: name, node: node)
        }
        return try directCall(
            candidates, arguments: arguments, name: name, node: node, parent: { _ in nil }, selfValue: base.eval,
            receiver: ArgumentSource(base), selfWriteback: selfWriteback)
    }

    /// A method of a standard-library or declared type, resolved by the receiver's family: each
    /// family's methods are a table in a file of its own (`Methods/`), from name and argument
    /// labels to a lowering. Nil when no family has the method (`methodCall` then reports it).
    func extendedMethod(
        _ base: Typed, baseExpr: ExprSyntax, _ name: String, arguments: [(label: String?, expr: ExprSyntax)],
        node: some SyntaxProtocol,
        expected: ScriptType?
    ) throws -> Typed? {
        var labels = arguments.map(\.label)
        let exprs = arguments.map(\.expr)
        if labels.last == Optional<String?>.some(nil), exprs.last?.is(ClosureExprSyntax.self) == true {
            // A trailing closure fills the closure parameter's label.
            if ["sorted", "sort", "min", "max"].contains(name), labels.count == 1 { labels = ["by"] }
            if ["contains", "first", "last", "firstIndex", "lastIndex", "count"].contains(name), labels.count == 1 {
                labels = ["where"]
            }
            if ["prefix", "drop"].contains(name), labels.count == 1 { labels = ["while"] }
        }
        let at = loc(node)
        let site = MethodCallSite(
            lowerer: self, base: base, baseExpr: baseExpr, name: name, arguments: arguments, labels: labels,
            node: Syntax(node), at: at, expected: expected)
        switch base.type {
        case .named(let info):
            return try userTypeMethod(site, of: info)
        case .array(let element), .set(let element):
            return try collectionMethod(site, element: element)
        case .dictionary(let key, let value):
            return try dictionaryMethod(site, key: key, value: value)
        case .optional(let wrapped):
            return try optionalMethod(site, wrapped: wrapped)
        case .string:
            return try stringMethod(site)
        case .character:
            return try characterMethod(site)
        case .function:
            if name == "callAsFunction" { return try callValue(base, arguments: exprs, node: node) }
            return nil

        case .range, .stride:
            guard let element = base.type.sequenceElement,
                [
                    "map", "filter", "reduce", "forEach", "compactMap", "flatMap", "allSatisfy", "sorted", "reversed",
                    "first", "min", "max", "enumerated",
                ].contains(name), !(name == "contains")
            else { return nil }
            let eval = base.eval
            let elements = Typed(type: .array(element)) { frame in
                var values: [Value] = []
                try forEachElement(of: try eval(frame), at: at) {
                    values.append($0)
                    return true
                }
                return .array(values)
            }
            if name == "reversed" || (name == "sorted" && labels.isEmpty) {
                return nil
            }
            return try extendedMethod(
                elements, baseExpr: baseExpr, name, arguments: arguments, node: node, expected: expected)

        default:
            return nil
        }
    }

    /// `reduce(into:)`'s closure `{ acc, x in acc += x }`: lowered as a body with a mutable
    /// first parameter, run by `InoutAccumulator.call`.
    func lowerInoutClosure(_ expr: ExprSyntax, accumulator: ScriptType, element: ScriptType) throws -> InoutAccumulator
    {
        guard let closure = expr.as(ClosureExprSyntax.self) else {
            return try inoutFunctionValue(expr, accumulator: accumulator, element: element)
        }
        var names: [String] = ["$0", "$1"]
        if let signature = closure.signature, case .simpleInput(let list)? = signature.parameterClause {
            names = list.map(\.name.text)
        } else if let signature = closure.signature, case .parameterClause(let clause)? = signature.parameterClause {
            names = clause.parameters.map { ($0.secondName ?? $0.firstName).text }
        }
        guard names.count == 2 else {
            throw error("reduce(into:) needs a closure with two parameters", expr, id: .invalidArgument)
        }
        let info = FunctionInfo(
            name: "closure", labels: [nil, nil], parameterTypes: [accumulator, element], returnType: .void,
            loc: loc(closure))
        info.level = currentLevel + 1
        info.inoutParameters = [true, false]
        try lowerBody(
            info: info, parameterNames: names, parameterNodes: [Syntax(closure), Syntax(closure)],
            statements: closure.statements, end: closure.rightBrace, selfType: nil)
        return InoutAccumulator(info: info, parent: { $0 }, at: loc(closure))
    }
}

/// The closure (or function) of a `reduce(into:)`, called once per element with the
/// accumulator moved into its frame and back, so the accumulator stays uniquely referenced
/// and changes in place (no copy of a dictionary per element).
struct InoutAccumulator {
    let info: FunctionInfo
    /// The frame the body's frame hangs from, given the frame `reduce` runs in.
    let parent: (Frame) -> Frame?
    let at: SourceLoc

    /// Runs the body on `accumulator` and `element`. The frame goes back to the function's
    /// pool, or, when a closure made inside the body still holds it, is remembered so the
    /// session clears it at the end (`FunctionInfo.noteEscaped`).
    func call(_ accumulator: inout Value, _ element: Value, parent: Frame?, context: RuntimeContext) throws {
        var callee = info.acquireFrame()
        defer { info.releaseFrame(&callee) }
        callee.parent = parent
        swap(&callee.slots[0], &accumulator)
        callee.slots[1] = element
        try context.tick(at)
        defer { swap(&callee.slots[0], &accumulator) }
        _ = try info.body(callee)
    }
}

extension Lowerer {
    /// The accumulator type written on a `reduce(into:)` closure: `{ (c: inout [Int: Int], x: Int) in … }`.
    func inoutClosureAccumulatorType(_ expr: ExprSyntax) -> ScriptType? {
        if let reference = expr.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            let info =
                lookup(name)?.function
                ?? (lookup(name) == nil ? globals.functions[name]?.first { $0.inoutParameters.first == true } : nil)
            if let info, info.parameterTypes.count == 2 { return info.parameterTypes[0] }
            return nil
        }
        guard let closure = expr.as(ClosureExprSyntax.self),
            case .parameterClause(let clause)? = closure.signature?.parameterClause,
            let first = clause.parameters.first, let annotation = first.type
        else { return nil }
        return try? type(annotation)
    }

    /// `reduce(into: x, accumulate)` with a function `func accumulate(_ a: inout A, _ x: E)`.
    func inoutFunctionValue(_ expr: ExprSyntax, accumulator: ScriptType, element: ScriptType) throws -> InoutAccumulator
    {
        var info: FunctionInfo?
        var parent: (Frame) -> Frame? = { _ in nil }
        if let reference = expr.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            if let variable = lookup(name), let local = variable.function {
                info = local
                parent = frameAt(level: local.level - 1)
            } else if lookup(name) == nil, let candidates = globals.functions[name] {
                info = candidates.first { $0.parameterTypes == [accumulator, element] }
            }
        }
        guard let info, info.parameterTypes == [accumulator, element], info.inoutParameters.first == true else {
            throw error(
                "reduce(into:) needs a closure literal or a function '(inout \(accumulator), \(element)) -> Void' in notes",
                expr, id: .invalidArgument)
        }
        return InoutAccumulator(info: info, parent: parent, at: loc(expr))
    }
}

func dictValue(_ value: Value, _ loc: SourceLoc) throws -> DictBox {
    if case .dictionary(let box) = value { return box }
    throw mismatch(value, "Dictionary", loc)
}

func setValue(_ value: Value, _ loc: SourceLoc) throws -> SetBox {
    if case .set(let box) = value { return box }
    throw mismatch(value, "Set", loc)
}

func characterValue(_ value: Value, _ loc: SourceLoc) throws -> Character {
    if case .character(let c) = value { return c }
    throw mismatch(value, "Character", loc)
}

/// Runs `body` on the set held in `slot`, copied first only when another value shares it. The
/// slot lets go of the set meanwhile, so an unshared set changes in place.
func withUniqueSet(_ slot: inout Value, at: SourceLoc, _ body: (SetBox) throws -> Value) throws -> Value {
    guard case .set(var box) = slot else { throw mismatch(slot, "Set", at) }
    slot = .void
    if !isKnownUniquelyReferenced(&box) { box = box.copy() }
    defer { slot = .set(box) }
    return try body(box)
}

/// ``withUniqueSet(_:at:_:)`` for a dictionary.
func withUniqueDictionary(_ slot: inout Value, at: SourceLoc, _ body: (DictBox) throws -> Value) throws -> Value {
    guard case .dictionary(var box) = slot else { throw mismatch(slot, "Dictionary", at) }
    slot = .void
    if !isKnownUniquelyReferenced(&box) { box = box.copy() }
    defer { slot = .dictionary(box) }
    return try body(box)
}
