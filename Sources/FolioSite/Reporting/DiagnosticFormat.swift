/// How `folio check` prints diagnostics.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    /// Compiler-style, with the annotated source lines, on stderr.
    case text
    /// One JSON object per line per diagnostic, on stdout.
    case json
    /// GitHub Actions workflow commands (`::error file=…::…`), on stdout.
    case github
}
