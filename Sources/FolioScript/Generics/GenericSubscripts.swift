import SwiftSyntax

/// A generic subscript of the note (`subscript<Indices: Sequence>(indices: Indices) -> [Item]
/// where Indices.Iterator.Element == Int`), kept as syntax and lowered once per substitution of
/// its parameters, as generic functions are (`GenericFunctions.swift`), its setter with it
/// (`a[at: i] = x` goes through `genericSubscriptStep`).
final class GenericSubscript {
    let decl: SubscriptDeclSyntax
    /// Maps the declaration's positions to lines of the note (it may be in an earlier block).
    let mapper: SourceMapper
    let parameters: GenericParameters
    /// The lowered getters, by `GenericParameters.key`.
    var specializations: [String: FunctionInfo] = [:]
    /// The lowered setters, by `GenericParameters.key` (none when the subscript is get-only).
    var setters: [String: FunctionInfo] = [:]

    init(decl: SubscriptDeclSyntax, mapper: SourceMapper) {
        self.decl = decl
        self.mapper = mapper
        self.parameters = GenericParameters(decl.genericParameterClause, where: decl.genericWhereClause)
    }

    /// The argument labels: a subscript's parameters have none unless they declare two names.
    var labels: [String?] {
        decl.parameterClause.parameters.map {
            $0.secondName == nil ? nil : ($0.firstName.text == "_" ? nil : $0.firstName.text)
        }
    }
}

extension Lowerer {
    /// Records a generic subscript of `info` (its body is lowered per substitution on use).
    func declareGenericSubscript(_ decl: SubscriptDeclSyntax, in info: TypeInfo) throws {
        if decl.modifiers.contains(where: { $0.name.tokenKind == .keyword(.static) }) {
            throw error("generic static subscripts are not supported in notes", decl, id: .unsupportedGenerics)
        }
        if case .accessors(let list)? = decl.accessorBlock?.accessors,
            let other = list.first(where: {
                $0.accessorSpecifier.tokenKind != .keyword(.get) && $0.accessorSpecifier.tokenKind != .keyword(.set)
            })
        {
            throw error(.unsupportedAccessor(other.accessorSpecifier.text), other)
        }
        info.genericSubscripts.append(GenericSubscript(decl: decl, mapper: mapper))
    }

    /// A call of a generic subscript of the receiver's type (or of the note's extension of a
    /// builtin type), nil when it declares none that the call's labels and arguments fit. An
    /// array's own `a[i]` and `a[range]` are never replaced.
    func genericSubscriptCall(_ base: Typed, _ subscriptCall: SubscriptCallExprSyntax) throws -> Typed? {
        let owner: TypeInfo?
        switch base.type {
        case .named(let info): owner = info
        case .array, .string, .int, .double, .dictionary:
            owner = try builtinExtension(base.type, member: "subscript")
        default: owner = nil
        }
        guard let owner, !owner.genericSubscripts.isEmpty else { return nil }
        let arguments = subscriptCall.arguments.map { (label: $0.label?.text, expr: $0.expression) }
        // A plain subscript that takes the arguments is Swift's choice over a generic one.
        if let plain = owner.subscriptDecl(labels: arguments.map(\.label)),
            try zip(arguments, plain.getter.parameterTypes).allSatisfy({
                let given = try lowerTypeOnly($0.0.expr)
                return given == $0.1 || given.isConvertible(to: $0.1)
            })
        {
            return nil
        }
        if case .array = base.type, arguments.count == 1, arguments[0].label == nil {
            switch try lowerTypeOnly(arguments[0].expr) {
            case .int, .range(.int, _): return nil
            default: break
            }
        }
        guard let (template, substitution) = try genericSubscriptMatch(owner, arguments, node: subscriptCall) else {
            return nil
        }
        let getter = try specializeSubscript(template, substitution, owner: owner)
        let evals = try zip(arguments, getter.parameterTypes).map { try argument($0.0.expr, $0.1).eval }
        let baseEval = base.eval
        let context = self.context
        let at = loc(subscriptCall.leftSquare)
        return Typed(type: getter.returnType) { frame in
            var values = [try baseEval(frame)]
            for eval in evals { values.append(try eval(frame)) }
            return try callFunction(getter, parent: nil, arguments: values, context: context, at: at)
        }
    }

    /// The generic subscript of `owner` that the call's labels and arguments fit, with what its
    /// parameters stand for.
    private func genericSubscriptMatch(
        _ owner: TypeInfo, _ arguments: [(label: String?, expr: ExprSyntax)], node: SubscriptCallExprSyntax
    ) throws -> (GenericSubscript, [String: ScriptType])? {
        for template in owner.genericSubscripts where template.labels == arguments.map(\.label) {
            let declared = template.decl.parameterClause.parameters.map(\.type)
            let inference = inferSubstitution(
                template.parameters, declared: Array(zip(declared, arguments.map(\.expr))),
                result: template.decl.returnClause.type, expected: nil, mapper: template.mapper,
                initial: genericBindings)
            guard inference.conflict == nil,
                template.parameters.names.allSatisfy({ inference.substitution[$0] != nil }),
                sameTypesHold(template.parameters, inference.substitution, mapper: template.mapper)
            else { continue }
            try checkRequirements(template.parameters, inference.substitution, owner: "subscript", node: node)
            return (template, inference.substitution)
        }
        return nil
    }

    /// `x[at: i]` as a place (`x[at: i] = v`, `x[at: i] += 1`): the getter and setter of the
    /// generic subscript of `type` that fits, specialized; nil when none fits.
    func genericSubscriptStep(_ type: ScriptType, _ subscriptCall: SubscriptCallExprSyntax) throws -> (
        step: PathStep, type: ScriptType
    )? {
        let owner: TypeInfo?
        switch type {
        case .named(let info): owner = info
        case .array, .string, .int, .double, .dictionary: owner = try builtinExtension(type, member: "subscript")
        default: owner = nil
        }
        guard let owner, !owner.genericSubscripts.isEmpty else { return nil }
        let arguments = subscriptCall.arguments.map { (label: $0.label?.text, expr: $0.expression) }
        if owner.subscriptDecl(labels: arguments.map(\.label)) != nil { return nil }
        guard let (template, substitution) = try genericSubscriptMatch(owner, arguments, node: subscriptCall) else {
            return nil
        }
        let getter = try specializeSubscript(template, substitution, owner: owner)
        guard let setter = template.setters[template.parameters.key(substitution)] else {
            throw error("cannot assign through subscript: subscript is get-only", subscriptCall, id: .cannotAssign)
        }
        let evals = try zip(arguments, getter.parameterTypes).map { try argument($0.0.expr, $0.1).eval }
        return (.accessor(getter: getter, setter: setter, arguments: evals, context: context), getter.returnType)
    }

    /// Whether the `where T.Element == Int` requirements hold for `substitution`.
    private func sameTypesHold(
        _ parameters: GenericParameters, _ substitution: [String: ScriptType], mapper: SourceMapper
    ) -> Bool {
        let lowerer = Lowerer(globals: globals, context: context, mapper: mapper, bindings: bindings)
        lowerer.genericBindings = genericBindings.merging(substitution) { $1 }
        lowerer.currentType = currentType
        for (left, right) in parameters.sameType {
            guard let l = try? lowerer.type(left), let r = try? lowerer.type(right) else { return false }
            if l != r { return false }
        }
        return true
    }

    /// The getter of `template` for `substitution`, lowered on first use.
    private func specializeSubscript(
        _ template: GenericSubscript, _ substitution: [String: ScriptType], owner: TypeInfo
    ) throws -> FunctionInfo {
        let key = template.parameters.key(substitution)
        if let done = template.specializations[key] { return done }
        let lowerer = Lowerer(globals: globals, context: context, mapper: template.mapper, bindings: bindings)
        lowerer.genericBindings = genericBindings.merging(substitution) { $1 }
        lowerer.currentType = owner
        let decl = template.decl
        var sig = try lowerer.signature(decl.parameterClause, returnClause: decl.returnClause, effects: nil)
        sig.labels = template.labels
        let getter = lowerer.makeInfo("subscript", sig, loc: lowerer.loc(decl.subscriptKeyword))
        getter.owner = owner
        template.specializations[key] = getter
        do {
            guard let block = decl.accessorBlock else {
                throw error(.expectedBody("subscript"), decl)
            }
            let names = decl.parameterClause.parameters.map { ($0.secondName ?? $0.firstName).text }
            let nodes = decl.parameterClause.parameters.map { Syntax($0) }
            var accessors: [AccessorDeclSyntax] = []
            let (statements, end): (CodeBlockItemListSyntax, TokenSyntax)
            switch block.accessors {
            case .getter(let body): (statements, end) = (body, block.rightBrace)
            case .accessors(let list):
                accessors = Array(list)
                let get = list.first { $0.accessorSpecifier.tokenKind == .keyword(.get) }
                (statements, end) = (get?.body?.statements ?? [], get?.body?.rightBrace ?? block.rightBrace)
            }
            try lowerer.lowerBody(
                info: getter, parameterNames: names, parameterNodes: nodes, statements: statements, end: end,
                selfType: owner.selfType)
            if let set = accessors.first(where: { $0.accessorSpecifier.tokenKind == .keyword(.set) }),
                let body = set.body
            {
                let setter = lowerer.makeInfo("subscript", sig.subscriptSetter, loc: lowerer.loc(decl.subscriptKeyword))
                setter.owner = owner
                setter.isMutating = owner.kind != .classType
                template.setters[key] = setter
                try lowerer.lowerBody(
                    info: setter, parameterNames: names + [set.parameters?.name.text ?? "newValue"],
                    parameterNodes: nodes + [Syntax(set)], statements: body.statements, end: body.rightBrace,
                    selfType: owner.selfType, selfMutable: setter.isMutating)
            }
        } catch {
            template.specializations[key] = nil
            template.setters[key] = nil
            throw error
        }
        return getter
    }
}
