import SwiftSyntax

/// Extensions of the note's protocols (`extension Container where Item == Double { … }`),
/// lowered once per conforming type, as a compiler specializes them.
///
/// On the protocol itself an extension's members are only signatures (so a value of the
/// protocol's type, an existential, can call them; the call dispatches on the value's type).
/// Each conforming type gets its own copy of the members it does not declare itself, lowered
/// with `Self` and the associated types (`Item`) meaning that type's, and only when the
/// extension's `where` clause holds for it.
extension Lowerer {
    /// A method of `info` with the signature `function` declares (its body is lowered later).
    func methodInfo(_ function: FunctionDeclSyntax, of info: TypeInfo) throws -> FunctionInfo {
        let sig = try signature(
            function.signature.parameterClause, returnClause: function.signature.returnClause,
            effects: function.signature.effectSpecifiers)
        let method = makeInfo(function.name.text, sig, loc: loc(function.name))
        method.owner = info
        method.isMutating = function.modifiers.contains { $0.name.tokenKind == .keyword(.mutating) }
        return method
    }

    /// Declares a member of a protocol extension on the protocol: its signature only.
    func declareProtocolExtensionMember(_ decl: DeclSyntax, in info: TypeInfo) throws {
        if let function = decl.as(FunctionDeclSyntax.self), function.genericParameterClause == nil,
            !function.modifiers.contains(where: { $0.name.tokenKind == .keyword(.static) })
        {
            let method = try methodInfo(function, of: info)
            method.isRequirement = true
            if info.methods[method.name]?.contains(where: { $0.labels == method.labels }) != true {
                info.methods[method.name, default: []].append(method)
            }
            return
        }
        if let variable = decl.as(VariableDeclSyntax.self),
            !variable.modifiers.contains(where: { $0.name.tokenKind == .keyword(.static) })
        {
            for binding in variable.bindings where binding.accessorBlock != nil {
                guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
                    let annotation = binding.typeAnnotation?.type
                else { continue }
                info.requirements.insert(name)
                if info.requiredProperties[name] == nil { info.requiredProperties[name] = try type(annotation) }
            }
        }
    }

    /// Lowers into `info` the extensions of its protocols that it has not received yet and
    /// whose `where` clauses hold; their bodies are lowered with this lowerer's type members.
    func applyProtocolExtensions(to info: TypeInfo) throws {
        guard info.kind != .protocolType else { return }
        for protocolName in info.allConformances.sorted() {
            guard let proto = globals.types[protocolName], proto.kind == .protocolType else { continue }
            for (ext, mapper) in proto.protocolExtensions where !info.appliedProtocolExtensions.contains(ext.id) {
                let lowerer = Lowerer(globals: globals, context: context, mapper: mapper, bindings: bindings)
                lowerer.currentType = info
                lowerer.keepsExistingMembers = true
                guard lowerer.holds(ext.genericWhereClause, for: info) else { continue }
                info.appliedProtocolExtensions.insert(ext.id)
                lowerer.instantiation = GenericInstantiation(template: proto.name, instance: info.name, arguments: [])
                _ = try lowerer.declareTypes([DeclSyntax(ext)])
                auxiliaryLowerers.append(lowerer)
            }
        }
        applyGenericArrayExtensions(to: info)  // `extension Collection` on a note's collection
    }

    /// Whether `info` already has the member `decl` declares (its own or inherited), which a
    /// protocol extension does not replace.
    func declares(_ decl: DeclSyntax, in info: TypeInfo) -> Bool {
        if let function = decl.as(FunctionDeclSyntax.self) {
            let labels = function.signature.parameterClause.parameters.map {
                $0.firstName.text == "_" ? nil : $0.firstName.text
            }
            let isStatic = function.modifiers.contains { $0.name.tokenKind == .keyword(.static) }
            let existing = isStatic ? info.staticMethods[function.name.text] : info.method(function.name.text)
            return existing?.contains { $0.labels == labels } ?? false
        }
        if let variable = decl.as(VariableDeclSyntax.self) {
            return variable.bindings.contains { binding in
                guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text else { return false }
                return info.computedProperty(name) != nil || info.fieldIndex[name] != nil
            }
        }
        if decl.is(SubscriptDeclSyntax.self) { return !info.subscripts.isEmpty }
        return false
    }

    /// Whether a protocol extension's `where` clause holds for the conforming type `info`
    /// (`where Item == Double`, `where Self: Equatable`, `where Element: Comparable`); this
    /// lowerer's current type is `info`, so `Self` and associated types resolve to its own.
    func holds(_ clause: GenericWhereClauseSyntax?, for info: TypeInfo) -> Bool {
        for requirement in clause?.requirements ?? [] {
            switch requirement.requirement {
            case .conformanceRequirement(let conformance):
                guard let left = try? type(conformance.leftType) else { return false }
                for proto in GenericParameters.protocols(conformance.rightType) where !conforms(left, to: proto) {
                    return false
                }
            case .sameTypeRequirement(let same):
                guard let leftSyntax = same.leftType.as(TypeSyntax.self),
                    let rightSyntax = same.rightType.as(TypeSyntax.self),
                    let left = try? type(leftSyntax), let right = try? type(rightSyntax), left == right
                else { return false }
            default:
                return false
            }
        }
        return true
    }
}
