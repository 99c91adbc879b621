import ArgumentParser
import FolioRender
import Foundation

/// Options shared by `render` and `check`: which notes.
struct NoteSelection: ParsableArguments {
    @Argument(help: "Notes or folders of notes.")
    var paths: [String] = ["notes"]

    /// The notes named by `paths`: files as given, folders searched for `.md` files, sorted.
    func noteFiles() throws -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ToolError("no such file or folder: \(path)")
            }
            if isDirectory.boolValue {
                files += try markdownFiles(in: path)
            } else {
                files.append(path)
            }
        }
        return files
    }

    private func markdownFiles(in folder: String) throws -> [String] {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        guard let entries = FileManager.default.enumerator(atPath: base) else {
            throw ToolError("cannot read folder: \(folder)")
        }
        var files: [String] = []
        for case let entry as String in entries where entry.hasSuffix(".md") {
            files.append(base + "/" + entry)
        }
        return files.sorted()
    }
}

/// An I/O or usage problem, reported as `folio: error: …` with exit status 2.
struct ToolError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Writes `text` and a newline to standard error.
func printError(_ text: String) {
    let line = text.hasSuffix("\n") ? text : text + "\n"
    FileHandle.standardError.write(Data(line.utf8))
}

/// Reports an I/O error and converts it into exit status 2.
func failWithToolError(_ error: Error) -> FolioExit {
    printError("folio: error: \(error)")
    return .usageOrIO
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
                let notes = notesOfShard(
                    try readNotes(try selection.noteFiles()), shard: sharding.shard,
                    projectRoot: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
                ).1
                let reporter = Reporter(options: progress, format: format)
                outcomes = processNotes(
                    notes, jobs: progress.jobCount, render: false, cache: nil, force: true,
                    report: { reporter.report($0) })
            } catch {
                throw failWithToolError(error)
            }
            var belowRequired = false
            if coverage || requireCoverage != nil {
                let report = CoverageReport(outcomes)
                for line in report.lines(format: format) { printOutput(line) }
                if let required = requireCoverage, !report.total.meets(required) {
                    belowRequired = true
                    let message =
                        "equation coverage \(report.total.percentText) is below the required \(CoverageReport.format(required))"
                    if format == .github { printOutput("::error::\(message)") }
                    printError("folio: \(message)")
                }
            }
            var compiledPassed = true
            if compiled {
                do {
                    compiledPassed = try checkCompiled(outcomes, quiet: progress.quiet)
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
                    notes = try mergeShards(merge, output: output)
                } catch {
                    throw failWithToolError(error)
                }
                let failed = notes.filter { !$0.succeeded }.count
                if !progress.quiet {
                    printError(
                        "\(failed == 0 ? "✓" : "✗") merged \(counted(merge.count, "shard")) · \(counted(notes.count, "note")) → \(output)"
                    )
                }
                if failed > 0 { throw FolioExit.noteFailed }
                return
            }
            let outcomes: [NoteOutcome]
            let remoteCache: RemoteCache?
            do {
                remoteCache = try remote.remoteCache(paths: selection.paths)
                outcomes = try renderSite(
                    files: try selection.noteFiles(), output: output, jobs: progress.jobCount, force: force,
                    reporter: Reporter(options: progress), shard: sharding.shard, remote: remoteCache)
            } catch {
                throw failWithToolError(error)
            }
            if !progress.quiet {
                var summary = renderSummary(outcomes, output: output, elapsed: clock.now - start)
                if let shard = sharding.shard { summary += " · shard \(shard)" }
                printError(summary)
                if let remoteCache { printError(remoteCacheSummary(remoteCache)) }
            }
            if outcomes.contains(where: { !$0.succeeded }) { throw FolioExit.noteFailed }
        }
    }
}

/// The render options that change pages, as the cache key sees them (none yet besides the
/// page format itself).
let renderOptionsKey = "page"

/// Renders `files` into `output` with the project's cache (`.folio-cache/` in the output
/// folder's parent), backed by `remote` when given, and writes the site, or with `shard` only
/// that part of it, as a shard folder for `render --merge`.
func renderSite(
    files: [String], output: String, jobs: Int, force: Bool, reporter: Reporter, shard: Shard? = nil,
    remote: RemoteCache? = nil
) throws -> [NoteOutcome] {
    let outputURL = URL(fileURLWithPath: output).standardizedFileURL
    let projectRoot = outputURL.deletingLastPathComponent()
    let cache = RenderCache(
        projectRoot: projectRoot, buildIdentifier: BuildIdentifier.current(memoIn: projectRoot),
        options: renderOptionsKey)
    let (plan, notes) = notesOfShard(try readNotes(files), shard: shard, projectRoot: projectRoot)
    let outcomes = processNotes(
        notes, jobs: jobs, render: true, cache: LayeredCache(local: cache, remote: remote), force: force,
        report: { reporter.report($0) })
    let writer = SiteWriter(outputDirectory: outputURL)
    var timings: [String: Int] = [:]
    for outcome in outcomes { timings[outcome.path] = outcome.measuredMilliseconds }
    if let shard, let plan {
        try writer.writeShard(notes: outcomes.compactMap(\.rendered), shard: shard, plan: plan, milliseconds: timings)
    } else {
        try writer.write(notes: outcomes.compactMap(\.rendered))
        ShardTimings.record(timings, projectRoot: projectRoot)
    }
    return outcomes
}

/// The line `render` ends with: `rendered 12 notes → output/ · 40 blocks · 180 checks · 35/35
/// equations verified · 2.1 s`, with the failures when there are any.
func renderSummary(_ outcomes: [NoteOutcome], output: String, elapsed: Duration) -> String {
    let failedNotes = outcomes.filter { !$0.succeeded }.count
    let blocks = outcomes.reduce(0) { $0 + $1.blocksRun }
    let passed = outcomes.reduce(0) { $0 + $1.checksPassed }
    let failed = outcomes.reduce(0) { $0 + $1.checksFailed }
    let labelled = outcomes.reduce(0) { $0 + $1.equationsLabelled }
    let verified = outcomes.reduce(0) { $0 + $1.equationsVerified }
    var parts = [
        "\(failedNotes == 0 ? "✓" : "✗") rendered \(counted(outcomes.count, "note")) → \(output.hasSuffix("/") ? output : output + "/")"
    ]
    if failedNotes > 0 { parts.append("\(failedNotes) failed") }
    parts.append(counted(blocks, "block"))
    parts.append(counted(passed + failed, "check") + (failed > 0 ? " (\(failed) failed)" : ""))
    parts.append("\(verified)/\(labelled) \(labelled == 1 ? "equation" : "equations") verified")
    let seconds = Double(milliseconds(elapsed)) / 1000
    parts.append(String(format: "%.1f s", seconds))
    return parts.joined(separator: " · ")
}
