import SwiftSyntax

/// A protocol's type alias that names `Self` (`protocol Graph { typealias Edge = GraphEdge<Self> }`)
/// means, in each conforming type, that type's own: `Edge` in `struct Cities: Graph` is
/// `GraphEdge<Cities>`, as in Swift. The alias is resolved again, once per conforming type,
/// where the type first names it (by then its own member types, `Node`, are declared).
extension Lowerer {
    /// Whether a type's syntax names `Self` anywhere.
    func mentionsSelf(_ type: TypeSyntax) -> Bool {
        type.tokens(viewMode: .sourceAccurate).contains { $0.tokenKind == .keyword(.Self) }
    }

    /// The meaning in the current (conforming) type of a `Self` alias of one of its protocols.
    func protocolSelfAlias(_ name: String) throws -> ScriptType? {
        guard let owner = currentType, owner.kind != .protocolType else { return nil }
        if let known = owner.memberTypes[name] { return owner.resolvedSelfAliases.contains(name) ? known : nil }
        for protocolName in owner.conformances.sorted() {
            guard let proto = globals.types[protocolName], proto.kind == .protocolType,
                let alias = proto.selfTypeAliases[name]
            else { continue }
            let lowerer = Lowerer(globals: globals, context: context, mapper: alias.mapper, bindings: bindings)
            lowerer.currentType = owner
            lowerer.genericBindings = genericBindings
            let resolved = try lowerer.type(alias.decl.initializer.value)
            owner.memberTypes[name] = resolved
            owner.resolvedSelfAliases.insert(name)
            return resolved
        }
        return nil
    }
}
