import SwiftSyntax

/// Generic functions declared inside a function, a method or a closure
/// (`func pair<T>(_ x: T) -> (T, T)` in a body).
///
/// A generic function is specialized per substitution in a context of its own (see
/// `specialize`), so a local one is recorded as the note's generic functions are, under its
/// name, and its body may not use what the enclosing body declares: a local variable, a
/// parameter, a sibling local function, `self` or a member of the enclosing type. Such a
/// capture is refused (it would be looked up in the wrong scope), as is a second generic
/// function of that name and those labels with another body (the name is note-wide).
extension Lowerer {
    /// Records the local generic function `decl` (again lowering the same body is a no-op).
    func declareLocalGenericFunction(_ decl: FunctionDeclSyntax) throws {
        let name = decl.name.text
        let template = GenericFunction(decl: decl, mapper: mapper)
        var templates = globals.genericFunctions[name] ?? []
        if let same = templates.first(where: { $0.labels == template.labels }) {
            if same.decl.trimmedDescription == decl.trimmedDescription { return }
            throw error(
                "two generic functions named '\(name)' with the same labels: a local generic function's name is note-wide in notes (rename one)",
                decl.name, id: .unsupportedGenerics)
        }
        try checkNoCaptures(decl)
        template.outerBindings = genericBindings
        templates.append(template)
        globals.genericFunctions[name] = templates
    }

    /// Throws when the body of `decl` names a local of the enclosing body or a member of the
    /// enclosing type (its own parameters and generic parameters aside).
    private func checkNoCaptures(_ decl: FunctionDeclSyntax) throws {
        var own: Set<String> = Set(
            decl.signature.parameterClause.parameters.map { ($0.secondName ?? $0.firstName).text })
        own.formUnion(decl.genericParameterClause?.parameters.map(\.name.text) ?? [])
        guard let body = decl.body else { return }
        for token in body.tokens(viewMode: .sourceAccurate) {
            if token.tokenKind == .keyword(.self), lookup("self") != nil { throw captureError(decl, "self", token) }
            guard case .identifier(let text) = token.tokenKind, !own.contains(text),
                let reference = token.parent?.as(DeclReferenceExprSyntax.self)
            else { continue }
            // `x.count`: `count` is a member, not a name of the scope.
            if let member = reference.parent?.as(MemberAccessExprSyntax.self), member.declName.id == reference.id {
                continue
            }
            let captured: Bool
            if let variable = lookup(text) {
                captured = !variable.isGlobal
            } else if let currentType {
                captured =
                    currentType.fieldIndex[text] != nil || currentType.computedProperty(text) != nil
                    || currentType.method(text) != nil
            } else {
                captured = false
            }
            if captured { throw captureError(decl, text, token) }
        }
    }

    private func captureError(_ decl: FunctionDeclSyntax, _ name: String, _ token: TokenSyntax) -> ScriptError {
        error(
            "local generic function '\(decl.name.text)' uses '\(name)' of the enclosing body; in notes a local generic function may use only its parameters and the note's globals (pass it as an argument)",
            token, id: .unsupportedGenerics)
    }
}
