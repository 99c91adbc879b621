import FolioScript

/// Runs one block in a fresh session (or the given one) at file line 1, column 1.
func run(
    _ code: String, in session: ScriptSession = ScriptSession(file: "t.md"), line: Int = 1, column: Int = 1,
    block: Int = 0, display: Bool = true
) -> BlockResult {
    session.run(code, line: line, column: column, blockIndex: block, displaysLastValue: display)
}

/// The printed text of a block, or its error message prefixed with `error:`.
func output(_ code: String) -> String {
    let result = run(code)
    if let error = result.error { return result.printedText + "error: \(error.message)" }
    return result.printedText
}

/// The error of a block as `line:column: message`.
func failure(_ code: String, line: Int = 1, column: Int = 1) -> String? {
    run(code, line: line, column: column).error.map { "\($0.line):\($0.column): \($0.message)" }
}
