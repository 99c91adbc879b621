import SwiftSyntax

/// `func evens() -> some Sequence` and `func repeat<T>(…) -> some Collection`: an opaque result
/// whose protocol is one of the standard library's (not a type in notes, as the note's own
/// protocols are) or a protocol of the note with associated types (`some Container`).
///
/// An opaque result type is one concrete type that the caller does not name; the compiler
/// knows it from the body. Folio does the same: such a function is lowered as a generic one,
/// once per substitution, with its result type taken from its first `return` (as a closure's
/// is), and that type must conform to the protocol named.
extension Lowerer {
    /// The protocol of `decl`'s `some P` result, when `P` is one of the standard library's
    /// protocols or a protocol of the note with associated types (`some Container`).
    func opaqueStandardResult(_ decl: FunctionDeclSyntax) -> String? {
        guard let some = decl.signature.returnClause?.type.as(SomeOrAnyTypeSyntax.self),
            some.someOrAnySpecifier.tokenKind == .keyword(.some),
            let name = some.constraint.as(IdentifierTypeSyntax.self)?.name.text,
            some.constraint.as(IdentifierTypeSyntax.self)?.genericArgumentClause == nil,
            Self.knownElementProtocols.contains(name) || name == "Sequence" || name == "Collection"
                || name == "IteratorProtocol" || globals.types[name]?.associatedTypeNames.isEmpty == false
        else { return nil }
        // A protocol of the note without associated types stays an existential result, as
        // `some Shape` has always been in notes; one with them (`some Container`) has no
        // existential here, so its result is the concrete type, as the compiler knows it.
        if let declared = globals.types[name], declared.kind != .protocolType { return nil }
        return name
    }

    /// Lowers the body of a function with an opaque standard result into `info`, whose result
    /// type is its first `return`'s, checked against the protocol.
    func lowerOpaqueResultBody(_ decl: FunctionDeclSyntax, info: FunctionInfo, proto: String) throws {
        guard let body = decl.body else {
            throw error(.expectedBody("body of function declaration"), decl)
        }
        let parameters = decl.signature.parameterClause.parameters
        try lowerBody(
            info: info, parameterNames: parameters.map { ($0.secondName ?? $0.firstName).text },
            parameterNodes: parameters.map { Syntax($0) }, statements: body.statements, end: body.rightBrace,
            selfType: nil, infersReturn: true)
        guard conforms(info.returnType, to: proto) else {
            throw error(
                "return type '\(info.returnType)' does not conform to '\(proto)'",
                decl.name, id: .missingConformance)
        }
    }
}
