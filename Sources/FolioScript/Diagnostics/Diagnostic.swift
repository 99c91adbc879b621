/// How serious a diagnostic is.
public enum DiagnosticSeverity: String, Sendable, Equatable {
    /// An error fails the note; a warning (an unverified equation) does not; a note adds context.
    case error, warning, note
}

/// A message tied to a place in a note or a Swift file, formatted like a compiler's.
///
/// Locations are in the file's own coordinates (not the block's), so a diagnostic can be
/// printed as `notes/x.md:42:9: error: …` without knowing which block produced it.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// Error, warning or note.
    public var severity: DiagnosticSeverity
    /// What is wrong.
    public var message: String
    /// The file as named to the user (`notes/x.md`).
    public var file: String
    /// 1-based line in `file`.
    public var line: Int
    /// 1-based column (UTF-8 bytes) in `file`.
    public var column: Int
    /// What kind of diagnostic this is: stable across rewordings of `message`, so tests and
    /// tools match on it. Every diagnostic of a Swift block (an error, a failed check) has one;
    /// it is nil for the diagnostics of the page around the blocks (labels, math, citations).
    public var id: ScriptDiagnosticID?

    /// A diagnostic at `file:line:column`.
    public init(
        _ severity: DiagnosticSeverity, _ message: String, file: String, line: Int, column: Int,
        id: ScriptDiagnosticID? = nil
    ) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.id = id
    }

    /// `file:line:column: severity: message`, the first line of a compiler diagnostic.
    public var description: String { "\(file):\(line):\(column): \(severity.rawValue): \(message)" }

    /// The diagnostic followed by the annotated source lines around it, like `swiftc`:
    ///
    /// ```
    /// notes/x.md:4:9: error: cannot find 'y' in scope
    /// 3 | let x = 1
    /// 4 | let z = y
    ///   |         `- error: cannot find 'y' in scope
    /// ```
    ///
    /// `source` is the whole text of `file`. A multi-line message (a failed check with the
    /// values of its sub-expressions) keeps its first line in the header and the annotation,
    /// and its other lines follow the annotated source once.
    public func formatted(source: String) -> String {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return description + "\n" }
        let messageLines = message.split(separator: "\n", omittingEmptySubsequences: false)
        let headline = messageLines.first.map(String.init) ?? message
        let details = messageLines.dropFirst().map { $0 + "\n" }.joined()
        let first = max(1, line - 2)
        let width = String(line).count
        var out = "\(file):\(line):\(column): \(severity.rawValue): \(headline)\n"
        for number in first...line {
            let text = lines[number - 1]
            let digits = String(number)
            let gutter = String(repeating: " ", count: width - digits.count) + digits
            out += text.isEmpty ? "\(gutter) |\n" : "\(gutter) | \(text)\n"
        }
        let pad = String(repeating: " ", count: width)
        let prefix = lines[line - 1].utf8.prefix(max(0, column - 1))
        let indent = String(String(decoding: prefix, as: UTF8.self).map { $0 == "\t" ? "\t" : " " })
        out += "\(pad) | \(indent)`- \(severity.rawValue): \(headline)\n"
        return out + details
    }
}
