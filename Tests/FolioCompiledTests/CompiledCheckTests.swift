import FolioMarkdown
import FolioRender
import FolioScript
import Foundation
import Testing

@testable import FolioCompiled

/// The one test that builds with the toolchain: a small note compiled in the checkout's
/// `.folio-cache/compiled` package (shared with `folio check --compiled`, so the Folio
/// libraries build there once), with the interpreter's output of one block altered through the
/// comparison's input, as if the interpreter had a bug.
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
}
