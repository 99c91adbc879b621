import SwiftSyntax

/// Types declared inside types (`struct Outer { struct Inner { … } }`, also in extensions).
///
/// A nested type is declared like a top-level one under its own name (so `Inner` works inside
/// `Outer` and prints as `Inner(…)`, as in Swift), and `Outer.Inner` names it everywhere, in
/// type annotations and in expressions (`Outer.Inner(x: 1)`, `Outer.Kind.small`). Two nested
/// types of the same name in different types are refused (Folio keeps one namespace of types).
extension Lowerer {
    /// `decls` with every type declared inside them placed just before its enclosing type (so an
    /// enum's cases exist when the outer type's property defaults use them), with the qualified
    /// names to register once the types exist.
    func includingNestedTypes(_ decls: [DeclSyntax]) throws -> (decls: [DeclSyntax], qualified: [(String, String)]) {
        var all: [DeclSyntax] = []
        var qualified: [(String, String)] = []
        var seen: [String: String] = [:]
        func visit(_ decl: DeclSyntax, prefix: String) throws {
            guard let group = decl.asProtocol(DeclGroupSyntax.self) else { return }
            let own: String
            if let ext = decl.as(ExtensionDeclSyntax.self) {
                own = ext.extendedType.trimmedDescription
            } else if let name = typeName(decl) {
                own = name
            } else {
                return
            }
            let path = prefix.isEmpty ? own : "\(prefix).\(own)"
            for member in group.memberBlock.members {
                let nested = member.decl
                guard let name = typeName(nested), !nested.is(ProtocolDeclSyntax.self) else {
                    if nested.is(ProtocolDeclSyntax.self) {
                        throw error(
                            "protocols cannot be nested inside other declarations", nested, id: .invalidDeclaration)
                    }
                    continue
                }
                let full = "\(path).\(name)"
                if let other = seen[name], other != full {
                    throw error(
                        "nested types named '\(name)' in two types ('\(other)' and '\(full)') are not supported in notes",
                        nested, id: .unsupportedFeature)
                }
                seen[name] = full
                qualified.append((full, name))
                try visit(nested, prefix: path)
                all.append(nested)
            }
        }
        for decl in decls {
            try visit(decl, prefix: "")
            all.append(decl)
        }
        return (all, qualified)
    }

    private func typeName(_ decl: DeclSyntax) -> String? {
        if let s = decl.as(StructDeclSyntax.self) { return s.name.text }
        if let c = decl.as(ClassDeclSyntax.self) { return c.name.text }
        if let e = decl.as(EnumDeclSyntax.self) { return e.name.text }
        if let p = decl.as(ProtocolDeclSyntax.self) { return p.name.text }
        return nil
    }

    /// Registers `Outer.Inner` for each nested type (after the types are declared).
    func registerNestedTypeNames(_ qualified: [(String, String)]) {
        for (full, name) in qualified {
            if let info = globals.types[name] {
                info.qualifiedName = full
                globals.typeAliases[full] = .named(info)
            }
        }
    }

    /// The nested type an expression such as `Outer.Inner` names, if it names one.
    func nestedType(_ expr: ExprSyntax) -> TypeInfo? {
        guard expr.is(MemberAccessExprSyntax.self),
            case .named(let info)? = globals.typeAliases[expr.trimmedDescription]
        else { return nil }
        return info
    }
}
