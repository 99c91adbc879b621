import FolioMarkdown
import FolioScript
import Foundation

/// Runs one mutant of a note and classifies it (`folio mutate`; the command runs many at once).
public enum MutationTesting {
    /// The mutants of the note `source` read from `path` that apply to it (see
    /// ``MutantSearch``), or an empty list if the note does not parse.
    public static func mutants(source: String, path: String) -> [Mutant] {
        guard let note = try? Note.parse(source, path: path) else { return [] }
        return MutantSearch.mutants(of: note, path: path).filter { MutantSearch.apply($0, to: source) != nil }
    }

    /// Runs the note `source` with `mutant` applied and compares with `baseline`, the run of the
    /// unchanged note: ``MutantOutcome/caught`` when the note fails, ``MutantOutcome/noEffect``
    /// when every block and inline value produced the same output, otherwise
    /// ``MutantOutcome/loosenedCheck`` for a token inside a check,
    /// ``MutantOutcome/displayOnly`` for one inside a chart, table or print,
    /// ``MutantOutcome/doesNotReachCheck`` for one that no check can see,
    /// ``MutantOutcome/declaredFree`` for a declared free parameter, and
    /// ``MutantOutcome/survived`` for one in the computation. `governor` is the run's, shared
    /// by the mutants run at once.
    public static func evaluate(
        _ mutant: Mutant, source: String, baseline: NoteRun, governor: MemoryGovernor = MemoryGovernor()
    ) -> MutantOutcome {
        guard let mutated = MutantSearch.apply(mutant, to: source) else { return .caught }
        let run = NoteRunner.run(source: mutated, path: mutant.file, governor: governor)
        if !run.succeeded { return .caught }
        if sameOutputs(run, baseline) { return .noEffect }
        if mutant.inCheck { return .loosenedCheck }
        if mutant.inDisplay { return .displayOnly }
        if !mutant.reachesCheck { return .doesNotReachCheck }
        return mutant.declaredFree ? .declaredFree : .survived
    }

    /// Whether two runs printed, showed and checked the same things (check expressions and
    /// positions included; a mutant inside a check changes its expression text). Charts and
    /// tables are compared as the page shows them: a mutant that changes no pixel of a chart
    /// changes nothing a reader sees, and a chart's NaN gaps are equal though NaN ≠ NaN.
    static func sameOutputs(_ a: NoteRun, _ b: NoteRun) -> Bool {
        shown(a.blockResults) == shown(b.blockResults) && shown(a.inlineResults) == shown(b.inlineResults)
    }

    /// An output as the page shows it: charts and tables by their markup, the rest as it is.
    enum ShownOutput: Equatable {
        case markup(String)
        case output(BlockOutput)
    }

    static func shown(_ results: [Int: BlockResult]) -> [Int: [ShownOutput]] {
        results.mapValues { result in
            result.outputs.enumerated().map { index, output in
                switch output {
                case .chart(let chart):
                    .markup(OutputMarkup.chart(chart, block: 0, number: index))
                case .table(let table): .markup(OutputMarkup.table(table))
                default: .output(output)
                }
            }
        }
    }
}

/// The outcome of `folio mutate` over some notes.
public struct MutationReport: Sendable, Equatable, Codable {
    /// Every mutant and what became of it, in document order.
    public var results: [MutantResult]

    /// A report of `results`.
    public init(results: [MutantResult]) {
        self.results = results
    }

    /// How many mutants had `outcome`.
    public func count(_ outcome: MutantOutcome) -> Int {
        results.filter { $0.outcome == outcome }.count
    }

    /// Caught mutants as a fraction of those that could be caught (caught + survived: mutants
    /// that loosen a check, only change what is shown, cannot reach a check, change a declared
    /// free parameter or change nothing cannot be), 1 when there are none.
    public var caughtFraction: Double {
        let caught = count(.caught)
        let candidates = caught + count(.survived)
        return candidates == 0 ? 1 : Double(caught) / Double(candidates)
    }
}
