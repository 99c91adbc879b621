import FolioMarkdown
import FolioScript

/// The outcome of running one note: what each block produced and whether the note holds.
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
    /// Checks that held: assertion sites (an `#expect` in a loop counts once, when every
    /// evaluation held; see ``checkEvaluations``).
    public var checksPassed: Int
    /// Checks (assertion sites) that failed at least once.
    public var checksFailed: Int
    /// Executable blocks that ran.
    public var blocksRun: Int
    /// How many times a check ran in all: a `#expect` in a loop of 10 iterations is one check
    /// (one site, counted in ``checksPassed`` or ``checksFailed``) and 10 evaluations.
    public var checkEvaluations: Int = 0
    /// The note's text as read (kept so that diagnostics can be shown with their source lines
    /// even when the note could not be parsed).
    public var source: String
    /// Diagnostics the runner attached to a block rather than to a line inside it, by
    /// `CodeBlock.index`: a `verifies` naming an unknown equation, an `error:` block that did
    /// not fail as expected. Each of them is also in `diagnostics`.
    public var blockDiagnostics: [Int: [Diagnostic]]

    /// What each inline `` `{swift} expr` `` produced, by `InlineExpression.index`; absent for
    /// expressions not evaluated (after an error stopped the note).
    public var inlineResults: [Int: BlockResult] = [:]

    /// How long each executed block took, by `CodeBlock.index`. For progress reports only:
    /// durations never reach a page, so output stays a deterministic function of the notes.
    public var blockDurations: [Int: Duration] = [:]

    /// The data files the note read while running, as paths relative to the note's folder, in
    /// the order first read. The render cache hashes these files: when one changes, the note
    /// is run again. (Empty until the interpreter reports the files it opens.)
    public var filesRead: [String] = []

    /// The note's `bibliography:` file as read, which its citations link to; `nil` when the
    /// note has none or it could not be read (that is an error in `diagnostics`).
    public var bibliography: Bibliography?

    /// Whether the note ran to the end with every check holding.
    public var succeeded: Bool { diagnostics.allSatisfy { $0.severity != .error } }

    /// A run from parts (the runner builds these; tests build them by hand). `source`
    /// defaults to the note's own text.
    public init(
        path: String, slug: String, note: Note?, blockResults: [Int: BlockResult] = [:],
        diagnostics: [Diagnostic] = [], checksPassed: Int = 0, checksFailed: Int = 0,
        blocksRun: Int = 0, source: String = "", blockDiagnostics: [Int: [Diagnostic]] = [:]
    ) {
        self.path = path
        self.slug = slug
        self.note = note
        self.blockResults = blockResults
        self.diagnostics = diagnostics
        self.checksPassed = checksPassed
        self.checksFailed = checksFailed
        self.blocksRun = blocksRun
        self.source = source.isEmpty ? (note?.source ?? "") : source
        self.blockDiagnostics = blockDiagnostics
    }
}

/// How a block fared, as the page shows it.
public enum BlockStatus: Sendable, Equatable {
    /// Not a block Folio runs: another language, or `eval: false`.
    case notExecutable
    /// Executable, but not run because an earlier block stopped the note.
    case notRun
    /// Ran without an error and every check held.
    case passed
    /// Had an `error:` option and failed with the expected message.
    case failedAsExpected
    /// Ran, and an error stopped it, a check failed, or its `error:` expectation did not hold.
    case failed
}

/// Whether a labelled equation is verified, and by which blocks.
///
/// Four outcomes, each with its own badge: verified (✓), failed (✗: a verifying block
/// failed), not run (a verifying block never ran because an earlier block stopped the note:
/// the equation was neither confirmed nor refuted) and unverified (no verifying block, or
/// verifying blocks that ran no check or are not executed: nothing was checked, so nothing
/// failed either).
public struct EquationVerification: Sendable, Equatable {
    /// The equation's label (`eq-…`).
    public var label: String
    /// The blocks whose `verifies` names the equation, by `CodeBlock.index`, in order.
    public var blocks: [Int]
    /// True when at least one check ran in those blocks, every one of them ran to its end (or
    /// failed exactly as its `error:` option expected) and every check held.
    public var verified: Bool
    /// True when one of those blocks ran and failed. Never true together with `verified`.
    public var failed: Bool
    /// True when none of those blocks failed but one was not run, because an earlier block
    /// stopped the note. Never true together with `verified` or `failed`.
    public var notRun: Bool

    /// A verification from parts. `failed` defaults to `!verified` unless `notRun` is given.
    public init(label: String, blocks: [Int], verified: Bool, failed: Bool? = nil, notRun: Bool = false) {
        self.label = label
        self.blocks = blocks
        self.verified = verified
        self.failed = verified ? false : (failed ?? !notRun)
        self.notRun = !verified && !self.failed && notRun
    }

    /// Neither verified, failed nor not run: nothing checked the equation.
    public var unverified: Bool { !verified && !failed && !notRun }
}

extension NoteRun {
    /// How block `block` fared.
    public func status(of block: CodeBlock) -> BlockStatus {
        guard block.isExecutable else { return .notExecutable }
        guard let result = blockResults[block.index] else { return .notRun }
        if let own = blockDiagnostics[block.index], own.contains(where: { $0.severity == .error }) {
            return .failed
        }
        if result.checks.contains(where: { !$0.passed }) { return .failed }
        if let error = result.error {
            if let expected = block.options.expectedError, error.message.contains(expected) {
                return .failedAsExpected
            }
            return .failed
        }
        return .passed
    }

    /// The labelled display formulas in order, each with its number (1, 2, …).
    public var numberedEquations: [(label: String, number: Int)] {
        var out: [(String, Int)] = []
        for math in note?.displayMath ?? [] {
            if let label = math.label, !out.contains(where: { $0.0 == label }) {
                out.append((label, out.count + 1))
            }
        }
        return out
    }

    /// Every labelled equation that some block `verifies`, in order of the equations.
    public var verifications: [EquationVerification] {
        guard let note else { return [] }
        // Each block's options are read once: a note grown to many equations and blocks
        // would otherwise parse every block's options once per equation.
        var blocksVerifying: [String: [CodeBlock]] = [:]
        for block in note.codeBlocks {
            for label in Set(block.options.verifies) { blocksVerifying[label, default: []].append(block) }
        }
        var result: [EquationVerification] = []
        for (label, _) in numberedEquations {
            guard let blocks = blocksVerifying[label] else { continue }
            var checks = 0
            var failed = false
            var notRun = false
            var skipped = false
            for block in blocks {
                switch status(of: block) {
                case .passed, .failedAsExpected:
                    checks += blockResults[block.index]?.checks.count ?? 0
                case .notExecutable:
                    skipped = true
                case .notRun:
                    notRun = true
                case .failed:
                    failed = true
                }
            }
            let verified = !failed && !notRun && !skipped && checks > 0
            result.append(
                EquationVerification(
                    label: label, blocks: blocks.map(\.index), verified: verified, failed: failed,
                    notRun: notRun))
        }
        return result
    }

    /// The verification of the equation labelled `label`, if a block verifies it.
    public func verification(of label: String) -> EquationVerification? {
        verifications.first { $0.label == label }
    }

    /// Display formulas that carry a label.
    public var equationsLabelled: Int { numberedEquations.count }

    /// Labelled formulas whose verifying blocks all held.
    public var equationsVerified: Int { verifications.filter(\.verified).count }

    /// Labelled formulas with a verifying block that failed (their badge is ✗).
    public var equationsFailed: Int { verifications.filter(\.failed).count }

    /// Labelled formulas with a verifying block that did not run (their badge is "not run").
    public var equationsNotRun: Int { verifications.filter(\.notRun).count }
}
