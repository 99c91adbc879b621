import ArgumentParser
import FolioRender
import FolioSite
import Foundation

/// Options shared by `render` and `check`: which notes.
struct NoteSelection: ParsableArguments {
    @Argument(help: "Notes or folders of notes.")
    var paths: [String] = ["notes"]

    /// The notes named by `paths`: files as given, folders searched for `.md` files, sorted.
    func noteFiles() throws -> [String] { try NoteSearch.files(in: paths) }
}

extension Folio {
    /// `folio check`: run notes, write nothing, exit 1 when any note failed. Never uses the
    /// render cache: what CI runs always runs every note.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Run notes and verify every check; write nothing.")

        @OptionGroup var selection: NoteSelection
        @OptionGroup var progress: ProgressOptions
        @OptionGroup var sharding: ShardOptions

        @Option(
            help:
                "How to print diagnostics: text (stderr), json (a JSON object per line) or github (Actions annotations)."
        )
        var format: DiagnosticFormat = .text

        @Flag(help: "Print, per note and in total, how many display equations are labelled and how many are verified.")
        var coverage = false

        @Option(
            name: .customLong("require-coverage"),
            help: ArgumentHelp(
                "Exit 1 when fewer than PCT percent of the labelled equations are verified (implies --coverage).",
                valueName: "PCT"))
        var requireCoverage: Double?

        @Flag(
            help:
                "Also build every note as a Swift program with swiftc and require the same output, block by block, as the interpreter."
        )
        var compiled = false

        func validate() throws {
            if let requireCoverage, !(0...100).contains(requireCoverage) {
                throw ValidationError("--require-coverage must be a percentage between 0 and 100")
            }
        }

        func run() throws {
            let outcomes: [NoteOutcome]
            do {
                let notes = ScaleOut.notes(
                    of: sharding.shard, in: try NoteFile.read(try selection.noteFiles()),
                    projectRoot: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
                ).1
                outcomes = NoteProcessing.run(
                    notes, jobs: progress.jobCount, render: false, cache: nil, force: true,
                    report: progress.reporter(format: format))
            } catch {
                throw failWithToolError(error)
            }
            var belowRequired = false
            if coverage || requireCoverage != nil {
                let report = CoverageReport(outcomes)
                for line in report.lines(format: format) { printOutput(line) }
                if let required = requireCoverage, let message = report.shortfall(required: required) {
                    belowRequired = true
                    if format == .github { printOutput("::error::\(message)") }
                    printError("folio: \(message)")
                }
            }
            var compiledPassed = true
            if compiled {
                do {
                    compiledPassed = try CompiledComparison.run(outcomes, quiet: progress.quiet, log: printError)
                } catch {
                    throw failWithToolError(error)
                }
            }
            if belowRequired || !compiledPassed || outcomes.contains(where: { !$0.succeeded }) {
                throw FolioExit.noteFailed
            }
        }
    }

    /// `folio render`: run notes and write the site, re-running only notes whose inputs changed.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "render",
            abstract: "Run notes and write their HTML pages, the index and the assets.")

        @OptionGroup var selection: NoteSelection
        @OptionGroup var progress: ProgressOptions

        @Option(name: .shortAndLong, help: "The folder to write the site into.")
        var output: String = "output"

        @Flag(help: "Run every note again, ignoring the cache in .folio-cache/.")
        var force = false

        @OptionGroup var sharding: ShardOptions
        @OptionGroup var remote: RemoteCacheOptions

        @Option(
            parsing: .upToNextOption,
            help: ArgumentHelp(
                "Assemble the site from the folders that `render --shard` wrote (every shard, once).", valueName: "DIR")
        )
        var merge: [String] = []

        func validate() throws {
            if !merge.isEmpty, sharding.shard != nil { throw ValidationError("--merge and --shard exclude each other") }
        }

        func run() throws {
            let clock = ContinuousClock()
            let start = clock.now
            if !merge.isEmpty {
                let notes: [RenderedNote]
                do {
                    notes = try ScaleOut.merge(merge, output: output)
                } catch {
                    throw failWithToolError(error)
                }
                let failed = notes.filter { !$0.succeeded }.count
                if !progress.quiet { printError(ScaleOut.mergeSummary(notes, shards: merge.count, output: output)) }
                if failed > 0 { throw FolioExit.noteFailed }
                return
            }
            let outcomes: [NoteOutcome]
            let remoteCache: RemoteCache?
            do {
                remoteCache = try remote.remoteCache(paths: selection.paths)
                outcomes = try SiteRender.run(
                    files: try selection.noteFiles(), output: output, jobs: progress.jobCount, force: force,
                    shard: sharding.shard, remote: remoteCache, report: progress.reporter())
            } catch {
                throw failWithToolError(error)
            }
            if !progress.quiet {
                var summary = SiteRender.summary(outcomes, output: output, elapsed: clock.now - start)
                if let shard = sharding.shard { summary += " · shard \(shard)" }
                printError(summary)
                if let remoteCache { printError(ScaleOut.remoteCacheSummary(remoteCache)) }
            }
            if outcomes.contains(where: { !$0.succeeded }) { throw FolioExit.noteFailed }
        }
    }
}
