import FolioMarkdown
import FolioScript
import Testing

@testable import FolioRender

/// The runner's rules, with a fake interpreter (hand-built `BlockResult`s).
@Suite struct NoteRunnerRulesTests {
    @Test func fixtureLinesMatchTheSource() {
        let lines = Fixtures.source.split(separator: "\n", omittingEmptySubsequences: false)
        for block in Fixtures.note.codeBlocks {
            #expect(lines[block.fenceLine - 1].hasPrefix("```"), "block \(block.index)")
            #expect(block.code.hasPrefix(String(lines[block.codeStart.line - 1])), "block \(block.index)")
        }
    }

    @Test func countsDiagnosticsAndStops() {
        let run = Fixtures.run
        #expect(run.slug == "gumbel")
        #expect(run.blocksRun == 3)
        #expect(run.checksPassed == 1)
        #expect(run.checksFailed == 1)
        #expect(!run.succeeded)
        #expect(run.blockResults[3] == nil)
        #expect(run.blockResults[4] == nil)
        #expect(
            run.diagnostics == [
                Diagnostic(
                    .error, "expectation failed: p[0] > 0.5\n  p[0] → 0.2", file: Fixtures.path, line: 20, column: 1,
                    id: .checkFailed),
                Diagnostic(
                    .error, "cannot find 'undefined' </script> in scope", file: Fixtures.path, line: 33, column: 9),
                Diagnostic(
                    .error, "unknown cross-reference '@fig-nope': no figure, table, equation or section has that label",
                    file: Fixtures.path, line: 44, column: 60),
            ])
        let statuses = Fixtures.note.codeBlocks.map(run.status(of:))
        #expect(statuses == [.failed, .failedAsExpected, .failed, .notRun, .notExecutable])
        #expect(run.verifications == [EquationVerification(label: "eq-gumbel-max", blocks: [0], verified: false)])
        #expect(run.equationsLabelled == 1 && run.equationsVerified == 0)
    }

    func note(_ blocks: [CodeBlock], labels: [String] = ["eq-a"]) -> Note {
        Note(
            path: "n.md", source: "", frontMatter: FrontMatter(title: "T"), codeBlocks: blocks,
            displayMath: labels.map {
                DisplayMath(tex: "x", label: $0, location: FolioMarkdown.SourceLocation(line: 1, column: 1))
            })
    }

    func passing(_ line: Int = 5) -> BlockResult {
        BlockResult(outputs: [
            .check(CheckResult(kind: .expect, passed: true, expression: "true", line: line, column: 1))
        ])
    }

    func failing(_ message: String, line: Int = 5) -> BlockResult {
        BlockResult(outputs: [.error(Diagnostic(.error, message, file: "n.md", line: line, column: 3))])
    }

    @Test func verifiedEquation() {
        let blocks = [Fixtures.block(0, options: [("verifies", "eq-a")], code: "#expect(true)\n", line: 5)]
        let run = NoteRunner.run(note(blocks), path: "n.md") { _ in passing() }
        #expect(run.succeeded)
        #expect(run.verifications == [EquationVerification(label: "eq-a", blocks: [0], verified: true)])
    }

    @Test func expectedErrorThatHappens() {
        let blocks = [
            Fixtures.block(0, options: [("error", "index out of range")], code: "a[9]\n", line: 5),
            Fixtures.block(1, code: "#expect(true)\n", line: 9),
        ]
        let run = NoteRunner.run(note(blocks, labels: []), path: "n.md") {
            $0.index == 0 ? failing("index out of range: 9 ≥ 3") : passing(9)
        }
        #expect(run.succeeded)
        #expect(run.diagnostics.isEmpty)
        #expect(run.blocksRun == 2 && run.checksPassed == 1)
        #expect(run.status(of: blocks[0]) == .failedAsExpected)
    }

    @Test func expectedErrorThatDoesNotHappen() {
        let blocks = [
            Fixtures.block(0, options: [("error", "overflow")], code: "1 + 1\n", line: 5),
            Fixtures.block(1, code: "#expect(true)\n", line: 9),
        ]
        let run = NoteRunner.run(note(blocks, labels: []), path: "n.md") { $0.index == 0 ? BlockResult() : passing(9) }
        #expect(!run.succeeded)
        #expect(run.blocksRun == 2, "a block that succeeds against expectation does not stop the note")
        #expect(run.diagnostics.count == 1)
        #expect(run.diagnostics.first?.line == 3 && run.diagnostics.first?.column == 1)
        #expect(run.diagnostics.first?.message.contains("but it succeeded") == true)
        #expect(run.blockDiagnostics[0]?.count == 1)
        #expect(run.status(of: blocks[0]) == .failed)
    }

    @Test func expectedErrorThatIsAnotherError() {
        let blocks = [
            Fixtures.block(0, options: [("error", "overflow")], code: "y\n", line: 5),
            Fixtures.block(1, code: "#expect(true)\n", line: 9),
        ]
        let run = NoteRunner.run(note(blocks, labels: []), path: "n.md") {
            $0.index == 0 ? failing("cannot find 'y'") : passing(9)
        }
        #expect(!run.succeeded)
        #expect(run.blocksRun == 1, "an unexpected error stops the note")
        #expect(run.diagnostics.map(\.line) == [3, 5], "document order")
        #expect(run.diagnostics.first?.message.contains("but it failed with: cannot find 'y'") == true)
    }

    @Test func verifiesUnknownLabel() {
        let blocks = [Fixtures.block(0, options: [("verifies", "eq-a, eq-nope")], code: "#expect(true)\n", line: 5)]
        let run = NoteRunner.run(note(blocks), path: "n.md") { _ in passing() }
        #expect(!run.succeeded)
        #expect(run.diagnostics.count == 1)
        #expect(run.diagnostics.first?.line == 3)
        #expect(run.diagnostics.first?.message.contains("eq-nope") == true)
        #expect(run.verifications.first?.verified == false, "the block that verifies it has an error")
    }

    @Test func verifyingBlockWithoutChecks() {
        let blocks = [Fixtures.block(0, options: [("verifies", "eq-a")], code: "print(1)\n", line: 5)]
        let run = NoteRunner.run(note(blocks), path: "n.md") { _ in BlockResult(outputs: [.printed("1\n")]) }
        #expect(run.succeeded, "checking nothing is not a failure: the equation is unverified")
        #expect(run.diagnostics.first?.severity == .warning)
        #expect(run.diagnostics.first?.message.contains("ran no #expect or #require") == true)
        #expect(run.verifications == [EquationVerification(label: "eq-a", blocks: [0], verified: false, failed: false)])
        #expect(run.verifications.first?.unverified == true)
        #expect(run.equationsVerified == 0 && run.equationsFailed == 0 && run.equationsLabelled == 1)
    }

    @Test func evalFalseVerifyingBlockLeavesTheEquationUnverified() {
        let blocks = [
            Fixtures.block(0, options: [("verifies", "eq-a"), ("eval", "false")], code: "#expect(true)\n", line: 5)
        ]
        let run = NoteRunner.run(note(blocks), path: "n.md") { _ in passing() }
        #expect(run.succeeded)
        #expect(run.diagnostics.map(\.severity) == [.warning])
        #expect(run.verifications.first?.unverified == true)
    }

    @Test func evalFalseDoesNotRun() {
        let blocks = [
            Fixtures.block(0, options: [("eval", "false")], code: "fatal()\n", line: 5),
            Fixtures.block(1, code: "#expect(true)\n", line: 9),
        ]
        var ran: [Int] = []
        let run = NoteRunner.run(note(blocks, labels: []), path: "n.md") {
            ran.append($0.index)
            return passing(9)
        }
        #expect(ran == [1])
        #expect(run.blocksRun == 1 && run.succeeded)
        #expect(run.status(of: blocks[0]) == .notExecutable)
    }

    @Test func failedRequireIsReportedOnce() {
        let blocks = [Fixtures.block(0, code: "#require(x > 1)\n", line: 5)]
        let run = NoteRunner.run(note(blocks, labels: []), path: "n.md") { _ in
            BlockResult(outputs: [
                .check(
                    CheckResult(
                        kind: .require, passed: false, expression: "x > 1", line: 5, column: 1,
                        values: [ExpressionValue(expression: "x", value: "0")])),
                .error(
                    Diagnostic(.error, "requirement failed: x > 1", file: "n.md", line: 5, column: 1, id: .checkFailed)),
            ])
        }
        #expect(
            run.diagnostics == [
                Diagnostic(
                    .error, "requirement failed: x > 1\n  x → 0", file: "n.md", line: 5, column: 1, id: .checkFailed)
            ])
        #expect(run.checksFailed == 1)
    }

    @Test func crossReferencesInTheSource() {
        let refs = CrossReferences.references(in: Fixtures.note)
        #expect(refs.map(\.label) == ["fig-gumbel", "eq-gumbel-max", "sec-failure-recovery", "fig-nope"])
        #expect(refs.first?.location == FolioMarkdown.SourceLocation(line: 44, column: 5))
        #expect(refs.last?.location == FolioMarkdown.SourceLocation(line: 44, column: 60))
    }

    @Test func slugs() {
        #expect(NoteRunner.slug(forPath: "notes/gumbel-softmax.md") == "gumbel-softmax")
        #expect(NoteRunner.slug(forPath: "x.md") == "x")
        #expect(NoteRunner.slug(forPath: "a/b/c") == "c")
    }

    @Test func unreadableNoteIsAnErrorAtItsLocation() {
        let run = NoteRunner.run(source: "---\ntags: [x]\n---\n\nNo title.\n", path: "notes/no-title.md")
        #expect(run.note == nil)
        #expect(!run.succeeded)
        #expect(run.slug == "no-title")
        #expect(run.diagnostics.count == 1)
        #expect(run.diagnostics.first?.file == "notes/no-title.md")
        #expect(run.diagnostics.first?.line == 1)
        #expect(run.source.hasPrefix("---\ntags"))
    }
}
