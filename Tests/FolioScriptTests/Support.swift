import FolioScript
import Testing

/// Runs one block in a fresh session (or the given one) at file line 1, column 1.
func run(
    _ code: String, in session: ScriptSession = ScriptSession(file: "t.md"), line: Int = 1, column: Int = 1,
    block: Int = 0, display: Bool = true
) -> BlockResult {
    session.run(code, line: line, column: column, blockIndex: block, displaysLastValue: display)
}

/// The printed text of a block, or its error message prefixed with `error:`.
func output(_ code: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    let result = run(code)
    if let error = result.error {
        expectClassified(error, sourceLocation: sourceLocation)
        return result.printedText + "error: \(error.message)"
    }
    return result.printedText
}

/// The error of a block as `line:column: message`.
func failure(
    _ code: String, line: Int = 1, column: Int = 1, sourceLocation: SourceLocation = #_sourceLocation
) -> String? {
    run(code, line: line, column: column).error.map {
        expectClassified($0, sourceLocation: sourceLocation)
        return "\($0.line):\($0.column): \($0.message)"
    }
}

/// Every error a test meets carries a family's identifier: none is unidentified or blamed on
/// Folio itself (`ScriptDiagnosticTests` checks the identifiers; this checks every other test's).
func expectClassified(_ error: Diagnostic, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(
        error.id != nil && error.id != .internalError, "\(error.message): \(error.id?.rawValue ?? "no id")",
        sourceLocation: sourceLocation)
}
