import ArgumentParser
import FolioRender
import FolioSite
import Foundation

extension Folio {
    /// `folio mutate`: mutation testing of the checks that verify equations. Each numeric
    /// literal and operator of each verifying block is changed in turn, the note re-run, and
    /// the mutants the checks did not notice are listed at their `file:line:col`.
    struct Mutate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mutate",
            abstract:
                "Change each literal and operator of the blocks that verify equations, one at a time, and list the changes no check caught."
        )

        @OptionGroup var selection: NoteSelection

        @Option(name: [.short, .long], help: "Mutants to run at once (default: the number of cores).")
        var jobs: Int?

        @Option(help: "text (survivors on stdout, a summary on stderr) or json (one object).")
        var format: MutateFormat = .text

        @Option(help: "Exit 1 when fewer than PCT percent of the catchable mutants are caught.")
        var require: Double?

        @Flag(help: "Print the mutants as JSON without running them.")
        var list = false

        func run() throws {
            var all: [MutantResult] = []
            do {
                if list {
                    printOutput(try MutationRun.listing(files: try selection.noteFiles()))
                    return
                }
                for path in try selection.noteFiles() {
                    let note = try MutationRun.run(
                        path: path, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
                    all += note.results
                    if format == .text {
                        for result in MutationRun.listed(note) { printOutput(MutationRun.line(result)) }
                        printError(MutationRun.summary(note))
                    }
                }
            } catch let failed as MutationRun.BaselineFailed {
                printError("folio: \(failed)")
                throw FolioExit.noteFailed
            } catch {
                throw failWithToolError(error)
            }
            let report = MutationReport(results: all)
            switch format {
            case .text:
                printError(MutationRun.total(report, count: all.count))
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                let data = try encoder.encode(report)
                printOutput(String(decoding: data, as: UTF8.self))
            }
            if let require, report.caughtFraction * 100 < require { throw FolioExit.noteFailed }
        }
    }
}

/// How `folio mutate` prints its results.
enum MutateFormat: String, ExpressibleByArgument, CaseIterable {
    /// Surviving mutants on stdout, one per line; counts on stderr.
    case text
    /// One JSON object with every mutant and its outcome, on stdout.
    case json
}
