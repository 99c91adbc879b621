import FolioRender
import FolioScript
import Foundation

/// `folio mutate`: each numeric literal and operator of each verifying block changed in turn,
/// the note re-run, and what the checks did not notice listed at its `file:line:col`.
public enum MutationRun {
    /// Every mutant of the notes at `files`, as one JSON array (`--list`).
    public static func listing(files: [String]) throws -> String {
        var mutants: [Mutant] = []
        for path in files {
            mutants += MutationTesting.mutants(source: try String(contentsOfFile: path, encoding: .utf8), path: path)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(mutants), as: UTF8.self)
    }

    /// The mutants of one note, each run with `jobs` threads, and how long that took.
    public struct NoteResults: Sendable {
        /// The note's path.
        public var path: String
        /// Each mutant with its outcome, in source order.
        public var results: [MutantResult]
        /// The time to run them all.
        public var elapsed: Duration
    }

    /// Runs every mutant of the note at `path`; throws ``BaselineFailed`` when the note fails
    /// before any mutation (nothing could then be caught).
    public static func run(path: String, jobs: Int) throws -> NoteResults {
        let source = try String(contentsOfFile: path, encoding: .utf8)
        // One governor for the note's run: the mutants run at once share their budgets.
        let governor = MemoryGovernor()
        let baseline = NoteRunner.run(source: source, path: path, governor: governor)
        guard baseline.succeeded else { throw BaselineFailed(path: path) }
        let mutants = MutationTesting.mutants(source: source, path: path)
        let started = ContinuousClock.now
        let outcomes = parallelMap(
            mutants.count, jobs: jobs,
            { MutationTesting.evaluate(mutants[$0], source: source, baseline: baseline, governor: governor) },
            inOrder: { _, _ in })
        let results = zip(mutants, outcomes).map { MutantResult(mutant: $0, outcome: $1) }
        return NoteResults(path: path, results: results, elapsed: started.duration(to: .now))
    }

    /// A note that fails unmutated: `folio check` it first.
    public struct BaselineFailed: Error, CustomStringConvertible {
        /// The note's path.
        public var path: String
        /// What the command prints.
        public var description: String { "\(path) fails before any mutation; run folio check first" }
    }

    /// The mutants worth a line in text format: those that survived and those that changed a
    /// declared free parameter.
    public static func listed(_ note: NoteResults) -> [MutantResult] {
        note.results.filter { $0.outcome == .survived || $0.outcome == .declaredFree }
    }

    /// `file:line:col: survived: 'a' → 'b' (verifies eq-x)`, the form editors jump to; a token
    /// of a definition used by a verifying block adds `, in name`.
    public static func line(_ result: MutantResult) -> String {
        let m = result.mutant
        return
            "\(m.location): \(result.outcome.rawValue): '\(m.original)' → '\(m.replacement)' (verifies \(m.equations.joined(separator: ", "))\(m.definition.map { ", in \($0)" } ?? ""))"
    }

    /// The line that counts one note's mutants by outcome.
    public static func summary(_ note: NoteResults) -> String {
        let report = MutationReport(results: note.results)
        return
            "\(note.path): \(note.results.count) mutants: \(report.count(.caught)) caught, \(report.count(.survived)) survived, "
            + "\(report.count(.loosenedCheck)) loosened a check, \(report.count(.displayOnly)) only changed a chart, table or print, "
            + "\(report.count(.doesNotReachCheck)) cannot reach a check, "
            + "\(report.count(.declaredFree)) changed a declared free parameter, "
            + "\(report.count(.noEffect)) changed nothing "
            + "(\(percent(report.caughtFraction)) caught) · \(note.elapsed)"
    }

    /// The line that ends a text report: every note's mutants together.
    public static func total(_ report: MutationReport, count: Int) -> String {
        "total: \(count) mutants, \(report.count(.caught)) caught, \(report.count(.survived)) survived "
            + "(\(percent(report.caughtFraction)) of the catchable caught)"
    }

    /// `87.5%`: a fraction as a percentage with one decimal.
    public static func percent(_ fraction: Double) -> String {
        String(format: "%.1f%%", fraction * 100)
    }
}
