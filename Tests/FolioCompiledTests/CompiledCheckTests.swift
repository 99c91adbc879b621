import FolioMarkdown
import FolioRender
import FolioScript
import Foundation
import Testing

@testable import FolioCompiled

/// The tests that build with the toolchain: small notes compiled in the checkout's
/// `.folio-cache/compiled` package (shared with `folio check --compiled`, so the Folio
/// libraries build there once): an injected difference (the interpreter's output of one block
/// altered through the comparison's input, as if the interpreter had a bug), the budgets, and
/// dictionaries printed in hash order.
@Suite(.serialized) struct CompiledCheckTests {
    static let note = """
        ---
        title: Two engines
        seed: 3
        ---

        ```swift
        let xs: Tensor = [1, 2, 3]
        print("sum", try xs.sum().scalar)
        ```

        ```swift
        let u = Double.random(in: 0..<1)
        let t = Tensor.uniform(shape: [2])
        print(u, t)
        #expect(t.max() < 1)
        xs.mean()
        ```

        The mean is `{swift} xs.mean()`.
        """

    @Test func anInjectedDifferenceIsReportedAtItsBlockWithBothVersions() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "folio-compiled-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("two-engines.md").path
        try Self.note.write(toFile: path, atomically: true, encoding: .utf8)

        let run = NoteRunner.run(source: Self.note, path: path)
        #expect(run.succeeded, "\(run.diagnostics)")
        let note = try #require(run.note)
        var interpreted = InterpretedNote(
            path: path, note: note, blockResults: run.blockResults, inlineResults: run.inlineResults)
        let second = try #require(note.codeBlocks.last)
        // The seam: the interpreter's printed text of the second block, altered.
        let original = try #require(interpreted.blockResults[second.index])
        let printed = original.printedText
        interpreted.blockResults[second.index] = BlockResult(
            outputs: original.outputs.map { output in
                if case .printed(let text) = output { .printed(text + "(altered)\n") } else { output }
            })

        let checkout = CompiledPackage.defaultCheckout
        let package = CompiledPackage(
            directory: checkout.appendingPathComponent(".folio-cache/compiled"), folioCheckout: checkout)
        let reports = try CompiledCheck(package: package).run([interpreted])
        let report = try #require(reports.first)
        #expect(report.buildErrors.isEmpty, "\(report.buildErrors)")
        // Two blocks and one inline expression compared; only the altered block differs.
        #expect(report.compared == 3)
        #expect(report.matching == 2)
        let difference = try #require(report.differences.first)
        #expect(report.differences.count == 1)
        #expect(difference.line == second.fenceLine)
        #expect(difference.what == "printed text")
        #expect(difference.compiled == printed.debugDescription)
        #expect(difference.interpreted == (printed + "(altered)\n").debugDescription)
        #expect(difference.description.hasPrefix("\(path):\(second.fenceLine):1: error: "))
    }

    @Test func aCompiledNoteRunsItsProgramAndReusesTheExecutable() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-engine-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("compiled.md").path
        let source = """
            ---
            title: Compiled
            engine: compiled
            ---

            ```swift
            var total = 0
            for i in 1...\(Int.random(in: 1000...100_000)) { total += i }
            print(total > 0)
            #expect(total > 0)
            ```
            """
        let note = try Note.parse(source, path: path)
        let checkout = CompiledPackage.defaultCheckout
        let engine = CompiledEngine(
            package: CompiledPackage(
                directory: checkout.appendingPathComponent(".folio-cache/compiled"), folioCheckout: checkout))
        let first = try engine.run(note, path: path, timeout: .seconds(60))
        #expect(!first.cached)
        #expect(first.buildErrors.isEmpty, "\(first.buildErrors)")
        let block = try #require(first.blocks[0])
        #expect(block.printedText == "true\n")
        #expect(block.checks.map(\.passed) == [true])
        let again = try engine.run(note, path: path, timeout: .seconds(60))
        #expect(again.cached)
        #expect(again.blocks[0] == block)
    }

    /// The package the tests build in (shared with `folio check --compiled`).
    static var package: CompiledPackage {
        let checkout = CompiledPackage.defaultCheckout
        return CompiledPackage(
            directory: checkout.appendingPathComponent(".folio-cache/compiled"), folioCheckout: checkout)
    }

    /// Writes `source` as `name` in a new temporary folder; returns its path and the folder.
    static func write(_ source: String, as name: String) throws -> (path: String, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-budget-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try source.write(toFile: path, atomically: true, encoding: .utf8)
        return (path, folder)
    }

    @Test func aCompiledNoteOverItsMemoryBudgetIsStoppedAtTheBlock() throws {
        let source = """
            ---
            title: Memory
            engine: compiled
            memory: 16MB
            ---

            ```swift
            print("small")
            ```

            ```swift
            var chunks: [[Double]] = []
            for _ in 0..<200 { chunks.append([Double](repeating: 1, count: 1_000_000)) }
            print(chunks.count)
            ```

            ```swift
            print("after")
            ```
            """
        let (path, folder) = try Self.write(source, as: "memory-budget.md")
        defer { try? FileManager.default.removeItem(at: folder) }
        let note = try Note.parse(source, path: path)
        let results = try CompiledEngine(package: Self.package).run(note, path: path, timeout: .seconds(60))
        #expect(results.buildErrors.isEmpty, "\(results.buildErrors)")
        #expect(results.blocks[0]?.printedText == "small\n")
        let stopped = try #require(results.blocks[1])
        #expect(stopped.printedText == "")
        let error = try #require(stopped.error)
        #expect(error.message.hasPrefix("memory budget of 16 MiB exceeded: the compiled program has grown by "))
        #expect(error.line == note.codeBlocks[1].fenceLine)
        #expect(results.blocks[2] == nil)

        // Through the runner, as `render` and `check` run it: the error is the block's, and the
        // block after it did not run.
        let run = NoteRunner.run(source: source, path: path)
        #expect(!run.succeeded)
        #expect(
            run.diagnostics.contains {
                $0.line == note.codeBlocks[1].fenceLine && $0.message.contains("memory budget of 16 MiB exceeded")
            }, "\(run.diagnostics)")
    }

    @Test func aCompiledNoteOverItsTimeBudgetIsStoppedAtTheBlock() throws {
        let source = """
            ---
            title: Time
            engine: compiled
            timeout: 1s
            ---

            ```swift
            var total = 0.0
            while true { total += Double.random(in: 0..<1) }
            ```
            """
        let (path, folder) = try Self.write(source, as: "time-budget.md")
        defer { try? FileManager.default.removeItem(at: folder) }
        let note = try Note.parse(source, path: path)
        let engine = CompiledEngine(package: Self.package)
        // Built first (the build is not part of the budget), then timed.
        _ = try engine.run(note, path: path, timeout: .seconds(1))
        let started = ContinuousClock.now
        let results = try engine.run(note, path: path, timeout: .seconds(1))
        let elapsed = ContinuousClock.now - started
        #expect(results.cached)
        #expect(elapsed < .seconds(3))
        let error = try #require(results.blocks[0]?.error)
        // Stopped by the program itself (BudgetWatch), worded as the interpreter's.
        #expect(error.message == "time budget of 1 s exceeded")
        #expect(error.line == note.codeBlocks[0].fenceLine)
    }

    @Test func aDictionaryPrintedInHashOrderIsANoteAndChangedContentsAreAnError() throws {
        let source = """
            ---
            title: Dictionaries
            ---

            ```swift
            var counts: [String: Int] = [:]
            for word in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota"] {
                counts[word] = word.count
            }
            print(counts)
            ```
            """
        let (path, folder) = try Self.write(source, as: "dictionaries.md")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = NoteRunner.run(source: source, path: path)
        #expect(run.succeeded, "\(run.diagnostics)")
        let note = try #require(run.note)
        let block = try #require(note.codeBlocks.first)
        let interpreted = InterpretedNote(
            path: path, note: note, blockResults: run.blockResults, inlineResults: run.inlineResults)
        let printed = try #require(run.blockResults[block.index]?.printedText)
        #expect(printed.hasPrefix("[\"alpha\": 5, \"beta\": 4, "))

        let check = CompiledCheck(package: Self.package)
        let report = try #require(try check.run([interpreted]).first)
        #expect(report.buildErrors.isEmpty, "\(report.buildErrors)")
        // Swift's hash order (deterministic: folio sets SWIFT_DETERMINISTIC_HASHING) is not the
        // insertion order of nine keys: the block matches only with the entries sorted, and
        // that is reported.
        #expect(report.differences.isEmpty, "\(report.differences)")
        #expect(report.matching == 1)
        let reordered = try #require(report.reordered.first)
        #expect(reordered.line == block.fenceLine)
        #expect(reordered.what == "printed text")
        #expect(reordered.interpreted == printed.debugDescription)
        #expect(reordered.compiled != reordered.interpreted)
        #expect(reordered.description.contains(": note: the compiled note's printed text prints the same dictionaries"))

        // The interpreter's dictionary with one value changed: a difference, at the block.
        var altered = interpreted
        altered.blockResults[block.index] = BlockResult(
            outputs: [.printed(printed.replacingOccurrences(of: "\"beta\": 4", with: "\"beta\": 5"))])
        let second = try #require(try check.run([altered]).first)
        #expect(second.reordered.isEmpty)
        let difference = try #require(second.differences.first)
        #expect(difference.line == block.fenceLine)
        #expect(difference.what == "printed text")
    }

    @Test func aFailedChecksOperandsAreComparedAndAnInjectedValueIsReported() throws {
        let source = """
            ---
            title: Failing check
            ---

            ```swift
            let xs: Tensor = [1, 2, 4]
            let limit = 2.0
            #expect(xs.sum().scalar / 3 < limit, "the mean is small")
            print("went on")
            ```
            """
        let (path, folder) = try Self.write(source, as: "failing-check.md")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = NoteRunner.run(source: source, path: path)
        let note = try #require(run.note)
        let block = try #require(note.codeBlocks.first)
        let result = try #require(run.blockResults[block.index])
        let check = try #require(result.checks.first)
        #expect(!check.passed)
        #expect(check.values.contains(ExpressionValue(expression: "limit", value: "2.0")))
        let interpreted = InterpretedNote(
            path: path, note: note, blockResults: run.blockResults, inlineResults: run.inlineResults)

        let compiledCheck = CompiledCheck(package: Self.package)
        let report = try #require(try compiledCheck.run([interpreted]).first)
        #expect(report.buildErrors.isEmpty, "\(report.buildErrors)")
        #expect(report.differences.isEmpty, "\(report.differences)")

        // The interpreter's value of the left operand, altered: reported at the block.
        var altered = interpreted
        var wrong = check
        wrong.values = check.values.map { value in
            value.expression == "xs.sum().scalar / 3"
                ? ExpressionValue(expression: value.expression, value: "2.5") : value
        }
        #expect(wrong.values != check.values)
        altered.blockResults[block.index] = BlockResult(
            outputs: result.outputs.map { if case .check = $0 { .check(wrong) } else { $0 } })
        let second = try #require(try compiledCheck.run([altered]).first)
        let difference = try #require(second.differences.first)
        #expect(difference.line == block.fenceLine)
        #expect(difference.what == "check 1")
        #expect(difference.interpreted.contains("xs.sum().scalar / 3 → 2.5"))
        #expect(difference.compiled.contains("xs.sum().scalar / 3 → 2.3333333333333335"))
    }

    @Test func thrownErrorsAreComparedByTheirTextAndAFailedRequireEndsTheProgram() throws {
        let sources = [
            "require.md": """
            ---
            title: Require
            ---

            ```swift
            let x = 2
            #require(x < 1)
            ```

            ```swift
            print("next")
            ```
            """,
            "thrown.md": """
            ---
            title: Thrown
            ---

            ```swift
            enum Bad: Error { case oops }
            func g() throws -> Int { throw Bad.oops }
            let y = try g()
            ```
            """,
            "library.md": """
            ---
            title: Library error
            ---

            ```swift
            let a: Tensor = [1, 2]
            let b: Tensor = [1, 2, 3]
            let c = try matmul(a, b)
            ```
            """,
        ]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-errors-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var notes: [InterpretedNote] = []
        for name in sources.keys.sorted() {
            let path = folder.appendingPathComponent(name).path
            let source = sources[name] ?? ""
            try source.write(toFile: path, atomically: true, encoding: .utf8)
            let run = NoteRunner.run(source: source, path: path)
            let note = try #require(run.note)
            notes.append(
                InterpretedNote(
                    path: path, note: note, blockResults: run.blockResults, inlineResults: run.inlineResults))
        }
        let check = CompiledCheck(package: Self.package)
        let reports = try check.run(notes)
        #expect(reports.count == 3)
        for report in reports {
            #expect(report.buildErrors.isEmpty, "\(report.buildErrors)")
            #expect(report.differences.isEmpty, "\(report.path): \(report.differences)")
        }
        // library.md, require.md, thrown.md (sorted).
        #expect(reports[0].matching == 1)
        #expect(reports[1].compared == 1)
        #expect(
            reports[1].skipped[1]?.hasPrefix("not run: the compiled program stopped at the failed #require") == true)
        #expect(reports[2].matching == 1)

        // The interpreter's message of the thrown error, altered: a difference at the block.
        var altered = notes[2]
        let block = try #require(altered.note.codeBlocks.first)
        let error = try #require(altered.blockResults[block.index]?.error)
        #expect(error.message == "error thrown and not caught: Conformance.Bad.oops")
        var wrong = error
        wrong.message = "error thrown and not caught: Conformance.Bad.other"
        altered.blockResults[block.index] = BlockResult(outputs: [.error(wrong)])
        let report = try #require(try check.run([altered]).first)
        let difference = try #require(report.differences.first)
        #expect(difference.line == block.fenceLine)
        #expect(difference.what == "error")
        #expect(difference.compiled == "stopped with an error: \"Conformance.Bad.oops\"")
    }
}
