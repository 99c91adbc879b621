import FolioRender
import FolioScript

/// What happened to one note: it ran (or its page came from the cache), with its diagnostics.
public struct NoteOutcome: Sendable {
    /// The note's path, as the command was given it.
    public var path: String
    /// The note's text (for printing diagnostics with their source lines).
    public var source: String
    /// The run, when the note ran in this process.
    public var run: NoteRun?
    /// The page and index row (`render` and `preview` only).
    public var rendered: RenderedNote?
    /// Every diagnostic of the note, in source order.
    public var diagnostics: [Diagnostic]
    /// Blocks that ran (or ran when the cached page was made).
    public var blocksRun: Int
    /// Checks (`#expect`, `≈`…) that held.
    public var checksPassed: Int
    /// Checks that failed.
    public var checksFailed: Int
    /// Whether the note has no error.
    public var succeeded: Bool
    /// The time the progress line shows: the note's run, or the cache lookup for a cached page.
    public var elapsed: Duration
    /// Whether the page came from a cache instead of a run.
    public var cached: Bool
    /// Whether the cached page came from the shared remote cache (`--cache-url`).
    public var fromRemote = false
    /// How long the note took to run: now, or when its cached page was made (if recorded).
    public var measuredMilliseconds: Int?
    /// Labelled display equations. A cached note does not record failures (only `check`,
    /// which never uses the cache, reports them).
    public var equationsLabelled: Int
    /// Labelled equations verified (✓).
    public var equationsVerified: Int
    /// Labelled equations whose verifying block failed (✗).
    public var equationsFailed: Int
    /// Labelled equations whose verifying block did not run (an earlier block stopped the note).
    public var equationsNotRun: Int

    /// The outcome of a note that ran in this process.
    public init(path: String, source: String, run: NoteRun, rendered: RenderedNote?, elapsed: Duration) {
        self.path = path
        self.source = source
        self.run = run
        self.rendered = rendered
        diagnostics = run.diagnostics
        blocksRun = run.blocksRun
        checksPassed = run.checksPassed
        checksFailed = run.checksFailed
        succeeded = run.succeeded
        self.elapsed = elapsed
        cached = false
        equationsLabelled = run.equationsLabelled
        equationsVerified = run.equationsVerified
        equationsFailed = run.equationsFailed
        equationsNotRun = run.equationsNotRun
    }

    /// The outcome of a note whose page came from the cache.
    public init(path: String, source: String, cached note: RenderedNote, elapsed: Duration) {
        self.path = path
        self.source = source
        rendered = note
        diagnostics = note.diagnostics.map(\.diagnostic)
        blocksRun = note.blocksRun
        checksPassed = note.index.checksPassed
        checksFailed = note.index.checksFailed
        succeeded = note.succeeded
        self.elapsed = elapsed
        cached = true
        equationsLabelled = note.index.equationsLabelled
        equationsVerified = note.index.equationsVerified
        equationsFailed = 0
        equationsNotRun = 0
    }

    /// The number (from 1) of the fenced block whose lines include `line`, if any.
    public func blockNumber(atLine line: Int) -> Int? {
        guard let note = run?.note else { return nil }
        for block in note.codeBlocks {
            let closingFence = block.codeStart.line + block.code.filter { $0 == "\n" }.count
            if (block.fenceLine...max(block.fenceLine, closingFence)).contains(line) { return block.index + 1 }
        }
        return nil
    }
}
