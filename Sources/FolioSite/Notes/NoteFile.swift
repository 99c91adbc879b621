import FolioMarkdown
import FolioScript
import Foundation

/// A note file as read: its text, or, when its bytes are not UTF-8, the diagnostic at the first
/// invalid byte (the note then fails like any note with an error, and the others still run).
public struct NoteFile: Sendable {
    /// The path as given on the command line or found in a folder.
    public var path: String
    /// The text; for a file that is not UTF-8, its bytes decoded with U+FFFD replacements so
    /// the diagnostic can still show the line.
    public var source: String
    /// Why the note cannot be parsed at all, at its line and column.
    public var unreadable: Diagnostic?

    /// A note read from `path`; `unreadable` when its bytes cannot be parsed.
    public init(path: String, source: String, unreadable: Diagnostic? = nil) {
        self.path = path
        self.source = source
        self.unreadable = unreadable
    }

    /// Reads every note first (a file that cannot be read is an I/O error, exit 2, before
    /// anything runs). The bytes go through `Note.parse(data:path:)`'s UTF-8 check, so invalid
    /// UTF-8 is an error at its line in that note, not an I/O error for the whole command.
    public static func read(_ files: [String]) throws(ToolError) -> [NoteFile] {
        var notes: [NoteFile] = []
        for file in files {
            // By path, not through a URL: `folio run` reads one file per process, and the URL's
            // path handling was a measurable part of its start-up.
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ToolError("cannot read \(file)")
            }
            notes.append(decode(data, path: file))
        }
        return notes
    }

    private static func decode(_ data: Data, path file: String) -> NoteFile {
        if let source = String(validating: data, as: UTF8.self) {
            return NoteFile(path: file, source: source)
        }
        let lossy = String(decoding: data, as: UTF8.self)
        do throws(MarkdownError) {
            _ = try Note.parse(data: data, path: file)
        } catch {
            let diagnostic = Diagnostic(
                .error, error.message, file: file, line: error.location.line, column: error.location.column)
            return NoteFile(path: file, source: lossy, unreadable: diagnostic)
        }
        // Unreachable in practice (the bytes were not UTF-8); run what decodes.
        return NoteFile(path: file, source: lossy)
    }
}
