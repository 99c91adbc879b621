import SwiftSyntax

/// Infers the generic parameters of a call from the static types of its arguments: each
/// parameter's declared type (syntax, `[T]`, `(T) -> U`, `Tree<T>`) is matched against the
/// argument's type, binding what it names.
///
/// Arguments are taken in Swift's order of preference: values whose type is fixed first
/// (variables, calls), literals after (a literal only binds a parameter nothing else bound, and
/// `1` and `2.5` together make `Double`), closures last (their parameter types come from what is
/// already bound, their result binds the rest).
struct TypeInference {
    let parameters: Set<String>
    private(set) var substitution: [String: ScriptType] = [:]
    /// Parameters bound only by literals so far (a later literal may widen `Int` to `Double`).
    private var boundByLiteral: Set<String> = []
    /// A parameter two arguments bound to different types (`f(1, "a")` for `f<T>(_: T, _: T)`).
    private(set) var conflict: (name: String, first: ScriptType, second: ScriptType)?

    init(parameters: [String], substitution: [String: ScriptType] = [:]) {
        self.parameters = Set(parameters)
        self.substitution = substitution
    }

    /// Whether every parameter is bound.
    func isComplete(_ names: [String]) -> Bool { names.allSatisfy { substitution[$0] != nil } }

    /// Matches `syntax` (a declared type) against `type` (an argument's type).
    mutating func unify(_ syntax: TypeSyntax, _ type: ScriptType, literal: Bool = false) {
        switch syntax.as(TypeSyntaxEnum.self) {
        case .identifierType(let identifier):
            let name = identifier.name.text
            if parameters.contains(name), identifier.genericArgumentClause == nil {
                bind(name, type, literal: literal)
                return
            }
            let arguments = identifier.genericArgumentClause?.arguments.compactMap { argument -> TypeSyntax? in
                if case .type(let type) = argument.argument { return type }
                return nil
            }
            guard let arguments, !arguments.isEmpty else { return }
            switch (name, type) {
            case ("Array", .array(let element)), ("Set", .set(let element)), ("Optional", .optional(let element)):
                unify(arguments[0], element, literal: literal)
            case ("Dictionary", .dictionary(let key, let value)) where arguments.count == 2:
                unify(arguments[0], key, literal: literal)
                unify(arguments[1], value, literal: literal)
            case (_, .named(let info)) where info.genericOrigin == name:
                for (argument, bound) in zip(arguments, info.genericArguments) {
                    unify(argument, bound, literal: literal)
                }
            default:
                return
            }
        case .arrayType(let array):
            if case .array(let element) = type { unify(array.element, element, literal: literal) }
        case .dictionaryType(let dictionary):
            if case .dictionary(let key, let value) = type {
                unify(dictionary.key, key, literal: literal)
                unify(dictionary.value, value, literal: literal)
            }
        case .optionalType(let optional):
            if case .optional(let wrapped) = type {
                unify(optional.wrappedType, wrapped, literal: literal)
            } else if type != .nilLiteral {
                unify(optional.wrappedType, type, literal: literal)
            }
        case .implicitlyUnwrappedOptionalType(let optional):
            if case .optional(let wrapped) = type { unify(optional.wrappedType, wrapped, literal: literal) }
        case .tupleType(let tuple):
            if tuple.elements.count == 1, let only = tuple.elements.first {
                unify(only.type, type, literal: literal)
            } else if case .tuple(let elements, _) = type, elements.count == tuple.elements.count {
                for (element, bound) in zip(tuple.elements, elements) { unify(element.type, bound, literal: literal) }
            }
        case .functionType(let function):
            guard case .function(let parameterTypes, let result) = type,
                parameterTypes.count == function.parameters.count
            else { return }
            for (parameter, bound) in zip(function.parameters, parameterTypes) { unify(parameter.type, bound) }
            if result != .nilLiteral { unify(function.returnClause.type, result) }
        case .attributedType(let attributed):
            unify(attributed.baseType, type, literal: literal)
        default:
            return
        }
    }

    private mutating func bind(_ name: String, _ type: ScriptType, literal: Bool) {
        guard type != .nilLiteral else { return }
        guard let bound = substitution[name] else {
            substitution[name] = type
            if literal { boundByLiteral.insert(name) }
            return
        }
        if bound == type { return }
        if literal && !boundByLiteral.contains(name) { return }  // the literal takes the fixed type
        if literal, bound == .int, type == .double {
            substitution[name] = .double
            return
        }
        if literal, bound == .double, type == .int { return }
        if !literal, boundByLiteral.contains(name) {
            substitution[name] = type
            boundByLiteral.remove(name)
            return
        }
        if conflict == nil { conflict = (name, bound, type) }
    }

    /// Whether `syntax` names a parameter that is still unbound.
    func mentionsUnbound(_ syntax: some SyntaxProtocol) -> Bool {
        syntax.tokens(viewMode: .sourceAccurate).contains { token in
            if case .identifier(let text) = token.tokenKind {
                return parameters.contains(text) && substitution[text] == nil
            }
            return false
        }
    }
}

extension Lowerer {
    /// Whether `expr` is a literal whose type its context may change (`1`, `-2.5`, `[1, 2]`,
    /// `"a"`, which may be a `Character`).
    func isContextualLiteral(_ expr: ExprSyntax) -> Bool {
        switch expr.as(ExprSyntaxEnum.self) {
        case .integerLiteralExpr, .floatLiteralExpr, .stringLiteralExpr, .nilLiteralExpr: return true
        case .prefixOperatorExpr(let prefix): return isContextualLiteral(prefix.expression)
        case .arrayExpr(let array): return array.elements.allSatisfy { isContextualLiteral($0.expression) }
        default: return false
        }
    }

    /// The static type of an argument lowered on its own, for inference; nil when it needs a
    /// context (`.leaf(1)`, a closure) or does not lower.
    func standaloneType(_ expr: ExprSyntax) -> ScriptType? {
        if let inOut = expr.as(InOutExprSyntax.self) { return standaloneType(inOut.expression) }
        if expr.is(ClosureExprSyntax.self) { return nil }
        let saved = (lexical, control, nestedBodies)
        defer { (lexical, control, nestedBodies) = saved }
        return try? lower(expr, expected: nil).type
    }

    /// The type of `.leaf(1)` passed where a generic enum of the note (`Tree<T>`) is declared:
    /// the instance its payload makes.
    private func implicitGenericCaseType(_ syntax: TypeSyntax, _ expr: ExprSyntax) -> ScriptType? {
        guard let identifier = syntax.as(IdentifierTypeSyntax.self),
            let template = globals.genericTypes[identifier.name.text]
        else { return nil }
        let call = expr.as(FunctionCallExprSyntax.self)
        guard let member = (call?.calledExpression ?? expr).as(MemberAccessExprSyntax.self), member.base == nil
        else { return nil }
        let arguments = call.map(allArguments) ?? []
        return (try? genericCaseInstance(template, member.declName.baseName.text, arguments: arguments, node: expr))
            .flatMap { $0.map { .named($0) } }
    }

    /// Infers `parameters` for a call whose declared parameter types are `declared` (one per
    /// argument, nil where the argument fills no typed parameter), with `expected` matched
    /// against `result` first.
    func inferSubstitution(
        _ parameters: GenericParameters, declared: [(syntax: TypeSyntax, expr: ExprSyntax)],
        result: TypeSyntax?, expected: ScriptType?, mapper: SourceMapper,
        initial: [String: ScriptType] = [:]
    ) -> TypeInference {
        var inference = TypeInference(parameters: parameters.names, substitution: initial)
        // An existential (`f(x) as Any`, `let s: any Shape = f(x)`) is what the result
        // converts to, not what it is: it binds nothing.
        var hint = expected
        while case .optional(let wrapped)? = hint { hint = wrapped }
        let existential = if case .named(let info)? = hint { info.kind == .protocolType } else { false }
        if let result, let expected, expected != .nilLiteral, !existential { inference.unify(result, expected) }
        for (syntax, expr) in declared where !isContextualLiteral(expr) && !expr.is(ClosureExprSyntax.self) {
            if let metatype = syntax.as(MetatypeTypeSyntax.self), let named = metatypeArgument(expr) {
                inference.unify(metatype.baseType, named)  // `zero(Double.self)` for `_ type: T.Type`
                continue
            }
            if let type = standaloneType(expr) ?? implicitGenericCaseType(syntax, expr) {
                inference.unify(syntax, type)
            }
        }
        for (syntax, expr) in declared where isContextualLiteral(expr) {
            if let type = standaloneType(expr) { inference.unify(syntax, type, literal: true) }
        }
        for (syntax, expr) in declared {
            guard let closure = expr.as(ClosureExprSyntax.self) else { continue }
            var base = syntax
            while let attributed = base.as(AttributedTypeSyntax.self) { base = attributed.baseType }
            guard let function = base.as(FunctionTypeSyntax.self),
                !function.parameters.contains(where: { inference.mentionsUnbound($0.type) })
            else { continue }
            let resolver = Lowerer(globals: globals, context: context, mapper: mapper, bindings: bindings)
            resolver.genericBindings = genericBindings.merging(inference.substitution) { $1 }
            guard let parameterTypes = try? function.parameters.map({ try resolver.type($0.type) }) else { continue }
            let resultType =
                inference.mentionsUnbound(function.returnClause.type)
                ? nil : try? resolver.type(function.returnClause.type)
            let saved = (lexical, control, nestedBodies)
            let lowered = try? lowerClosure(closure, expected: .function(parameterTypes, resultType ?? .nilLiteral))
            (lexical, control, nestedBodies) = saved
            if let lowered { inference.unify(syntax, lowered.type) }
        }
        return inference
    }
}
