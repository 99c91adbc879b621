import SwiftSyntax

/// The generic parameters of a declaration and what they must conform to, read from
/// `<T: Comparable, U>` and `where T: Hashable` clauses.
///
/// Folio has no generics at run time: a generic declaration is kept as syntax and lowered once
/// per substitution of its parameters (see `GenericFunction`, `GenericType`), as a compiler's
/// specializer does. The requirements are checked when a substitution is chosen, so a call
/// that Swift would refuse is refused with Swift's message.
struct GenericParameters {
    /// The parameters' names, in declaration order (the order of a substitution's key).
    var names: [String] = []
    /// `T: P & Q` requirements, one entry per protocol.
    var conformances: [(name: String, protocols: [String])] = []
    /// `where T == U` and `where T.Element == U` requirements, kept as written.
    var sameType: [(left: TypeSyntax, right: TypeSyntax)] = []

    init(_ clause: GenericParameterClauseSyntax?, where whereClause: GenericWhereClauseSyntax?) {
        for parameter in clause?.parameters ?? [] {
            names.append(parameter.name.text)
            if let inherited = parameter.inheritedType {
                conformances.append((parameter.name.text, Self.protocols(inherited)))
            }
        }
        for requirement in whereClause?.requirements ?? [] {
            switch requirement.requirement {
            case .conformanceRequirement(let conformance):
                conformances.append((conformance.leftType.trimmedDescription, Self.protocols(conformance.rightType)))
            case .sameTypeRequirement(let same):
                if let left = same.leftType.as(TypeSyntax.self), let right = same.rightType.as(TypeSyntax.self) {
                    sameType.append((left, right))
                }
            default:
                break
            }
        }
    }

    /// The protocols of a composition (`Comparable & Hashable`).
    static func protocols(_ type: TypeSyntax) -> [String] {
        type.trimmedDescription.split(separator: "&").map { $0.filter { !$0.isWhitespace } }
    }

    /// The key a substitution is cached under: the bound types in parameter order.
    func key(_ substitution: [String: ScriptType]) -> String {
        names.map { substitution[$0]?.description ?? "_" }.joined(separator: ", ")
    }
}

extension Lowerer {
    /// Checks the requirements of `parameters` under `substitution`, with Swift's message for
    /// the first one that fails (`global function 'f' requires that 'S' conform to 'Comparable'`).
    func checkRequirements(
        _ parameters: GenericParameters, _ substitution: [String: ScriptType], owner: String,
        node: some SyntaxProtocol
    ) throws {
        for (name, protocols) in parameters.conformances {
            guard let bound = substitution[name] else { continue }
            for proto in protocols where !conforms(bound, to: proto) {
                throw error("\(owner) requires that '\(bound)' conform to '\(proto)'", node, id: .missingConformance)
            }
        }
    }
}

extension Lowerer {
    /// The member type `name` of `type`: a type's `typealias` or inferred associated type, or
    /// the standard library's `Element`, `Key`, `Value` and `Iterator` of collections.
    func memberType(of type: ScriptType, _ name: String) -> ScriptType? {
        switch (type, name) {
        case (.named(let info), _): return info.memberTypes[name]
        case (.dictionary(let key, _), "Key"): return key
        case (.dictionary(_, let value), "Value"): return value
        case (_, "Iterator"), (_, "SubSequence"): return type.sequenceElement == nil ? nil : type
        case (_, "Element"): return type.sequenceElement
        default: return arrayAssociatedType(type, name)
        }
    }

    /// Fills in the associated types of the protocols `info` conforms to that it does not name
    /// with a `typealias`, from the members that witness the requirements mentioning them
    /// (`mutating func append(_ item: Element)` witnesses `append(_ item: Item)`), as Swift
    /// infers them.
    func inferAssociatedTypes(_ info: TypeInfo) {
        for protocolName in info.conformances {
            guard let proto = globals.types[protocolName], proto.kind == .protocolType else { continue }
            for name in proto.associatedTypeNames where info.memberTypes[name] == nil {
                guard let placeholder = proto.memberTypes[name] else { continue }
                if let witness = witnessType(for: placeholder, in: proto, by: info) { info.memberTypes[name] = witness }
            }
        }
    }

    private func witnessType(for placeholder: ScriptType, in proto: TypeInfo, by info: TypeInfo) -> ScriptType? {
        for (name, requirements) in proto.methods {
            for requirement in requirements {
                guard let own = info.method(name)?.first(where: { $0.labels == requirement.labels }) else { continue }
                for (index, type) in requirement.parameterTypes.enumerated()
                where type == placeholder && own.parameterTypes.indices.contains(index) {
                    return own.parameterTypes[index]
                }
                if requirement.returnType == placeholder { return own.returnType }
            }
        }
        for (name, type) in proto.requiredProperties where type == placeholder {
            if let index = info.fieldIndex[name] { return info.fields[index].type }
            if let computed = info.computedProperty(name) { return computed.type }
        }
        // `subscript(i: Int) -> String` witnesses `subscript(i: Int) -> Item`.
        for requirement in proto.subscriptRequirements where requirement.type == placeholder {
            if let own = info.subscriptDecl(labels: requirement.labels) { return own.type }
        }
        return nil
    }
}
