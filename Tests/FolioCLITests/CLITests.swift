import Foundation
import Testing

/// End-to-end: the built `folio` on fixture notes, read as a user reads it: exit codes,
/// `file:line:col` diagnostics and the HTML written.
@Suite("folio end to end")
struct CLITests {
    @Test("check passes on a good note and prints a progress line")
    func checkPassing() throws {
        let root = try FolioProcess.workspace(with: ["passing.md"])
        let outcome = try FolioProcess.run(["check", "notes"], in: root)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("✓ notes/passing.md  1 block · 1 check"))
    }

    @Test("a failing #expect exits 1 and names file, line, column and values")
    func checkFailingExpect() throws {
        let root = try FolioProcess.workspace(with: ["failing-expect.md"])
        let outcome = try FolioProcess.run(["check", "notes/failing-expect.md"], in: root)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("notes/failing-expect.md:10:1: error: expectation failed: y == 5.0"))
        #expect(outcome.stderr.contains("y → 4.0"))
        #expect(outcome.stderr.contains("10 | #expect(y == 5.0)"))
    }

    @Test("a runtime error stops the note at its line; later blocks are not run")
    func checkRuntimeError() throws {
        let root = try FolioProcess.workspace(with: ["runtime-error.md"])
        let outcome = try FolioProcess.run(["check", "notes/runtime-error.md"], in: root)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("notes/runtime-error.md:8:16: error:"))
        #expect(outcome.stderr.contains("overflow"))
        let run = try FolioProcess.run(["run", "notes/runtime-error.md"], in: root)
        #expect(run.status == 1)
        #expect(!run.stdout.contains("not run"))
        #expect(!run.stdout.contains("never printed"))
    }

    @Test("a syntax error is reported at the note's line and the block does not run")
    func checkSyntaxError() throws {
        let root = try FolioProcess.workspace(with: ["syntax-error.md"])
        let outcome = try FolioProcess.run(["check", "notes/syntax-error.md"], in: root)
        #expect(outcome.status == 1)
        let firstLine = outcome.stderr.split(separator: "\n").first.map(String.init) ?? ""
        #expect(firstLine.hasPrefix("notes/syntax-error.md:"))
        let line = firstLine.split(separator: ":").dropFirst().first.flatMap { Int($0) }
        #expect(line.map { (9...10).contains($0) } == true, "\(firstLine)")
        #expect(outcome.stderr.contains("error:"))
    }

    @Test("a note without a title is an error at line 1")
    func missingTitle() throws {
        let root = try FolioProcess.workspace(with: ["no-title.md"])
        let outcome = try FolioProcess.run(["check", "notes/no-title.md"], in: root)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("notes/no-title.md:1:1: error:"))
        #expect(outcome.stderr.contains("title"))
    }

    @Test("usage and I/O problems exit 2")
    func usageErrors() throws {
        let root = try FolioProcess.workspace(with: [])
        #expect(try FolioProcess.run(["check", "nowhere.md"], in: root).status == 2)
        #expect(try FolioProcess.run(["frobnicate"], in: root).status == 2)
        #expect(try FolioProcess.run(["render", "--jobs-nonsense"], in: root).status == 2)
    }

    @Test("folio run prints what the compiled program prints")
    func runSwiftFile() throws {
        let root = try FolioProcess.workspace(with: ["hello.swift", "hello.expected"])
        let outcome = try FolioProcess.run(["run", "notes/hello.swift"], in: root)
        let expected = try String(
            contentsOf: FolioProcess.fixtures.appendingPathComponent("hello.expected"), encoding: .utf8)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == expected)
    }

    @Test("render writes the index, the pages and KaTeX; failures render in place")
    func renderSite() throws {
        let root = try FolioProcess.workspace(with: ["passing.md", "failing-expect.md"])
        let outcome = try FolioProcess.run(["render"], in: root)
        #expect(outcome.status == 1)
        let output = root.appendingPathComponent("output")
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("passing.html"))
        #expect(index.contains("failing-expect.html"))
        let page = try String(contentsOf: output.appendingPathComponent("passing.html"), encoding: .utf8)
        #expect(page.contains("total = 5050"))
        #expect(page.contains(#"\sum_{k=1}^{n} k = \frac{n(n+1)}{2}"#))
        #expect(page.contains("assets/katex/"))
        #expect(!page.contains("http://") && !page.contains("https://"))
        let failing = try String(contentsOf: output.appendingPathComponent("failing-expect.html"), encoding: .utf8)
        #expect(failing.contains("y == 5.0"))
        #expect(failing.contains("4.0"))
        #expect(
            FileManager.default.fileExists(atPath: output.appendingPathComponent("assets/katex/katex.min.js").path))
    }
}
