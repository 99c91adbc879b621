import SwiftSyntax

/// A type a name stands for: a type or a generic type (a local type's, or what it hides).
struct LocalType {
    let name: String
    let type: TypeInfo?
    let generic: GenericType?
}

/// A `struct`, `class` or `enum` declared inside a function, a closure or a statement's body
/// (`func stats() { struct Accumulator { … } … }`). Swift's local types capture nothing of the
/// scope around them, so Folio declares them as it declares the types of the note's top level,
/// by a lowerer of their own that sees only the note's globals, all the local types of a
/// statement list together, before its local functions and statements.
/// Folio keeps one namespace of type names, and the values carry their types, so a local type
/// takes its name while the rest of its body is lowered and gives the name back when the body
/// ends (two functions may each have their `struct Node`); a declaration lowered again (a
/// probe, a second pass) finds its type already made.
extension Lowerer {
    /// Declares the local types of a statement list together, before its local functions (whose
    /// signatures may name them) and statements; each declaration's statement is then `prepared`'s
    /// (it runs the initializers of the types' static stored properties the first time it is
    /// reached).
    func declareLocalTypes(_ decls: [DeclSyntax]) throws {
        guard !decls.isEmpty else { return }
        var fresh: [DeclSyntax] = []
        var names: [String] = []
        for decl in decls {
            guard let named = decl.asProtocol(NamedDeclSyntax.self) else { throw unsupported(.nestedType, decl) }
            let name = named.name.text
            if !genericBindings.isEmpty {
                throw error(
                    "type '\(name)' cannot be nested in a generic function (declare it at the top level)", named.name,
                    id: .nestedTypeDeclaration)
            }
            let hidden = LocalType(name: name, type: globals.types[name], generic: globals.genericTypes[name])
            if let known = globals.localTypes[decl.id] {
                install(known, hiding: hidden)
                continue
            }
            if function == nil, hidden.type != nil || hidden.generic != nil {
                throw error(.invalidRedeclaration(name), named.name)
            }
            if function != nil { hiddenByLocalTypes.append(hidden) }
            globals.types[name] = nil
            globals.genericTypes[name] = nil
            fresh.append(decl)
            names.append(name)
        }
        guard !fresh.isEmpty else { return }
        let lowerer = Lowerer(globals: globals, context: context, mapper: mapper, bindings: bindings)
        let statics = try lowerer.declareTypes(fresh)
        try lowerer.lowerTypeMembers(fresh)
        for (decl, name) in zip(fresh, names) {
            globals.localTypes[decl.id] = LocalType(
                name: name, type: globals.types[name], generic: globals.genericTypes[name])
        }
        if statics.isEmpty { return }
        // Static stored properties are globals, set once, as Swift's lazy globals are.
        let initialized = UncheckedBox(false)
        let global = globals.frame
        preparedLocalTypes[fresh[0].id] = { _ in
            if initialized.value { return .normal }
            initialized.value = true
            for initializer in statics { _ = try initializer(global) }
            return .normal
        }
    }

    /// The statement a local type's declaration becomes (declared by `declareLocalTypes`).
    func localTypeStatement(_ decl: DeclSyntax) throws -> Exec {
        if let prepared = preparedLocalTypes.removeValue(forKey: decl.id) { return prepared }
        if globals.localTypes[decl.id] == nil { try declareLocalTypes([decl]) }
        return preparedLocalTypes.removeValue(forKey: decl.id) ?? { _ in .normal }
    }

    /// Gives `local`'s name to it until the body being lowered ends (at the top level, for good).
    private func install(_ local: LocalType, hiding hidden: LocalType) {
        globals.types[local.name] = local.type
        globals.genericTypes[local.name] = local.generic
        if function != nil { hiddenByLocalTypes.append(hidden) }
    }

    /// Puts back what the local types declared since `mark` hid, latest first.
    func restoreTypesHidden(since mark: Int) {
        while hiddenByLocalTypes.count > mark {
            let hidden = hiddenByLocalTypes.removeLast()
            globals.types[hidden.name] = hidden.type
            globals.genericTypes[hidden.name] = hidden.generic
        }
    }
}
