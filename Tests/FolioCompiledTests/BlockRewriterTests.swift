import FolioMarkdown
import Foundation
import Testing

@testable import FolioCompiled

@Suite struct BlockRewriterTests {
    let rewriter = BlockRewriter(line: 10, column: 1)

    @Test func checksBecomeRecorderCallsWithTheirPlaceInTheNote() {
        let code = "let x = 1\n  #expect(x < 2)\n#require(try f(x) == 1, \"why\")\n"
        let rewritten = rewriter.rewrite(code, displaysLastValue: true)
        #expect(
            rewritten
                == "let x = 1\n  try __folio.expect(__folio.value(x, \"x\") < 2, expression: \"x < 2\", line: 11, column: 3)\n"
                + "try __folio.require(try __folio.value(f(x), \"f(x)\") == 1, \"why\", expression: \"try f(x) == 1\", "
                + "line: 12, column: 1)\n")
    }

    @Test func theOperandsOfAComparisonAreRecordedForAFailedCheck() {
        let code = "#expect(abs(freq - p).max() < tolerance * 2)\n#expect((xs.mean() ≈ 0.5))\n"
        let rewritten = rewriter.rewrite(code, displaysLastValue: true)
        #expect(
            rewritten
                == "try __folio.expect(__folio.value(abs(freq - p).max(), \"abs(freq - p).max()\") < "
                + "__folio.value(tolerance * 2, \"tolerance * 2\"), expression: \"abs(freq - p).max() < tolerance * 2\", "
                + "line: 10, column: 1)\n"
                + "try __folio.expect((__folio.value(xs.mean(), \"xs.mean()\") ≈ 0.5), expression: \"(xs.mean() ≈ 0.5)\", "
                + "line: 11, column: 1)\n")
    }

    @Test func otherConditionsAreLeftAlone() {
        for code in [
            "#expect(a < b && c)\n", "#expect(xs.isEmpty)\n", "#expect(a < b == c)\n", "#expect(x == .zero ? a : b)\n",
            "#expect(1 < 2)\n",
        ] {
            #expect(!rewriter.rewrite(code, displaysLastValue: true).contains("value("), "\(code)")
        }
        // A literal operand is not recorded; the other one is.
        #expect(
            rewriter.rewrite("#expect(n == -1)\n", displaysLastValue: true).contains("__folio.value(n, \"n\") == -1"))
    }

    @Test func theLastExpressionIsDisplayedAndCallStatementsAreRecorded() {
        let code = "Chart { LineMark(x: xs, y: ys) }\nfor i in 0..<2 { show(i) }\nfunc g() -> Int { h() }\nxs.mean()\n"
        let rewritten = rewriter.rewrite(code, displaysLastValue: true)
        #expect(
            rewritten
                == "try __folio.statement(Chart { try! LineMark(x: xs, y: ys) })\n"
                + "for i in try 0..<2 { try __folio.statement(show(i)) }\nfunc g() -> Int { try! h() }\n"
                + "try __folio.display(xs.mean())\n")
    }

    @Test func assignmentsMacrosAndIfExpressionsAreNotDisplayed() {
        for code in ["x = 2\n", "x += 2\n", "#expect(x)\n", "if x { 1 } else { 2 }\n"] {
            #expect(!rewriter.rewrite(code, displaysLastValue: true).contains("display("), "\(code)")
        }
    }

    @Test func theStandardRandomFamilyDrawsFromTheBlockStream() {
        let code =
            "let u = Double.random(in: 0..<1)\nlet b = Bool.random()\nlet s = xs.shuffled()\nlet r = Double.random(in: 0..<1, using: &g)\n"
        let rewritten = rewriter.rewrite(code, displaysLastValue: false)
        #expect(
            rewritten
                == "let u = try Double.random(in: 0..<1, using: &__folio.stream)\n"
                + "let b = try Bool.random(using: &__folio.stream)\nlet s = try xs.shuffled(using: &__folio.stream)\n"
                + "let r = try Double.random(in: 0..<1, using: &g)\n")
    }

    @Test func tryIsAddedWhereSwiftNeedsItAndTheInterpreterDoesNot() {
        let code =
            "let y = a * b\nfunc f(_ t: Tensor) -> Tensor { t * t }\nfunc g() throws -> Double { return h() }\n"
            + "let m = xs.map { $0 * 2 }\nlet k = try f(y)\nlet n = 3\n"
        let rewritten = rewriter.rewrite(code, displaysLastValue: false)
        #expect(
            rewritten
                == "let y = try a * b\nfunc f(_ t: Tensor) -> Tensor { try! t * t }\n"
                + "func g() throws -> Double { return try h() }\nlet m = try xs.map { try! $0 * 2 }\n"
                + "let k = try f(y)\nlet n = 3\n")
    }

    @Test func linesStayWhereTheyWereSoSourceLocationsMapBack() {
        let code = "let a = [\n  1,\n  2,\n]\n#expect(\n  a.count == 3\n)\nprint(a)\n"
        let rewritten = rewriter.rewrite(code, displaysLastValue: true)
        #expect(rewritten.split(separator: "\n", omittingEmptySubsequences: false).count == 9)
        #expect(rewritten.contains("line: 14, column: 1"))
    }
}

@Suite struct ExportTests {
    @Test func anExportedPackageSaysHowToBuildAndRunIt() throws {
        let note = try Note.parse("---\ntitle: T\n---\n\n```swift\nprint(1)\n```\n", path: "notes/t.md")
        let program = NoteProgram(note: note, path: "notes/t.md", noteFolder: "/tmp/notes", targetName: "Note_t")
        let package = CompiledPackage(
            directory: URL(fileURLWithPath: "/tmp/out"), folioCheckout: URL(fileURLWithPath: "/src/folio"))
        let readme = package.exportReadme(for: program)
        #expect(readme.hasPrefix("# Note_t\n"))
        #expect(readme.contains("\n    swift run -c release Note_t\n"))
        #expect(readme.contains("`/src/folio` by path"))
        #expect(readme.contains("`notes/t.md`"))
    }
}
