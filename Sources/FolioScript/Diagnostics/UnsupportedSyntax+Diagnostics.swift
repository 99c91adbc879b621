import SwiftSyntax

extension UnsupportedSyntax {
    /// The stable identifier of this diagnostic.
    var id: ScriptDiagnosticID {
        switch self {
        case .concurrency: .unsupportedConcurrency
        case .macro: .unsupportedMacro
        case .compilerControl: .unsupportedCompilerControl
        case .declaration: .unsupportedDeclaration
        case .nestedType: .nestedTypeDeclaration
        case .statement: .unsupportedStatement
        case .expression: .unsupportedExpression
        case .type: .unsupportedType
        case .numericType: .unsupportedNumericType
        }
    }

    /// What the user reads: "not supported in notes" for what stays out by design, "not
    /// supported yet" for what is merely not done.
    var message: String {
        switch self {
        case .concurrency(let keyword), .macro(let keyword), .compilerControl(let keyword):
            "`\(keyword)` is not supported in notes"
        case .declaration(let keyword), .statement(let keyword):
            "`\(keyword)` is not supported yet"
        case .nestedType:
            "protocols and extensions must be declared at the top level of a note"
        case .expression(let text):
            "this expression is not supported yet: \(text)"
        case .type(let text):
            "type '\(text)' is not supported yet"
        case .numericType(let name):
            "type '\(name)' is not supported yet (use Int, Double, Bool or String)"
        }
    }
}

extension Lowerer {
    /// The error for an unsupported syntax form at `node`.
    func unsupported(_ form: UnsupportedSyntax, _ node: some SyntaxProtocol) -> ScriptError {
        ScriptError(form.message, id: form.id, at: loc(node))
    }
}
