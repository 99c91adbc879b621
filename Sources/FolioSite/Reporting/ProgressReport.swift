/// One line a command prints, and where to.
public struct ReportLine: Sendable, Equatable {
    /// The two places a line goes.
    public enum Stream: Sendable, Equatable {
        /// Standard output: machine-readable diagnostics (`--format json|github`) and reports.
        case standardOutput
        /// Standard error: progress and compiler-style diagnostics.
        case standardError
    }

    /// Where the line goes.
    public var stream: Stream
    /// The text, without its newline (a compiler-style diagnostic may already end with one).
    public var text: String

    /// A line for `stream`.
    public init(_ stream: Stream, _ text: String) {
        self.stream = stream
        self.text = text
    }
}

/// What `render`, `check` and `preview` say about each note: its diagnostics (in `format`),
/// then, unless quiet, the progress line and (verbose) a line per block with its time.
public struct ProgressReport: Sendable {
    /// Print a line per block with its time.
    public var verbose: Bool
    /// Print only diagnostics.
    public var quiet: Bool
    /// How diagnostics are printed.
    public var format: DiagnosticFormat

    /// A report saying as much as `verbose` and `quiet` ask, with diagnostics in `format`.
    public init(verbose: Bool, quiet: Bool, format: DiagnosticFormat = .text) {
        self.verbose = verbose
        self.quiet = quiet
        self.format = format
    }

    /// The lines about `outcome`, in the order they are printed.
    public func lines(_ outcome: NoteOutcome) -> [ReportLine] {
        var lines: [ReportLine] = []
        for diagnostic in outcome.diagnostics {
            switch format {
            case .text:
                lines.append(ReportLine(.standardError, diagnostic.formatted(source: outcome.source)))
            case .json:
                let block = outcome.blockNumber(atLine: diagnostic.line)
                lines.append(ReportLine(.standardOutput, DiagnosticOutput.json(diagnostic, block: block)))
            case .github:
                lines.append(ReportLine(.standardOutput, DiagnosticOutput.github(diagnostic)))
            }
        }
        guard !quiet else { return lines }
        lines.append(ReportLine(.standardError, Self.progressLine(outcome)))
        if verbose, let run = outcome.run, let note = run.note {
            for block in note.codeBlocks {
                guard let duration = run.blockDurations[block.index] else { continue }
                lines.append(
                    ReportLine(
                        .standardError,
                        "    block \(block.index + 1) (line \(block.fenceLine))  \(milliseconds(duration)) ms"))
            }
        }
        return lines
    }

    /// `✓ notes/a.md  3 blocks · 4 checks · 12 ms`: what a note did, and whether it came from a
    /// cache.
    public static func progressLine(_ outcome: NoteOutcome) -> String {
        let checks = outcome.checksPassed + outcome.checksFailed
        let failed = outcome.checksFailed > 0 ? " (\(outcome.checksFailed) failed)" : ""
        let timing =
            outcome.fromRemote ? "remote cache" : outcome.cached ? "cached" : "\(milliseconds(outcome.elapsed)) ms"
        let evaluationCount = outcome.run?.checkEvaluations ?? 0
        let evaluations = evaluationCount > checks ? " (\(evaluationCount) evaluations)" : ""
        return
            "\(outcome.succeeded ? "✓" : "✗") \(outcome.path)  \(counted(outcome.blocksRun, "block")) · \(counted(checks, "check"))\(evaluations)\(failed) · \(timing)"
    }
}
