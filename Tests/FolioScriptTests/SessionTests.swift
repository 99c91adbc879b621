import FolioScript
import Testing

@Suite struct SessionTests {
    @Test func blocksShareOneScope() {
        let session = ScriptSession(file: "n.md")
        #expect(run("let base = 10\nfunc twice(_ x: Int) -> Int { 2 * x }", in: session, block: 0).error == nil)
        #expect(run("var counter = twice(base)", in: session, block: 1).error == nil)
        let third = run("counter += 1\nprint(counter, twice(counter))", in: session, block: 2)
        #expect(third.printedText == "21 42\n")
    }

    @Test func aBlockThatFailsToLowerLeavesTheScopeUnchanged() {
        let session = ScriptSession(file: "n.md")
        #expect(run("let ok = 1\nlet bad = ok + 0.5", in: session).error != nil)
        #expect(run("let ok = 2\nprint(ok)", in: session).printedText == "2\n")
    }

    @Test func redeclarationAcrossBlocksIsAnError() {
        let session = ScriptSession(file: "n.md")
        _ = run("let x = 1", in: session)
        #expect(run("let x = 2", in: session).error?.id == .invalidRedeclaration)
    }

    @Test func printsMergeAndKeepOrderWithChecks() {
        let result = run("print(\"a\")\nprint(\"b\")\n#expect(1 < 2)\nprint(\"c\")")
        guard result.outputs.count == 3 else {
            Issue.record("outputs: \(result.outputs)")
            return
        }
        #expect(result.outputs[0] == .printed("a\nb\n"))
        if case .check(let check) = result.outputs[1] { #expect(check.passed) } else { Issue.record("not a check") }
        #expect(result.outputs[2] == .printed("c\n"))
    }

    @Test func onPrintStreams() {
        let session = ScriptSession(file: "n.md")
        let collected = Collected()
        session.onPrint = { collected.text += $0 }
        _ = run("print(1)\nprint(2, separator: \"\", terminator: \"!\")", in: session)
        #expect(collected.text == "1\n2!")
    }
}

final class Collected: @unchecked Sendable {
    var text = ""
}

@Suite struct LastValueTests {
    @Test func trailingExpressionIsDisplayed() {
        #expect(run("let x = 2\nx * 21").outputs == [.value("42")])
        #expect(run("let a = [0.5, 1]\na").outputs == [.value("[0.5, 1.0]")])
        #expect(run("\"text\"").outputs == [.value("text")])
    }

    @Test func voidAssignmentsAndPrintsAreNotDisplayed() {
        #expect(run("var x = 1\nx = 2").outputs.isEmpty)
        #expect(run("var x = 1\nx += 2").outputs.isEmpty)
        #expect(run("print(3)").outputs == [.printed("3\n")])
        #expect(run("let x = 2\nx * 21", display: false).outputs.isEmpty)
    }
}

@Suite struct DiagnosticLocationTests {
    @Test func syntaxErrorsAreReportedAtTheNotesLine() {
        let result = run("let a = 1\nlet b = (a +\nprint(b)", line: 12, column: 1)
        let error = result.error
        #expect(error != nil)
        #expect((error?.line ?? 0) >= 13)
        #expect(error?.file == "t.md")
        #expect(result.outputs.count == 1)
    }

    @Test func aBlockWithASyntaxErrorDoesNotRun() {
        let result = run("print(\"ran\")\nlet = 3", line: 12, column: 1)
        #expect(result.printedText == "")
        #expect(result.error?.line == 13)
    }

    @Test func columnOffsetAppliesOnEveryLine() {
        let error = run("let a = 1\nlet b = c", line: 20, column: 5).error
        #expect(error?.line == 21)
        #expect(error?.column == 13)
        #expect(error?.id == .cannotFindInScope)
    }

    @Test func formattedDiagnosticShowsTheSource() {
        let source = "x\ny\nlet z = nope\n"
        let error = run("let z = nope", line: 3, column: 1).error
        let text = error?.formatted(source: source) ?? ""
        #expect(text.hasPrefix("t.md:3:9: error: cannot find 'nope' in scope"))
    }
}
