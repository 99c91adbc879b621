import FolioMarkdown
import FolioScript

/// The outcome of running one note: what each block produced and whether the note holds.
///
/// STUB — the real runner executes blocks in order in one `ScriptSession`.
public struct NoteRun: Sendable {
    /// The note's path as given by the user (`notes/x.md`), used in diagnostics.
    public var path: String
    /// The page's file name stem (`x` for `notes/x.md`).
    public var slug: String
    /// The parsed note, or `nil` when it could not be parsed.
    public var note: Note?
    /// What each code block produced, by `CodeBlock.index`; absent for blocks not run.
    public var blockResults: [Int: BlockResult]
    /// Every error and failed check, in document order, as compiler-style diagnostics.
    public var diagnostics: [Diagnostic]
    /// Checks that held.
    public var checksPassed: Int
    /// Checks that failed.
    public var checksFailed: Int
    /// Executable blocks that ran.
    public var blocksRun: Int

    /// Whether the note ran to the end with every check holding.
    public var succeeded: Bool { diagnostics.allSatisfy { $0.severity != .error } }

    public init(
        path: String, slug: String, note: Note?, blockResults: [Int: BlockResult] = [:],
        diagnostics: [Diagnostic] = [], checksPassed: Int = 0, checksFailed: Int = 0,
        blocksRun: Int = 0
    ) {
        self.path = path
        self.slug = slug
        self.note = note
        self.blockResults = blockResults
        self.diagnostics = diagnostics
        self.checksPassed = checksPassed
        self.checksFailed = checksFailed
        self.blocksRun = blocksRun
    }
}

/// Runs notes: parse, execute every block in order, collect diagnostics.
public enum NoteRunner {
    /// Runs the note whose text is `source`, read from `path`.
    public static func run(source: String, path: String) -> NoteRun {
        NoteRun(path: path, slug: "", note: nil)
    }
}
