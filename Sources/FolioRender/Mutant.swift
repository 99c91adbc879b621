import Foundation

/// One small change to one token of a note: a numeric literal or an arithmetic or comparison
/// operator of a block that verifies equations (`folio mutate`). A mutant that the note's checks
/// do not catch shows an equation whose ✓ does not depend on that token.
public struct Mutant: Sendable, Equatable, Codable {
    /// The note file.
    public var file: String
    /// 1-based line of the token in the note file.
    public var line: Int
    /// 1-based column (UTF-8 bytes) of the token in the note file.
    public var column: Int
    /// The token as written.
    public var original: String
    /// What it is replaced with.
    public var replacement: String
    /// The equations the mutated block verifies.
    public var equations: [String]
    /// Whether the token sits inside the condition of a `#expect` or `#require` (a tolerance or
    /// a bound of the check itself rather than the computation it checks).
    public var inCheck: Bool
    /// Whether the token sits inside what only shows results: the arguments or builder of a
    /// `Chart`, `Table`, `Column`, a mark, a chart modifier or `print`.
    public var inDisplay: Bool
    /// The name of the definition of another block the token belongs to, when it is not in a
    /// verifying block itself but in a function, type or constant such a block uses.
    public var definition: String?
    /// Whether the token can reach a check or anything outside its block, by the dataflow of
    /// ``MutantReach``; false for the data of a figure computed beside the checks.
    public var reachesCheck: Bool
    /// Whether the token is in the value of a constant that the block's `//| mutate-free:`
    /// option declares a free parameter of its checks.
    public var declaredFree: Bool

    /// A mutant from parts.
    public init(
        file: String, line: Int, column: Int, original: String, replacement: String,
        equations: [String], inCheck: Bool, inDisplay: Bool = false, definition: String? = nil,
        reachesCheck: Bool = true, declaredFree: Bool = false
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.original = original
        self.replacement = replacement
        self.equations = equations
        self.inCheck = inCheck
        self.inDisplay = inDisplay
        self.definition = definition
        self.reachesCheck = reachesCheck
        self.declaredFree = declaredFree
    }

    /// `file:line:col: 'original' → 'replacement'`.
    public var location: String { "\(file):\(line):\(column)" }
}

/// What became of a mutant when its note ran.
public enum MutantOutcome: String, Sendable, Equatable, Codable {
    /// The note failed: a check failed or a block stopped with an error.
    case caught
    /// The note passed although it computed something else: a check that should have noticed.
    case survived
    /// The note passed, and the change was inside a check's condition: it loosened a tolerance
    /// or a bound (tightening ones are caught), so nothing it verifies changed.
    case loosenedCheck
    /// The note passed, and the change was inside code that only shows results (a chart, a
    /// table, a printed line): it changed the page, not anything a check looks at.
    case displayOnly
    /// The note passed, and the token cannot reach any check or anything outside its block by
    /// the dataflow of the block (``MutantReach``): it feeds a figure or a print computed next
    /// to the checks.
    case doesNotReachCheck
    /// The note passed, and the token is in the value of a constant that the block declares a
    /// free parameter of its checks (`//| mutate-free:`): a simulation size, the scale of random
    /// inputs or a test input of an identity, which any value in a range would serve. Listed,
    /// not counted: the declaration is the author's claim, for a reviewer to read.
    case declaredFree
    /// The note passed and every block and inline value produced exactly the same output: the
    /// change does not reach anything the note computes (an equivalent mutant).
    case noEffect
}

/// A mutant and its outcome.
public struct MutantResult: Sendable, Equatable, Codable {
    /// The change.
    public var mutant: Mutant
    /// What the note's checks made of it.
    public var outcome: MutantOutcome

    /// A result from parts.
    public init(mutant: Mutant, outcome: MutantOutcome) {
        self.mutant = mutant
        self.outcome = outcome
    }
}
