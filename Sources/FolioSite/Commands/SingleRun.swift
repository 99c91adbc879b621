import FolioRender
import FolioScript

/// `folio run FILE`: one note, or one Swift file as a single block, run like `swift FILE`.
public struct SingleRun: Sendable {
    /// The file's text (for printing diagnostics with their lines).
    public var source: String
    /// What each block printed, in block order.
    public var printed: [String]
    /// Every diagnostic, in source order.
    public var diagnostics: [Diagnostic]

    /// Whether a diagnostic is an error (the command then exits 1).
    public var failed: Bool { diagnostics.contains { $0.severity == .error } }

    /// Reads and runs `file`: a `.swift` file as one block without a displayed last value,
    /// anything else as a note.
    public init(file: String) throws(ToolError) {
        guard let note = try NoteFile.read([file]).first else { throw ToolError("cannot read \(file)") }
        source = note.source
        let governor = MemoryGovernor()
        if let unreadable = note.unreadable {
            printed = []
            diagnostics = [unreadable]
        } else if file.hasSuffix(".swift") {
            let session = ScriptSession(file: file, governor: governor)
            let result = session.run(source, line: 1, column: 1, blockIndex: 0, displaysLastValue: false)
            printed = [result.printedText]
            diagnostics = NoteRunner.diagnostics(of: result, file: file)
        } else {
            let run = NoteRunner.run(source: source, path: file, governor: governor)
            printed = run.blockResults.sorted { $0.key < $1.key }.map(\.value.printedText)
            diagnostics = run.diagnostics
        }
    }
}
