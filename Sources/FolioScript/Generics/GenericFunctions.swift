import SwiftSyntax

/// A parameter as declared (of a function, an initializer, an enum case, or a struct's
/// memberwise initializer), for matching a call's arguments before any type is known.
struct DeclaredParameter {
    let label: String?
    let type: TypeSyntax
    var hasDefault = false
    var isVariadic = false

    static func list(_ clause: FunctionParameterClauseSyntax) -> [DeclaredParameter] {
        clause.parameters.map {
            DeclaredParameter(
                label: $0.firstName.text == "_" ? nil : $0.firstName.text, type: $0.type,
                hasDefault: $0.defaultValue != nil, isVariadic: $0.ellipsis != nil)
        }
    }

    static func list(_ clause: EnumCaseParameterClauseSyntax) -> [DeclaredParameter] {
        clause.parameters.map {
            DeclaredParameter(
                label: $0.firstName.flatMap { $0.text == "_" ? nil : $0.text }, type: $0.type,
                hasDefault: $0.defaultValue != nil)
        }
    }
}

/// A generic function of the note (`func clamp<T: Comparable>(_ x: T, …) -> T`), kept as
/// syntax and lowered once per substitution of its parameters.
///
/// The first call with `T == Double` lowers the body with `T` meaning `Double` into an ordinary
/// `FunctionInfo`; later calls with the same types reuse it, so after its first use a generic
/// call costs what the same non-generic call costs. A type error in the body is reported when
/// a substitution first lowers it, at its line.
final class GenericFunction {
    let decl: FunctionDeclSyntax
    /// Maps the declaration's positions to lines of the note (it may be in an earlier block).
    let mapper: SourceMapper
    let parameters: GenericParameters
    /// The lowered specializations, by `GenericParameters.key`.
    var specializations: [String: FunctionInfo] = [:]
    /// For a generic method: the type it belongs to, and what that type's own generic
    /// parameters stand for (`T` of `Box<T>` in `func map<U>`).
    var owner: TypeInfo?
    var outerBindings: [String: ScriptType] = [:]

    init(decl: FunctionDeclSyntax, mapper: SourceMapper) {
        self.decl = decl
        self.mapper = mapper
        self.parameters = GenericParameters(decl.genericParameterClause, where: decl.genericWhereClause)
    }

    var name: String { decl.name.text }

    /// The argument labels of the declaration.
    var labels: [String?] {
        decl.signature.parameterClause.parameters.map { $0.firstName.text == "_" ? nil : $0.firstName.text }
    }
}

extension Lowerer {
    /// Records a top-level generic function; its body is lowered per substitution on use.
    func declareGenericFunction(_ decl: FunctionDeclSyntax) throws {
        let name = decl.name.text
        if globals.variables[name] != nil { throw error(.invalidRedeclaration(name), decl.name) }
        globals.genericFunctions[name, default: []].append(GenericFunction(decl: decl, mapper: mapper))
    }

    /// Pairs each argument of a call with the declared type of the parameter it fills (labels,
    /// defaults and variadics as `bindArguments` matches them); nil when the labels do not fit.
    func parameterTypeSyntax(
        _ list: [DeclaredParameter], arguments: [(label: String?, expr: ExprSyntax)]
    ) -> [(syntax: TypeSyntax, expr: ExprSyntax)]? {
        var result: [(TypeSyntax, ExprSyntax)] = []
        var position = 0
        for (index, parameter) in list.enumerated() {
            let label = parameter.label
            if parameter.isVariadic {
                if position < arguments.count, arguments[position].label == label {
                    result.append((parameter.type, arguments[position].expr))
                    position += 1
                    while position < arguments.count, arguments[position].label == nil,
                        label != nil || index == list.count - 1 || list[index + 1].label != nil
                    {
                        result.append((parameter.type, arguments[position].expr))
                        position += 1
                    }
                }
            } else if position < arguments.count,
                arguments[position].label == label
                    || (arguments[position].label == nil && arguments[position].expr.is(ClosureExprSyntax.self)
                        && parameter.type.trimmedDescription.contains("->"))
            {
                result.append((parameter.type, arguments[position].expr))
                position += 1
            } else if !parameter.hasDefault {
                return nil
            }
        }
        return position == arguments.count ? result : nil
    }

    /// A call of one of the note's generic functions: infers the substitution from the
    /// arguments, lowers (or reuses) that specialization, and calls it as any function.
    func genericCall(
        _ name: String, templates: [GenericFunction], arguments: [(label: String?, expr: ExprSyntax)],
        expected: ScriptType?, node: FunctionCallExprSyntax
    ) throws -> Typed {
        var firstError: Error?
        for template in templates {
            do {
                guard
                    let substitution = try substitution(
                        for: template, arguments: arguments, expected: expected, owner: "global function '\(name)'",
                        node: node)
                else { continue }
                let info = try specialize(template, substitution)
                // A specialization with exactly its parameters is called as any such function
                // (the per-arity and unboxed paths): a generic call costs what a plain one does.
                if info.variadic == nil, !info.inoutParameters.contains(true),
                    !info.defaults.contains(where: { $0 != nil }), arguments.map(\.label) == info.labels
                {
                    let lowered = try arguments.enumerated().map { index, argument in
                        try parameterArgument(info, index, argument.expr)
                    }
                    return invocation(info, arguments: lowered, at: loc(node))
                }
                return try directCall([info], arguments: arguments, name: name, node: node, parent: { _ in nil })
            } catch {
                if firstError == nil { firstError = error }
            }
        }
        if let firstError { throw firstError }
        let labels = templates.first?.labels ?? []
        throw error(
            "incorrect arguments in call to '\(name)' (have '\(labelList(arguments.map(\.label)))', expected '\(labelList(labels))')",
            node, id: .noMatchingOverload)
    }

    /// The substitution a call's arguments choose for `template` (for a method, its type's own
    /// bindings included), with Swift's message when it cannot be inferred or does not meet the
    /// requirements; nil when the arguments' labels do not fit.
    private func substitution(
        for template: GenericFunction, arguments: [(label: String?, expr: ExprSyntax)], expected: ScriptType?,
        owner: String, node: some SyntaxProtocol
    ) throws -> [String: ScriptType]? {
        guard
            let declared = parameterTypeSyntax(
                DeclaredParameter.list(template.decl.signature.parameterClause), arguments: arguments)
        else { return nil }
        let inference = inferSubstitution(
            template.parameters, declared: declared, result: template.decl.signature.returnClause?.type,
            expected: expected, mapper: template.mapper, initial: template.outerBindings)
        if let conflict = inference.conflict {
            throw error(
                "conflicting arguments to generic parameter '\(conflict.name)' ('\(conflict.first)' vs. '\(conflict.second)')",
                node, id: .typeMismatch)
        }
        if let missing = template.parameters.names.first(where: { inference.substitution[$0] == nil }) {
            throw error(.genericParameterNotInferred(missing), node)
        }
        try checkRequirements(template.parameters, inference.substitution, owner: owner, node: node)
        return inference.substitution
    }

    /// The specialization of one of a type's generic methods that a call's arguments select.
    func specializeMethod(
        _ templates: [GenericFunction], arguments: [(label: String?, expr: ExprSyntax)], expected: ScriptType?,
        node: some SyntaxProtocol
    ) throws -> FunctionInfo {
        var firstError: Error?
        for template in templates {
            do {
                guard
                    let substitution = try substitution(
                        for: template, arguments: arguments, expected: expected,
                        owner: "instance method '\(template.name)'", node: node)
                else { continue }
                return try specialize(template, substitution)
            } catch {
                if firstError == nil { firstError = error }
            }
        }
        throw firstError
            ?? error(
                "no exact matches in call to instance method '\(templates.first?.name ?? "")'", node,
                id: .noMatchingOverload)
    }

    /// The specialization of `template` for `substitution`, lowered on first use.
    func specialize(_ template: GenericFunction, _ substitution: [String: ScriptType]) throws -> FunctionInfo {
        let key = template.parameters.key(substitution)
        if let info = template.specializations[key] { return info }
        guard globals.instantiationDepth < 16 else {
            throw error(
                "generic function '\(template.name)' specialized too deeply (it calls itself with ever larger types?)",
                template.decl.name, id: .specializationDepth)
        }
        globals.instantiationDepth += 1
        defer { globals.instantiationDepth -= 1 }
        let lowerer = Lowerer(globals: globals, context: context, mapper: template.mapper, bindings: bindings)
        lowerer.genericBindings = template.outerBindings.merging(substitution) { $1 }
        lowerer.currentType = template.owner
        let decl = template.decl
        let opaque = template.owner == nil ? lowerer.opaqueStandardResult(decl) : nil
        let signature = try lowerer.signature(
            decl.signature.parameterClause, returnClause: opaque == nil ? decl.signature.returnClause : nil,
            effects: decl.signature.effectSpecifiers)
        let info = lowerer.makeInfo(template.name, signature, loc: lowerer.loc(decl.name))
        if let owner = template.owner {
            info.owner = owner
            info.isStatic = decl.modifiers.contains {
                $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class)
            }
            info.isMutating = decl.modifiers.contains { $0.name.tokenKind == .keyword(.mutating) }
        }
        // Recorded before the body is lowered, so that a recursive call finds it.
        template.specializations[key] = info
        do {
            if let owner = template.owner, let body = decl.body {
                let parameters = decl.signature.parameterClause.parameters
                try lowerer.lowerBody(
                    info: info, parameterNames: parameters.map { ($0.secondName ?? $0.firstName).text },
                    parameterNodes: parameters.map { Syntax($0) }, statements: body.statements, end: body.rightBrace,
                    selfType: info.isStatic ? nil : owner.selfType, selfMutable: info.isMutating)
            } else if let opaque {
                try lowerer.lowerOpaqueResultBody(decl, info: info, proto: opaque)
            } else {
                try lowerer.lowerFunctionBody(decl, info: info)
            }
        } catch {
            template.specializations[key] = nil
            throw error
        }
        return info
    }
}
