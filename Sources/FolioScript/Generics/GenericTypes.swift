import SwiftSyntax

/// A generic struct, class or enum of the note (`struct Stack<Element>`), kept as syntax and
/// instantiated once per list of type arguments (`Stack<Int>`, `Stack<String>`), each instance
/// an ordinary type of the note named as Swift prints it.
///
/// Its extensions (`extension Stack { … }`, `extension Stack where Element: Equatable`) are
/// kept too and lowered into every instance whose arguments meet their requirements, including
/// instances made before the extension's block.
final class GenericType {
    let decl: DeclSyntax
    let name: String
    let mapper: SourceMapper
    let parameters: GenericParameters
    /// Extensions in declaration order, each with the mapper of its block.
    var extensions: [(decl: ExtensionDeclSyntax, mapper: SourceMapper)] = []
    /// Instances by their printed name (`Stack<Int>`).
    var instances: [String: TypeInfo] = [:]

    init(decl: DeclSyntax, name: String, clause: GenericParameterClauseSyntax?, mapper: SourceMapper) {
        self.decl = decl
        self.name = name
        self.mapper = mapper
        self.parameters = GenericParameters(
            clause, where: decl.asProtocol(DeclGroupSyntax.self).flatMap { Self.whereClause(of: $0) })
    }

    private static func whereClause(of group: some DeclGroupSyntax) -> GenericWhereClauseSyntax? {
        group.as(StructDeclSyntax.self)?.genericWhereClause ?? group.as(ClassDeclSyntax.self)?.genericWhereClause
            ?? group.as(EnumDeclSyntax.self)?.genericWhereClause
    }

    /// Declared with `@propertyWrapper`.
    var isPropertyWrapper: Bool {
        decl.asProtocol(WithAttributesSyntax.self)?.attributes.contains {
            $0.as(AttributeSyntax.self)?.attributeName.trimmedDescription == "propertyWrapper"
        } ?? false
    }

    /// What Swift calls the declaration in diagnostics (`generic struct 'Stack'`).
    var kindName: String {
        decl.is(ClassDeclSyntax.self)
            ? "generic class" : decl.is(EnumDeclSyntax.self) ? "generic enum" : "generic struct"
    }
}

/// The instance being declared by `declareTypes` when it lowers a generic type's syntax.
struct GenericInstantiation {
    /// The generic type's own name (`Stack`).
    let template: String
    /// The instance's name (`Stack<Int>`).
    let instance: String
    let arguments: [ScriptType]
}

extension Lowerer {
    /// Records a generic type declaration (true), or does nothing for any other (false).
    func recordGenericType(_ decl: DeclSyntax, name: TokenSyntax, clause: GenericParameterClauseSyntax?) throws
        -> Bool
    {
        guard let clause, instantiation?.template != name.text else { return false }
        if globals.types[name.text] != nil || globals.genericTypes[name.text] != nil
            || globals.variables[name.text] != nil
        {
            throw error(.invalidRedeclaration(name.text), name)
        }
        globals.genericTypes[name.text] = GenericType(decl: decl, name: name.text, clause: clause, mapper: mapper)
        return true
    }

    /// Records an extension of a generic type of the note and lowers it into the instances
    /// already made (true); false for an extension of anything else.
    func recordGenericTypeExtension(_ ext: ExtensionDeclSyntax) throws -> Bool {
        let name = ext.extendedType.trimmedDescription
        guard let template = globals.genericTypes[name], instantiation?.template != name else { return false }
        template.extensions.append((ext, mapper))
        for instance in template.instances.values.sorted(by: { $0.name < $1.name }) {
            let substitution = Dictionary(
                uniqueKeysWithValues: zip(template.parameters.names, instance.genericArguments))
            guard meets(ext, substitution) else { continue }
            let lowerer = instanceLowerer(template, instance: instance, substitution: substitution, mapper: mapper)
            _ = try lowerer.declareTypes([DeclSyntax(ext)])
            try lowerer.lowerTypeMembers([])
        }
        return true
    }

    /// Whether the `where` clause of `ext` holds for `substitution`.
    private func meets(_ ext: ExtensionDeclSyntax, _ substitution: [String: ScriptType]) -> Bool {
        GenericParameters(nil, where: ext.genericWhereClause).conformances.allSatisfy { requirement in
            guard let bound = substitution[requirement.name] else { return true }
            return requirement.protocols.allSatisfy { conforms(bound, to: $0) }
        }
    }

    private func instanceLowerer(
        _ template: GenericType, instance: TypeInfo?, substitution: [String: ScriptType], mapper: SourceMapper
    ) -> Lowerer {
        let lowerer = Lowerer(globals: globals, context: context, mapper: mapper, bindings: bindings)
        lowerer.genericBindings = substitution
        if let instance { lowerer.genericBindings[template.name] = .named(instance) }
        let arguments = template.parameters.names.map { substitution[$0] ?? .void }
        lowerer.instantiation = GenericInstantiation(
            template: template.name,
            instance: "\(template.name)<\(arguments.map(\.description).joined(separator: ", "))>",
            arguments: arguments)
        return lowerer
    }

    /// The instance of `template` for `arguments` (`Stack<Int>`), declared and lowered on first
    /// use with its extensions.
    func instantiate(_ template: GenericType, arguments: [ScriptType], node: some SyntaxProtocol) throws -> TypeInfo {
        let names = template.parameters.names
        guard arguments.count == names.count else {
            throw error(
                "generic type '\(template.name)' specialized with too \(arguments.count > names.count ? "many" : "few") type parameters (got \(arguments.count), but expected \(names.count))",
                node, id: .wrongArgumentCount)
        }
        let substitution = Dictionary(uniqueKeysWithValues: zip(names, arguments))
        let key = "\(template.name)<\(arguments.map(\.description).joined(separator: ", "))>"
        if let instance = template.instances[key] { return instance }
        try checkRequirements(
            template.parameters, substitution, owner: "\(template.kindName) '\(template.name)'", node: node)
        guard globals.instantiationDepth < 16 else {
            throw error(
                "generic type '\(template.name)' instantiated too deeply (\(key))", node, id: .specializationDepth)
        }
        globals.instantiationDepth += 1
        defer { globals.instantiationDepth -= 1 }
        let lowerer = instanceLowerer(template, instance: nil, substitution: substitution, mapper: template.mapper)
        do {
            _ = try lowerer.declareTypes([template.decl])
            guard let instance = globals.types[key] else {
                throw error("cannot instantiate '\(key)'", node, id: .specializationDepth)
            }
            template.instances[key] = instance
            var lowerers = [lowerer]
            for (ext, mapper) in template.extensions where meets(ext, substitution) {
                let extensionLowerer = instanceLowerer(
                    template, instance: instance, substitution: substitution, mapper: mapper)
                _ = try extensionLowerer.declareTypes([DeclSyntax(ext)])
                lowerers.append(extensionLowerer)
            }
            for lowerer in lowerers { try lowerer.lowerTypeMembers([]) }
            return instance
        } catch {
            template.instances[key] = nil
            globals.types[key] = nil
            throw error
        }
    }

    /// `Stack(items: [1])`, `Box(3)`: a generic type constructed without type arguments, which
    /// its initializer's arguments (or the context's type) decide.
    func genericConstruct(
        _ template: GenericType, arguments: [(label: String?, expr: ExprSyntax)], expected: ScriptType?,
        node: FunctionCallExprSyntax
    ) throws -> Typed {
        if case .named(let info)? = expected, info.genericOrigin == template.name {
            return try construct(info, arguments: arguments, node: node)
        }
        var firstError: ScriptError?
        let extensionLists = template.extensions.flatMap { ext, mapper in
            ext.memberBlock.members.compactMap { $0.decl.as(InitializerDeclSyntax.self) }.map {
                (DeclaredParameter.list($0.signature.parameterClause), Optional((ext, mapper)))
            }
        }
        let lists = initializerParameterLists(template).map { ($0, nil as (ExtensionDeclSyntax, SourceMapper)?) }
        for (parameters, ext) in lists + extensionLists {
            guard let declared = parameterTypeSyntax(parameters, arguments: arguments) else { continue }
            let inference = inferSubstitution(
                template.parameters, declared: declared, result: nil, expected: nil,
                mapper: ext?.1 ?? template.mapper)
            if let missing = template.parameters.names.first(where: { inference.substitution[$0] == nil }) {
                if firstError == nil {
                    firstError = error(.genericParameterNotInferred(missing), node)
                }
                continue
            }
            // An initializer of `extension Heap where Element: Comparable` is there only for such elements.
            if let ext, !meets(ext.0, inference.substitution) { continue }
            let arguments2 = template.parameters.names.compactMap { inference.substitution[$0] }
            let instance = try instantiate(template, arguments: arguments2, node: node)
            return try construct(instance, arguments: arguments, node: node)
        }
        throw firstError
            ?? error(
                "generic parameter '\(template.parameters.names.first ?? "T")' could not be inferred", node,
                id: .cannotInferType)
    }

    /// The parameter lists a generic type can be initialized with: its `init`s, or, for a
    /// struct without any, the memberwise initializer's.
    private func initializerParameterLists(_ template: GenericType) -> [[DeclaredParameter]] {
        guard let group = template.decl.asProtocol(DeclGroupSyntax.self) else { return [] }
        let explicit = group.memberBlock.members.compactMap { $0.decl.as(InitializerDeclSyntax.self) }
        if !explicit.isEmpty { return explicit.map { DeclaredParameter.list($0.signature.parameterClause) } }
        guard template.decl.is(StructDeclSyntax.self) else { return [] }
        var parameters: [DeclaredParameter] = []
        for member in group.memberBlock.members {
            guard let variable = member.decl.as(VariableDeclSyntax.self),
                !variable.modifiers.contains(where: { $0.name.tokenKind == .keyword(.static) })
            else { continue }
            for binding in variable.bindings where binding.accessorBlock == nil {
                guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier,
                    let annotation = binding.typeAnnotation?.type
                else { continue }
                let isLetWithValue = variable.bindingSpecifier.tokenKind == .keyword(.let) && binding.initializer != nil
                if isLetWithValue { continue }
                parameters.append(
                    DeclaredParameter(label: name.text, type: annotation, hasDefault: binding.initializer != nil))
            }
        }
        return [parameters]
    }

    /// The instance of a generic enum that `Tree.node(…)` or `.leaf(1)` (where a `Tree<T>` is
    /// expected) constructs, inferred from the case's payload; nil when `name` is not a case.
    func genericCaseInstance(
        _ template: GenericType, _ name: String, arguments: [(label: String?, expr: ExprSyntax)],
        node: some SyntaxProtocol
    ) throws -> TypeInfo? {
        guard let group = template.decl.as(EnumDeclSyntax.self) else { return nil }
        for member in group.memberBlock.members {
            for element in member.decl.as(EnumCaseDeclSyntax.self)?.elements ?? [] where element.name.text == name {
                let parameters = element.parameterClause.map { DeclaredParameter.list($0) } ?? []
                guard let declared = parameterTypeSyntax(parameters, arguments: arguments) else { return nil }
                let inference = inferSubstitution(
                    template.parameters, declared: declared, result: nil, expected: nil, mapper: template.mapper)
                if let missing = template.parameters.names.first(where: { inference.substitution[$0] == nil }) {
                    throw error(.genericParameterNotInferred(missing), node)
                }
                return try instantiate(
                    template, arguments: template.parameters.names.compactMap { inference.substitution[$0] }, node: node
                )
            }
        }
        return nil
    }

    /// The instance a member access on a generic type's name refers to: `Tree<Int>.leaf(1)`
    /// names it; inside `Tree<T>` plain `Tree` is the instance being lowered; otherwise the
    /// context's type or the enum case's payload decides.
    func genericInstance(
        _ baseExpr: ExprSyntax, member name: String, arguments: [(label: String?, expr: ExprSyntax)],
        expected: ScriptType?, node: some SyntaxProtocol
    ) throws -> TypeInfo? {
        if let generic = baseExpr.as(GenericSpecializationExprSyntax.self),
            let base = generic.expression.as(DeclReferenceExprSyntax.self)?.baseName.text,
            let template = globals.genericTypes[base]
        {
            let types = try generic.genericArgumentClause.arguments.map { argument -> ScriptType in
                guard case .type(let syntax) = argument.argument else {
                    throw error("unsupported generic argument", argument, id: .unsupportedGenerics)
                }
                return try type(syntax)
            }
            return try instantiate(template, arguments: types, node: generic)
        }
        guard let reference = baseExpr.as(DeclReferenceExprSyntax.self), lookup(reference.baseName.text) == nil,
            let template = globals.genericTypes[reference.baseName.text]
        else { return nil }
        if case .named(let instance)? = genericBindings[template.name] { return instance }
        if case .named(let info)? = expected, info.genericOrigin == template.name { return info }
        if case .optional(.named(let info))? = expected, info.genericOrigin == template.name { return info }
        return try genericCaseInstance(template, name, arguments: arguments, node: node)
    }
}
