import SwiftSyntax

/// `extension Array: Container {}`: arrays conforming to a protocol of the note, as the book's
/// Generics chapter does to give `Array` the `Container` protocol's extensions.
///
/// Arrays already have the members such protocols ask for (`count`, `append`, `subscript`), so
/// the conformance records only which protocols arrays meet (and what `where Element: P`
/// asks of their elements). Each associated type of such a protocol is the array's `Element`
/// (`Index` is `Int`), as Swift infers it from the array's members. The protocol's extensions
/// are lowered into the note's extension of each array type that uses one of their members,
/// once per element type, as the generic array extensions are (`GenericArrayExtensions.swift`).
extension Lowerer {
    /// Records the protocols of the note that `ext` makes arrays conform to.
    func recordArrayConformances(_ ext: ExtensionDeclSyntax) throws {
        guard ext.extendedType.trimmedDescription == "Array", globals.types["Array"] == nil,
            let inherited = ext.inheritanceClause?.inheritedTypes
        else { return }
        var requirements: [String] = []
        for requirement in ext.genericWhereClause?.requirements ?? [] {
            if case .conformanceRequirement(let conformance) = requirement.requirement,
                conformance.leftType.trimmedDescription == "Element"
            {
                requirements += GenericParameters.protocols(conformance.rightType)
            }
        }
        for inheritedType in inherited {
            let name = inheritedType.type.trimmedDescription
            guard let proto = globals.types[name], proto.kind == .protocolType else { continue }
            proto.arrayConformance = requirements
        }
    }

    /// Whether arrays of `element` conform to the note's protocol `proto` by an extension.
    func arrayConforms(element: ScriptType, to proto: String) -> Bool {
        guard let requirements = globals.types[proto]?.arrayConformance else { return false }
        return requirements.allSatisfy { conforms(element, to: $0) }
    }

    /// `C.Item` for an array type `C` that conforms to a protocol of the note declaring `Item`.
    func arrayAssociatedType(_ type: ScriptType, _ name: String) -> ScriptType? {
        guard case .array(let element) = type else { return nil }
        for proto in globals.types.values where proto.kind == .protocolType && proto.arrayConformance != nil {
            if proto.associatedTypeNames.contains(name), arrayConforms(element: element, to: proto.name) {
                return name == "Index" ? .int : element
            }
        }
        return nil
    }

    /// Lowers into the note's extension of the array type `type` the extensions of the
    /// protocols arrays of its element conform to, that it has not received yet and whose
    /// `where` clauses hold (`extension Container where Item == Double` only for `[Double]`).
    func applyArrayProtocolExtensions(for type: ScriptType) throws {
        guard case .array(let element) = type else { return }
        let protocols = globals.types.values.filter {
            $0.kind == .protocolType && $0.arrayConformance != nil && arrayConforms(element: element, to: $0.name)
        }.sorted { $0.name < $1.name }
        let name = type.description
        let previous = globals.extensions[name]
        let applied = previous?.appliedProtocolExtensions ?? []
        let pending = protocols.flatMap { proto in
            proto.protocolExtensions.filter { !applied.contains($0.decl.id) }
        }
        guard !pending.isEmpty else { return }
        guard globals.instantiationDepth < 8 else {
            throw error(
                "protocol extension used on '\(name)', nested too deeply", pending[0].decl.extendedType,
                id: .specializationDepth)
        }
        // A fresh copy, as `instantiateGenericArrayExtensions` makes: a block that fails leaves the old one.
        let info = TypeInfo(name: name, kind: .structType)
        info.extendedBuiltin = type
        if let previous {
            info.copyExtensionMembers(from: previous)
            info.instantiatedExtensions = previous.instantiatedExtensions
            info.memberTypes = previous.memberTypes
        }
        for proto in protocols {
            info.conformances.insert(proto.name)
            for associated in proto.associatedTypeNames where info.memberTypes[associated] == nil {
                info.memberTypes[associated] = associated == "Index" ? .int : element
            }
        }
        info.appliedProtocolExtensions = applied.union(pending.map(\.decl.id))
        globals.extensions[name] = info
        globals.instantiationDepth += 1
        defer { globals.instantiationDepth -= 1 }
        do {
            var lowerers: [Lowerer] = []
            for (ext, mapper) in pending {
                let lowerer = Lowerer(globals: globals, context: context, mapper: mapper, bindings: bindings)
                lowerer.currentType = info
                lowerer.keepsExistingMembers = true
                defer { lowerer.currentType = nil }
                guard lowerer.holds(ext.genericWhereClause, for: info) else { continue }
                for member in ext.memberBlock.members {
                    _ = try lowerer.declareMember(member.decl, in: info)
                }
                lowerers.append(lowerer)
            }
            for lowerer in lowerers { try lowerer.lowerTypeMembers([]) }
        } catch {
            globals.extensions[name] = previous
            throw error
        }
    }
}
