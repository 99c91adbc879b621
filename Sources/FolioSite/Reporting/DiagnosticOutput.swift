import FolioScript
import Foundation

/// Machine-readable forms of a diagnostic for `folio check --format`.
public enum DiagnosticOutput {
    /// One line of JSON: `file`, `line`, `column`, `severity`, `message`, `block` (the fenced
    /// block's number from 1, or null) and `id` (the interpreter's stable identifier of the
    /// diagnostic, `cannot-find-in-scope`…, or null for the page's own diagnostics).
    public static func json(_ diagnostic: Diagnostic, block: Int?) -> String {
        struct Line: Encodable {
            var file: String
            var line: Int
            var column: Int
            var severity: String
            var message: String
            var block: Int?
            var id: String?

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(file, forKey: .file)
                try container.encode(line, forKey: .line)
                try container.encode(column, forKey: .column)
                try container.encode(severity, forKey: .severity)
                try container.encode(message, forKey: .message)
                try container.encode(block, forKey: .block)  // null when absent, not omitted
                try container.encode(id, forKey: .id)
            }

            enum CodingKeys: String, CodingKey { case file, line, column, severity, message, block, id }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let value = Line(
            file: diagnostic.file, line: diagnostic.line, column: diagnostic.column,
            severity: diagnostic.severity.rawValue, message: diagnostic.message, block: block,
            id: diagnostic.id?.rawValue)
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
    }

    /// A GitHub Actions workflow command: `::error file=…,line=…,col=…::message`.
    public static func github(_ diagnostic: Diagnostic) -> String {
        let command: String
        switch diagnostic.severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .note: command = "notice"
        }
        return
            "::\(command) file=\(escapeProperty(diagnostic.file)),line=\(diagnostic.line),col=\(diagnostic.column)::\(escapeData(diagnostic.message))"
    }

    /// GitHub's escaping of a command's message: `%`, CR and LF.
    public static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// GitHub's escaping of a property value: as a message, plus `:` and `,`.
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text)
            .replacingOccurrences(of: ":", with: "%3A")
            .replacingOccurrences(of: ",", with: "%2C")
    }
}
