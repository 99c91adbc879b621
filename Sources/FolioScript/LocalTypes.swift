import SwiftSyntax

/// A type a name stands for: a type or a generic type (a local type's, or what it hides).
struct LocalType {
    let name: String
    let type: TypeInfo?
    let generic: GenericType?
}

/// A `struct`, `class` or `enum` declared inside a function, a closure or a statement's body
/// (`func stats() { struct Accumulator { … } … }`). Swift's local types capture nothing of the
/// scope around them, so Folio declares one as it declares a type of the note's top level, by a
/// lowerer of its own that sees only the note's globals, when lowering reaches its declaration.
/// Folio keeps one namespace of type names, and the values carry their types, so a local type
/// takes its name while the rest of its body is lowered and gives the name back when the body
/// ends (two functions may each have their `struct Node`); a declaration lowered again (a
/// probe, a second pass) finds its type already made.
extension Lowerer {
    /// Declares the local type `decl`; the statement it becomes runs the initializers of its
    /// static stored properties the first time it is reached.
    func declareLocalType(_ decl: DeclSyntax) throws -> Exec {
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
            return { _ in .normal }
        }
        if function == nil, hidden.type != nil || hidden.generic != nil {
            throw error(.invalidRedeclaration(name), named.name)
        }
        globals.types[name] = nil
        globals.genericTypes[name] = nil
        let lowerer = Lowerer(globals: globals, context: context, mapper: mapper, bindings: bindings)
        let statics: [Exec]
        do {
            statics = try lowerer.declareTypes([decl])
            try lowerer.lowerTypeMembers([decl])
        } catch {
            globals.types[name] = hidden.type
            globals.genericTypes[name] = hidden.generic
            throw error
        }
        let declared = LocalType(name: name, type: globals.types[name], generic: globals.genericTypes[name])
        globals.localTypes[decl.id] = declared
        install(declared, hiding: hidden)
        if statics.isEmpty { return { _ in .normal } }
        // Static stored properties are globals, set once, as Swift's lazy globals are.
        let initialized = UncheckedBox(false)
        let global = globals.frame
        return { _ in
            if initialized.value { return .normal }
            initialized.value = true
            for initializer in statics { _ = try initializer(global) }
            return .normal
        }
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
