import ArgumentParser
import FolioRender
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
                    var mutants: [Mutant] = []
                    for path in try selection.noteFiles() {
                        mutants += MutationTesting.mutants(
                            source: try String(contentsOfFile: path, encoding: .utf8), path: path)
                    }
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.sortedKeys]
                    printOutput(String(decoding: try encoder.encode(mutants), as: UTF8.self))
                    return
                }
                for path in try selection.noteFiles() {
                    let source = try String(contentsOfFile: path, encoding: .utf8)
                    let baseline = NoteRunner.run(source: source, path: path)
                    guard baseline.succeeded else {
                        printError("folio: \(path) fails before any mutation; run folio check first")
                        throw FolioExit.noteFailed
                    }
                    let mutants = MutationTesting.mutants(source: source, path: path)
                    let started = ContinuousClock.now
                    let outcomes = parallelMap(
                        mutants.count, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                        { MutationTesting.evaluate(mutants[$0], source: source, baseline: baseline) },
                        inOrder: { _, _ in })
                    let results = zip(mutants, outcomes).map { MutantResult(mutant: $0, outcome: $1) }
                    all += results
                    if format == .text {
                        let report = MutationReport(results: results)
                        for result in results where result.outcome == .survived || result.outcome == .declaredFree {
                            printOutput(Self.line(result))
                        }
                        printError(
                            "\(path): \(mutants.count) mutants: \(report.count(.caught)) caught, \(report.count(.survived)) survived, "
                                + "\(report.count(.loosenedCheck)) loosened a check, \(report.count(.displayOnly)) only changed a chart, table or print, "
                                + "\(report.count(.doesNotReachCheck)) cannot reach a check, "
                                + "\(report.count(.declaredFree)) changed a declared free parameter, "
                                + "\(report.count(.noEffect)) changed nothing "
                                + "(\(Self.percent(report.caughtFraction)) caught) · \(started.duration(to: .now))")
                    }
                }
            } catch let exit as FolioExit {
                throw exit
            } catch {
                throw failWithToolError(error)
            }
            let report = MutationReport(results: all)
            switch format {
            case .text:
                printError(
                    "total: \(all.count) mutants, \(report.count(.caught)) caught, \(report.count(.survived)) survived "
                        + "(\(Self.percent(report.caughtFraction)) of the catchable caught)")
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                let data = try encoder.encode(report)
                printOutput(String(decoding: data, as: UTF8.self))
            }
            if let require, report.caughtFraction * 100 < require { throw FolioExit.noteFailed }
        }

        /// `file:line:col: survived: 'a' → 'b' (verifies eq-x)`, the form editors jump to; a token
        /// of a definition used by a verifying block adds `, in name`.
        static func line(_ result: MutantResult) -> String {
            let m = result.mutant
            return
                "\(m.location): \(result.outcome.rawValue): '\(m.original)' → '\(m.replacement)' (verifies \(m.equations.joined(separator: ", "))\(m.definition.map { ", in \($0)" } ?? ""))"
        }

        static func percent(_ fraction: Double) -> String {
            String(format: "%.1f%%", fraction * 100)
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
