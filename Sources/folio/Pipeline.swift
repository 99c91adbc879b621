import ArgumentParser
import FolioSite
import Foundation

/// Options shared by `render`, `check` and `preview`: parallelism and how much to say.
struct ProgressOptions: ParsableArguments {
    @Option(name: [.short, .long], help: "Notes to run at once (default: the number of cores).")
    var jobs: Int?

    /// `--jobs`, or the cores this process may use. Asked only when notes run: ArgumentParser
    /// builds this struct several times while parsing, and counting cores reads cgroup files.
    var jobCount: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    @Flag(name: .shortAndLong, help: "Also print a line per block with its time.")
    var verbose = false

    @Flag(name: .shortAndLong, help: "Print only diagnostics.")
    var quiet = false

    func validate() throws {
        guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard !(verbose && quiet) else { throw ValidationError("--verbose and --quiet exclude each other") }
    }

    /// Prints what each note did, as these options and `format` ask.
    func reporter(format: DiagnosticFormat = .text) -> @Sendable (NoteOutcome) -> Void {
        let report = ProgressReport(verbose: verbose, quiet: quiet, format: format)
        return { outcome in
            for line in report.lines(outcome) {
                switch line.stream {
                case .standardOutput: printOutput(line.text)
                case .standardError: printError(line.text)
                }
            }
        }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}

/// Writes `text` and a newline to standard output.
func printOutput(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

/// Writes `text` and a newline (unless it ends with one) to standard error.
func printError(_ text: String) {
    let line = text.hasSuffix("\n") ? text : text + "\n"
    FileHandle.standardError.write(Data(line.utf8))
}

/// Reports an I/O error and converts it into exit status 2.
func failWithToolError(_ error: Error) -> FolioExit {
    printError("folio: error: \(error)")
    return .usageOrIO
}
