import SwiftSyntax

/// Members reached through a metatype value: `t.init(radius: 2)` with `let t: Shape.Type`,
/// `t.describe()`, `type(of: shape).sides`, `self.lineUp()` in a static method.
///
/// A metatype's value is its type's name at run time (`Int.self` is `"Int"`, `type(of: c)` the
/// dynamic class's name; see `TypeOfValues.swift`), and its static type is `.metatype(T)`. The
/// member is lowered once for each type the value can name, as `Circle.init(radius: 2)`, and
/// the name chooses one when the program runs: for a protocol's metatype, each of the note's
/// types conforming to it; for a class's, the class and its subclasses (so `required init` and
/// `class func` overrides are the dynamic type's); otherwise the one type.
extension Lowerer {
    /// `base.name…` (a member or a call, `node`) when `base` is a metatype value; nil otherwise.
    func metatypeMember(_ baseExpr: ExprSyntax, name: String, node: some SyntaxProtocol) throws -> Typed? {
        guard name != "self", let base = try metatypeReceiver(baseExpr), case .metatype(let type) = base.type else {
            return nil
        }
        let candidates = metatypeCandidates(type)
        let full = node.trimmedDescription
        let baseText = baseExpr.trimmedDescription
        guard full.hasPrefix(baseText), !candidates.isEmpty else {
            throw error("no type can be reached through a value of type '\(base.type)'", baseExpr, id: .noMember)
        }
        let rest = String(decoding: full.utf8.dropFirst(baseText.utf8.count), as: UTF8.self)
        var lowered: [(key: String, make: Eval, result: ScriptType)] = []
        var firstError: Error?
        for (key, spelling) in candidates {
            var source = MappedSource()
            source.append("{ ")
            source.append(spelling, standingFor: baseExpr)
            source.append(text: rest, from: baseExpr.endPositionBeforeTrailingTrivia)
            source.append(" }")
            do {
                guard let closure = try lowerSynthesizedClosure(source, expected: nil, at: loc(node)),
                    case .function(_, let result) = closure.type
                else { continue }
                lowered.append((key, closure.eval, result))
            } catch {
                if candidates.count == 1 { throw error }
                firstError = firstError ?? error
            }
        }
        guard let first = lowered.first else {
            if let firstError { throw firstError }
            throw error("'\(name)' cannot be reached through a value of type '\(base.type)'", node, id: .noMember)
        }
        let resultType = try metatypeResult(lowered.map(\.result), of: type, name: name, node: node)
        let baseEval = base.eval
        let at = loc(node)
        if lowered.count == 1 {
            let make = first.make
            return Typed(type: resultType) { frame in
                _ = try baseEval(frame)
                return try callMade(make(frame), at)
            }
        }
        let table = Dictionary(lowered.map { ($0.key, $0.make) }, uniquingKeysWith: { first, _ in first })
        return Typed(type: resultType) { frame in
            let key = try stringValue(baseEval(frame), at)
            guard let make = table[key] else {
                throw ScriptError("'\(name)' is not available through the metatype of '\(key)'", id: .noMember, at: at)
            }
            return try callMade(make(frame), at)
        }
    }

    /// The type of what the member gives for every candidate: one type, or (an initializer
    /// through a protocol's or class's metatype) the protocol or class.
    private func metatypeResult(_ results: [ScriptType], of type: ScriptType, name: String, node: some SyntaxProtocol)
        throws -> ScriptType
    {
        if let first = results.first, results.allSatisfy({ $0 == first }) {
            if results.count == 1 || name != "init" { return first }
        }
        if name == "init", case .named(let info) = type {
            let optional = results.contains { if case .optional = $0 { true } else { false } }
            return optional ? .optional(.named(info)) : .named(info)
        }
        throw error(
            "'\(name)' gives values of different types (\(results.map(\.description).joined(separator: ", "))) for the "
                + "types a '\(type).Type' can name", node, id: .typeMismatch)
    }

    /// `base` when it is a metatype value: a variable or a `type(of:)` of metatype type, or
    /// `self` in a static method.
    private func metatypeReceiver(_ baseExpr: ExprSyntax) throws -> Typed? {
        if let reference = baseExpr.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            if let variable = lookup(name) {
                guard case .metatype = variable.type else { return nil }
                return try lower(baseExpr, expected: nil)
            }
            if name == "self", let currentType, function != nil {
                let value = Value.string(Self.metatypeName(currentType.selfType))
                return Typed(type: .metatype(currentType.selfType), eval: { _ in value }, constant: value)
            }
            return nil
        }
        if let call = baseExpr.as(FunctionCallExprSyntax.self),
            call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text == "type",
            call.arguments.first?.label?.text == "of", lookup("type") == nil
        {
            return try lower(baseExpr, expected: nil)
        }
        return nil
    }

    /// The types a value of `T.Type` can name, each with its name at run time and its spelling
    /// in source.
    private func metatypeCandidates(_ type: ScriptType) -> [(key: String, spelling: String)] {
        guard case .named(let info) = type else {
            let name = Self.metatypeName(type)
            return [(name, type.description)]
        }
        var seen = Set<ObjectIdentifier>()
        var found: [TypeInfo] = []
        for candidate in globals.types.values where seen.insert(ObjectIdentifier(candidate)).inserted {
            let fits =
                switch info.kind {
                case .protocolType:
                    candidate.kind != .protocolType && candidate.kind != .builtin && candidate.conforms(info.name)
                case .classType: candidate === info || (candidate.kind == .classType && candidate.isSubclass(of: info))
                default: candidate === info
                }
            if fits { found.append(candidate) }
        }
        return found.sorted { $0.name < $1.name }.map { ($0.name, $0.name) }
    }
}

/// Calls the closure a metatype member was lowered into.
private func callMade(_ made: Value, _ at: SourceLoc) throws -> Value {
    guard case .function(let closure) = made else { throw ScriptError(.internalError("no member closure"), at: at) }
    return try closure.invoke([])
}
