import ArgumentParser
import FolioMarkdown
import FolioRender
import FolioScript
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
}

/// How `folio check` prints diagnostics.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    /// Compiler-style, with the annotated source lines, on stderr.
    case text
    /// One JSON object per line per diagnostic, on stdout.
    case json
    /// GitHub Actions workflow commands (`::error file=…::…`), on stdout.
    case github
}

/// What happened to one note: it ran (or its page came from the cache), with its diagnostics.
struct NoteOutcome: Sendable {
    var path: String
    var source: String
    /// The run, when the note ran in this process.
    var run: NoteRun?
    /// The page and index row (`render` and `preview` only).
    var rendered: RenderedNote?
    var diagnostics: [Diagnostic]
    var blocksRun: Int
    var checksPassed: Int
    var checksFailed: Int
    var succeeded: Bool
    var elapsed: Duration
    var cached: Bool
    /// Whether the cached page came from the shared remote cache (`--cache-url`).
    var fromRemote = false
    /// How long the note took to run: now, or when its cached page was made (if recorded).
    var measuredMilliseconds: Int?
    /// Labelled display equations, those verified (✓) and those whose verifying block failed
    /// (✗). A cached note does not record failures (only `check`, which never uses the
    /// cache, reports them).
    var equationsLabelled: Int
    var equationsVerified: Int
    var equationsFailed: Int
    /// Labelled equations whose verifying block did not run (an earlier block stopped the note).
    var equationsNotRun: Int

    init(path: String, source: String, run: NoteRun, rendered: RenderedNote?, elapsed: Duration) {
        self.path = path
        self.source = source
        self.run = run
        self.rendered = rendered
        diagnostics = run.diagnostics
        blocksRun = run.blocksRun
        checksPassed = run.checksPassed
        checksFailed = run.checksFailed
        succeeded = run.succeeded
        self.elapsed = elapsed
        cached = false
        equationsLabelled = run.equationsLabelled
        equationsVerified = run.equationsVerified
        equationsFailed = run.equationsFailed
        equationsNotRun = run.equationsNotRun
    }

    init(path: String, source: String, cached note: RenderedNote, elapsed: Duration) {
        self.path = path
        self.source = source
        rendered = note
        diagnostics = note.diagnostics.map(\.diagnostic)
        blocksRun = note.blocksRun
        checksPassed = note.index.checksPassed
        checksFailed = note.index.checksFailed
        succeeded = note.succeeded
        self.elapsed = elapsed
        cached = true
        equationsLabelled = note.index.equationsLabelled
        equationsVerified = note.index.equationsVerified
        equationsFailed = 0
        equationsNotRun = 0
    }
}

/// A note file as read: its text, or, when its bytes are not UTF-8, the diagnostic at the first
/// invalid byte (the note then fails like any note with an error, and the others still run).
struct NoteFile: Sendable {
    var path: String
    /// The text; for a file that is not UTF-8, its bytes decoded with U+FFFD replacements so
    /// the diagnostic can still show the line.
    var source: String
    /// Why the note cannot be parsed at all, at its line and column.
    var unreadable: Diagnostic?
}

/// Reads every note first (a file that cannot be read is an I/O error, exit 2, before anything
/// runs). The bytes go through `Note.parse(data:path:)`'s UTF-8 check, so invalid UTF-8 is an
/// error at its line in that note, not an I/O error for the whole command.
func readNotes(_ files: [String]) throws -> [NoteFile] {
    try files.map { file in
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw ToolError("cannot read \(file)")
        }
        if let source = String(validating: data, as: UTF8.self) {
            return NoteFile(path: file, source: source)
        }
        let lossy = String(decoding: data, as: UTF8.self)
        do throws(MarkdownError) {
            _ = try Note.parse(data: data, path: file)
        } catch {
            let diagnostic = Diagnostic(
                .error, error.message, file: file, line: error.location.line, column: error.location.column)
            return NoteFile(path: file, source: lossy, unreadable: diagnostic)
        }
        // Unreachable in practice (the bytes were not UTF-8); run what decodes.
        return NoteFile(path: file, source: lossy)
    }
}

/// Runs notes with `jobs` threads; when `cache` is given, renders their pages too, taking
/// unchanged notes from the cache unless `force`. Each note is reported as it completes, in
/// note order, by `report`.
func processNotes(
    _ notes: [NoteFile], jobs: Int, render: Bool, cache: LayeredCache?, force: Bool,
    report: @escaping @Sendable (NoteOutcome) -> Void
) -> [NoteOutcome] {
    parallelMap(
        notes.count, jobs: jobs,
        { index in
            let note = notes[index]
            let clock = ContinuousClock()
            let start = clock.now
            if let unreadable = note.unreadable {
                // Never cached: the lossy text could equal a valid note's.
                let run = NoteRun(
                    path: note.path, slug: NoteRunner.slug(forPath: note.path), note: nil,
                    diagnostics: [unreadable], source: note.source)
                return NoteOutcome(
                    path: note.path, source: note.source, run: run, rendered: render ? RenderedNote(run) : nil,
                    elapsed: clock.now - start)
            }
            if render, !force, let cache, let hit = cache.lookup(path: note.path, source: note.source) {
                var outcome = NoteOutcome(
                    path: note.path, source: note.source, cached: hit.note, elapsed: clock.now - start)
                outcome.fromRemote = hit.origin == .remote
                outcome.measuredMilliseconds = hit.milliseconds
                return outcome
            }
            // The note's own time starts after the cache lookup and ends before the upload: a
            // slow or unreachable cache must not enter the progress line, nor the timings that
            // balance `--shard`.
            let runStart = clock.now
            let run = NoteRunner.run(source: note.source, path: note.path)
            var rendered: RenderedNote?
            var measured = clock.now - runStart
            if render {
                let page = RenderedNote(run)
                measured = clock.now - runStart
                cache?.store(page, source: note.source, milliseconds: Int(milliseconds(measured)))
                rendered = page
            }
            var outcome = NoteOutcome(
                path: note.path, source: note.source, run: run, rendered: rendered, elapsed: measured)
            outcome.measuredMilliseconds = Int(milliseconds(measured))
            return outcome
        },
        inOrder: { _, outcome in report(outcome) })
}

/// Prints what a note did: its diagnostics (in `format`), then, unless quiet, the progress line
/// and (verbose) a line per block.
struct Reporter: Sendable {
    var options: ProgressOptions
    var format: DiagnosticFormat = .text

    func report(_ outcome: NoteOutcome) {
        for diagnostic in outcome.diagnostics {
            switch format {
            case .text:
                printError(diagnostic.formatted(source: outcome.source))
            case .json:
                printOutput(DiagnosticOutput.json(diagnostic, block: outcome.blockNumber(atLine: diagnostic.line)))
            case .github:
                printOutput(DiagnosticOutput.github(diagnostic))
            }
        }
        guard !options.quiet else { return }
        let checks = outcome.checksPassed + outcome.checksFailed
        let failed = outcome.checksFailed > 0 ? " (\(outcome.checksFailed) failed)" : ""
        let timing =
            outcome.fromRemote ? "remote cache" : outcome.cached ? "cached" : "\(milliseconds(outcome.elapsed)) ms"
        let evaluationCount = outcome.run?.checkEvaluations ?? 0
        let evaluations = evaluationCount > checks ? " (\(evaluationCount) evaluations)" : ""
        printError(
            "\(outcome.succeeded ? "✓" : "✗") \(outcome.path)  \(counted(outcome.blocksRun, "block")) · \(counted(checks, "check"))\(evaluations)\(failed) · \(timing)"
        )
        if options.verbose, let run = outcome.run, let note = run.note {
            for block in note.codeBlocks {
                guard let duration = run.blockDurations[block.index] else { continue }
                printError("    block \(block.index + 1) (line \(block.fenceLine))  \(milliseconds(duration)) ms")
            }
        }
    }
}

extension NoteOutcome {
    /// The number (from 1) of the fenced block whose lines include `line`, if any.
    func blockNumber(atLine line: Int) -> Int? {
        guard let note = run?.note else { return nil }
        for block in note.codeBlocks {
            let closingFence = block.codeStart.line + block.code.filter { $0 == "\n" }.count
            if (block.fenceLine...max(block.fenceLine, closingFence)).contains(line) { return block.index + 1 }
        }
        return nil
    }
}

/// Whole milliseconds in `duration`.
func milliseconds(_ duration: Duration) -> Int64 {
    duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
}

/// Writes `text` and a newline to standard output.
func printOutput(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

/// The identity of this Folio build: a hash of the running executable's bytes.
///
/// Hashing a debug executable (~70 MB) takes a few hundred milliseconds, more than a warm render
/// itself, so the hash is remembered in `.folio-cache/build-id.json` together with the
/// executable's path, device, inode, size and modification time (nanoseconds); it is hashed
/// again whenever any of those differ, which every rebuild or copy does. Computed at most once
/// per process. When the executable cannot be read, a fresh random value (the cache then never
/// matches, which is safe).
enum BuildIdentifier {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var computed: String?

    static func current(memoIn projectRoot: URL?) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let computed { return computed }
        let value = compute(memo: projectRoot?.appendingPathComponent(".folio-cache/build-id.json"))
        computed = value
        return value
    }

    private struct Memo: Codable, Equatable {
        var stamp: String
        var identifier: String
    }

    private static func compute(memo: URL?) -> String {
        let candidates = ["/proc/self/exe", Bundle.main.executablePath, CommandLine.arguments.first].compactMap { $0 }
        for path in candidates {
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            if let buildID = ELFBuildID.read(path: resolved) { return "gnu-build-id-" + buildID }
            let stamp = fileStamp(resolved)
            if let stamp, let memo, let data = try? Data(contentsOf: memo),
                let saved = try? JSONDecoder().decode(Memo.self, from: data), saved.stamp == stamp
            {
                return saved.identifier
            }
            guard let bytes = try? Data(contentsOf: URL(fileURLWithPath: resolved), options: .alwaysMapped) else {
                continue
            }
            let identifier = StableHash.hex(bytes)
            if let stamp, let memo, let data = try? JSONEncoder().encode(Memo(stamp: stamp, identifier: identifier)) {
                try? FileManager.default.createDirectory(
                    at: memo.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? data.write(to: memo, options: .atomic)
            }
            return identifier
        }
        return "unknown-\(UUID().uuidString)"
    }

    /// Path, device, inode, size and modification time of `path`, or nil.
    private static func fileStamp(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
            let modified = "\(info.st_mtimespec.tv_sec).\(info.st_mtimespec.tv_nsec)"
        #else
            let modified = "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        #endif
        return "\(path)|\(info.st_dev)|\(info.st_ino)|\(info.st_size)|\(modified)"
    }
}

/// Machine-readable forms of a diagnostic for `folio check --format`.
enum DiagnosticOutput {
    /// One line of JSON: `file`, `line`, `column`, `severity`, `message`, `block` (the fenced
    /// block's number from 1, or null).
    static func json(_ diagnostic: Diagnostic, block: Int?) -> String {
        struct Line: Encodable {
            var file: String
            var line: Int
            var column: Int
            var severity: String
            var message: String
            var block: Int?

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(file, forKey: .file)
                try container.encode(line, forKey: .line)
                try container.encode(column, forKey: .column)
                try container.encode(severity, forKey: .severity)
                try container.encode(message, forKey: .message)
                try container.encode(block, forKey: .block)  // null when absent, not omitted
            }

            enum CodingKeys: String, CodingKey { case file, line, column, severity, message, block }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let value = Line(
            file: diagnostic.file, line: diagnostic.line, column: diagnostic.column,
            severity: diagnostic.severity.rawValue, message: diagnostic.message, block: block)
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
    }

    /// A GitHub Actions workflow command: `::error file=…,line=…,col=…::message`.
    static func github(_ diagnostic: Diagnostic) -> String {
        let command: String
        switch diagnostic.severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .note: command = "notice"
        }
        return
            "::\(command) file=\(escapeProperty(diagnostic.file)),line=\(diagnostic.line),col=\(diagnostic.column)::\(escapeData(diagnostic.message))"
    }

    /// GitHub's escaping of a command's message: `%`, CR and LF.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// GitHub's escaping of a property value: as a message, plus `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text)
            .replacingOccurrences(of: ":", with: "%3A")
            .replacingOccurrences(of: ",", with: "%2C")
    }
}

/// "1 block", "2 blocks": the progress line reads as English.
func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
