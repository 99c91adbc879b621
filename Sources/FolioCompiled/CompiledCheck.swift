import FolioMarkdown
import FolioRuntime
import FolioScript
import Foundation

/// What the interpreter made of a note, as the compiled check needs it.
public struct InterpretedNote: Sendable {
    /// The note's path (as diagnostics name it).
    public var path: String
    /// The parsed note.
    public var note: Note
    /// Each block's result, by block index (blocks that did not run are absent).
    public var blockResults: [Int: BlockResult]
    /// Each inline expression's result, by expression index.
    public var inlineResults: [Int: BlockResult]

    /// The interpreter's results for `note`.
    public init(path: String, note: Note, blockResults: [Int: BlockResult], inlineResults: [Int: BlockResult]) {
        self.path = path
        self.note = note
        self.blockResults = blockResults
        self.inlineResults = inlineResults
    }
}

/// How a note fared under the compiler.
public struct CompiledNoteReport: Sendable {
    /// The note's path.
    public var path: String
    /// The compiler's errors for this note's program (mapped to the note's lines), if it did
    /// not build.
    public var buildErrors: [String] = []
    /// The program's failure when it stopped without the interpreter stopping there
    /// (crash, time budget), already part of ``differences``.
    public var differences: [BlockDifference] = []
    /// Outputs that matched only with their dictionaries' entries sorted (reported as notes).
    public var reordered: [DictionaryOrderNote] = []
    /// Blocks and inline expressions compared, and how many matched.
    public var compared = 0
    /// How many compared blocks matched.
    public var matching = 0
    /// Blocks left out of the program, with why.
    public var skipped: [Int: String] = [:]
    /// How long the compiled program ran.
    public var runTime: Duration = .zero

    /// Whether the note built and every compared block matched.
    public var passed: Bool { buildErrors.isEmpty && differences.isEmpty }
}

/// `folio check --compiled`: builds every note's program in one ``CompiledPackage``, runs
/// each with the note's time budget, and compares each block's outputs with the interpreter's.
public struct CompiledCheck: Sendable {
    /// The package the programs are built in.
    public var package: CompiledPackage

    /// A check building in `package`.
    public init(package: CompiledPackage) {
        self.package = package
    }

    /// The programs for `notes`, with target names made unique.
    public static func programs(for notes: [InterpretedNote]) -> [NoteProgram] {
        var used: Set<String> = []
        return notes.map { note in
            var name = NoteProgram.targetName(forPath: note.path)
            var suffix = 2
            while used.contains(name) {
                name = NoteProgram.targetName(forPath: note.path) + "_\(suffix)"
                suffix += 1
            }
            used.insert(name)
            let folder = URL(fileURLWithPath: note.path).deletingLastPathComponent().standardizedFileURL.path
            return NoteProgram(note: note.note, path: note.path, noteFolder: folder, targetName: name)
        }
    }

    /// Builds, runs and compares; `progress` gets a line per step.
    public func run(_ notes: [InterpretedNote], progress: (String) -> Void = { _ in }) throws -> [CompiledNoteReport] {
        let programs = Self.programs(for: notes)
        progress("building \(programs.count) compiled notes in \(package.directory.path)")
        let started = ContinuousClock.now
        let failedBuilds: [String: String] = try package.withLock {
            try package.write(programs)
            let all = try package.build()
            var failed: [String: String] = [:]
            if all.status != 0 {
                // Find which programs fail (the others build in the same invocations).
                for program in programs {
                    let single = try package.build(products: [program.targetName])
                    if single.status != 0 { failed[program.targetName] = single.output }
                }
                if failed.isEmpty { throw CompiledBuildFailed(output: all.output) }
            }
            return failed
        }
        progress("built in \(ContinuousClock.now - started)")
        var reports: [CompiledNoteReport] = []
        for (note, program) in zip(notes, programs) {
            var report = CompiledNoteReport(path: note.path)
            report.skipped = program.skipped
            if let output = failedBuilds[program.targetName] {
                report.buildErrors = Self.compilerErrors(output, path: note.path)
                reports.append(report)
                continue
            }
            let budget = note.note.frontMatter.timeout ?? .seconds(60)
            let outcome = try runProgram(program, timeout: budget)
            report.runTime = outcome.elapsed
            compare(note, program, outcome, into: &report)
            reports.append(report)
        }
        return reports
    }

    /// What a compiled program recorded, by block, and how it ended.
    struct ProgramOutcome {
        var records: [Int: [RecordedOutput]]
        var unfinished: Int?
        var failure: String
        /// Whether the failure is an error the program threw and did not catch (its text is the
        /// error's `String(reflecting:)`), rather than a trap, a crash or a budget.
        var thrown = false
        var elapsed: Duration

        /// Whether the program stopped at a failed `#require`: the `RequirementFailed` thrown to
        /// its top level. The one place the program's text is read for it; past here it is the
        /// failed check (`check-failed`), as in the interpreter.
        var stoppedByRequire: Bool { thrown && failure.hasPrefix("requirement failed: ") }
    }

    func runProgram(_ program: NoteProgram, executable: URL? = nil, timeout: Duration) throws -> ProgramOutcome {
        let recordFile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "folio-record-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: recordFile) }
        let started = ContinuousClock.now
        // Deterministic hashing: a `Set` or `Dictionary` iterates (and prints) in the same order
        // on every run, so a compiled note's page is reproducible (DictionaryOrder.swift).
        let result = try ProcessRunner.run(
            executable ?? package.executable(of: program), [],
            // No crash backtrace: its report would bury the error's message.
            environment: [
                "FOLIO_RECORD": recordFile.path, "SWIFT_DETERMINISTIC_HASHING": "1", "SWIFT_BACKTRACE": "enable=no",
            ],
            // The program stops itself at its time budget (BudgetWatch); this is the backstop.
            timeout: timeout + .seconds(2))
        let elapsed = ContinuousClock.now - started
        let text = (try? String(contentsOf: recordFile, encoding: .utf8)) ?? ""
        var records: [Int: [RecordedOutput]] = [:]
        var open: Int?
        let decoder = JSONDecoder()
        for line in text.split(separator: "\n") {
            guard let record = try? decoder.decode(RecordedOutput.self, from: Data(line.utf8)) else { continue }
            records[record.block, default: []].append(record)
            switch record.kind {
            case .begin: open = record.block
            case .end: open = nil
            default: break
            }
        }
        var failure = ""
        var thrown = false
        if let open, let last = records[open]?.last, last.kind == .error {
            // The program recorded why it stopped (a budget): that is the failure.
            records[open]?.removeLast()
            failure = last.text
        } else if result.timedOut {
            failure = "time budget of \(NoteRecorder.seconds(timeout)) exceeded: the compiled program was stopped"
        } else if result.status != 0 {
            let stopped = Self.failure(fromStandardError: result.standardError, status: result.status)
            failure = stopped.message
            thrown = stopped.thrown
        }
        return ProgramOutcome(
            records: records, unfinished: failure.isEmpty ? nil : open, failure: failure, thrown: thrown,
            elapsed: elapsed)
    }

    /// Why a program that exited with `status` stopped, from what it wrote on standard error:
    /// Swift's `Fatal error: Error raised at top level: <error>` is an error the note threw
    /// (`thrown`, the message is the error's text); another `Fatal error: <message>` is a trap
    /// (index out of range, overflow, a failed force unwrap); otherwise the last lines written.
    static func failure(fromStandardError text: String, status: Int32) -> (message: String, thrown: Bool) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        if let fatal = lines.last(where: { $0.contains("Fatal error: ") }),
            let range = fatal.range(of: "Fatal error: ")
        {
            let message = String(fatal[range.upperBound...])
            let topLevel = "Error raised at top level: "
            if message.hasPrefix(topLevel) { return (String(message.dropFirst(topLevel.count)), true) }
            return (message.isEmpty ? "fatal error" : message, false)
        }
        let tail = lines.suffix(6).joined(separator: "\n")
        return (tail.isEmpty ? "the compiled program exited with status \(status)" : tail, false)
    }

    func compare(
        _ note: InterpretedNote, _ program: NoteProgram, _ outcome: ProgramOutcome,
        into report: inout CompiledNoteReport
    ) {
        // A failed `#require` ends its block in the interpreter, which goes on with the next
        // one; in the program it is an error thrown at the top level, which ends the program
        // (top-level code cannot leave one block and go on). The failed check is compared; the
        // blocks after it are reported as not run, not as differences.
        let stoppedByRequire = outcome.stoppedByRequire
        func compiledOutputs(_ index: Int) -> [ComparableOutput] {
            var outputs = ComparableOutput.from(outcome.records[index] ?? [], moduleName: program.targetName)
            if outcome.unfinished == index, !stoppedByRequire {
                outputs.append(
                    outcome.thrown
                        ? .thrown(
                            outcome.failure.replacingOccurrences(of: program.targetName + ".", with: "Conformance."))
                        : .error(outcome.failure))
            }
            return outputs
        }
        func record(_ index: Int, _ result: BlockResult, line: Int, column: Int, prefix: String) {
            if stoppedByRequire, outcome.records[index] == nil, let stop = outcome.unfinished {
                report.skipped[index] =
                    "not run: the compiled program stopped at the failed #require of block \(stop), where the "
                    + "interpreter goes on with the next block"
                return
            }
            report.compared += 1
            let outcome = BlockComparison.compare(
                interpreted: ComparableOutput.from(result), compiled: compiledOutputs(index))
            for reordered in outcome.reordered {
                report.reordered.append(
                    DictionaryOrderNote(
                        path: note.path, line: line, column: column, what: prefix + reordered.what,
                        interpreted: reordered.interpreted, compiled: reordered.compiled))
            }
            if let difference = outcome.difference {
                report.differences.append(
                    BlockDifference(
                        path: note.path, block: index, line: line, column: column, what: prefix + difference.what,
                        interpreted: difference.interpreted, compiled: difference.compiled,
                        explanation: difference.explanation))
            } else {
                report.matching += 1
            }
        }
        for block in note.note.codeBlocks where program.blocks.contains(block.index) {
            guard let result = note.blockResults[block.index] else { continue }
            record(block.index, result, line: block.fenceLine, column: 1, prefix: "")
        }
        for expression in note.note.inlineExpressions {
            guard let result = note.inlineResults[expression.index] else { continue }
            record(
                NoteProgram.inlineKeyOffset + expression.index, result, line: expression.location.line,
                column: expression.location.column, prefix: "inline value: ")
        }
    }

    /// The compiler's diagnostics about the note at `path` (the `#sourceLocation` directives
    /// name it), each with the lines that follow it (the source excerpt), or all of the output
    /// when none names it.
    static func compilerErrors(_ output: String, path: String) -> [String] {
        var errors: [String] = []
        var current: String?
        for line in output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.contains(": error: ") {
                if let current { errors.append(current) }
                current = line.contains(path) ? line : nil
            } else if line.contains(": warning: ") || line.contains(": note: ") || line.hasPrefix("[") {
                if let done = current { errors.append(done) }
                current = nil
            } else if current != nil, !line.isEmpty {
                current? += "\n" + line
            }
        }
        if let current { errors.append(current) }
        return errors.isEmpty ? [output.split(separator: "\n").suffix(20).joined(separator: "\n")] : errors
    }
}

/// The package of compiled notes did not build, and no single note's program is to blame (a
/// problem with the Folio checkout or the toolchain).
public struct CompiledBuildFailed: Error, CustomStringConvertible {
    /// SwiftPM's output.
    public var output: String

    /// The failure and SwiftPM's output.
    public var description: String { "the compiled notes' package did not build:\n" + output }
}
