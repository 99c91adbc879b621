import Foundation
import Testing

/// What a new user meets in the first hour, end to end through the `folio` binary: each mistake
/// `check` used to pass now has its diagnostic at `file:line:col` and its exit status; the
/// tool's own messages (`--version`, `--help`, a bad option, the render summary) read right.
@Suite("first hour: mistakes check reports, and the tool's own messages")
struct FirstHourTests {
    /// A workspace whose `notes/n.md` is `body` after a front matter of three lines.
    static func workspace(_ body: String) throws -> URL {
        let root = try FolioProcess.workspace(with: [])
        try Data(("---\ntitle: N\n---\n" + body).utf8).write(to: root.appendingPathComponent("notes/n.md"))
        return root
    }

    @Test("a label used twice fails check at the second label")
    func duplicateLabel() throws {
        let root = try Self.workspace("$$\na = 1\n$$ {#eq-x}\n\n$$\nb = 2\n$$ {#eq-x}\n")
        let outcome = try FolioProcess.run(["check"], in: root)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.contains("notes/n.md:10:4: error: duplicate label 'eq-x': line 6 already defines it"),
            "\(outcome.stderr)")
    }

    @Test("a figure label used twice fails check at the second option")
    func duplicateFigureLabel() throws {
        let root = try Self.workspace(
            "```swift\n//| label: fig-a\nlet a = 1\n```\n\n```swift\n//| label: fig-a\nlet b = 2\n```\n")
        let outcome = try FolioProcess.run(["check"], in: root)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("notes/n.md:10:12: error: duplicate label 'fig-a'"), "\(outcome.stderr)")
    }

    @Test("an unclosed brace in math fails check at the brace")
    func brokenInlineMath() throws {
        let root = try Self.workspace("Half is $\\frac{1}{2$.\n")
        let outcome = try FolioProcess.run(["check"], in: root)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("notes/n.md:4:18: error: math: unbalanced '{'"), "\(outcome.stderr)")
    }

    @Test("mismatched environments fail check at the \\end")
    func mismatchedEnvironment() throws {
        let root = try Self.workspace("$$\n\\begin{pmatrix} 1 \\end{bmatrix}\n$$\n")
        let outcome = try FolioProcess.run(["check", "--format", "json"], in: root)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains(#""column":19,"file":"notes/n.md","id":null,"line":5"#), "\(outcome.stdout)")
        #expect(outcome.stdout.contains(#"\\begin{pmatrix} is ended by \\end{bmatrix}"#), "\(outcome.stdout)")
    }

    @Test("an unverified equation is a warning without --coverage, and check still passes")
    func unverifiedWarning() throws {
        let root = try Self.workspace("$$\na = 1\n$$ {#eq-a}\n")
        let outcome = try FolioProcess.run(["check"], in: root)
        #expect(outcome.status == 0)
        #expect(outcome.stderr.contains("notes/n.md:4:1: warning: equation 'eq-a' is unverified"), "\(outcome.stderr)")
    }

    @Test("a loop that runs out of time names its line and the timeout option")
    func timeBudgetHint() throws {
        let root = try Self.workspace("```swift\n//| timeout: 300ms\nvar n = 0\nwhile true {\n    n += 1\n}\n```\n")
        let outcome = try FolioProcess.run(["check"], in: root)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("error: time budget of"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("`timeout: 5m` in the front matter"), "\(outcome.stderr)")
    }

    @Test("an equation whose block did not run is 'not run' in the coverage report, not failed")
    func notRunCoverage() throws {
        let root = try Self.workspace(
            "$$\na = 1\n$$ {#eq-a}\n\n```swift\nlet x = nope\n```\n\n```swift\n//| verifies: eq-a\n#expect(1 == 1)\n```\n"
        )
        let outcome = try FolioProcess.run(["check", "--coverage"], in: root)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("0/1 verified · 1 not run"), "\(outcome.stdout)")
        #expect(!outcome.stdout.contains("failed"), "\(outcome.stdout)")
    }

    @Test("a runaway print is cut on the page; the whole text is a file beside it")
    func outputCap() throws {
        let root = try Self.workspace("```swift\nfor i in 1...5000 { print(i) }\n```\n")
        let outcome = try FolioProcess.run(["render"], in: root)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let page = try String(contentsOf: root.appendingPathComponent("output/n.html"), encoding: .utf8)
        #expect(page.contains("… 4900 lines omitted …"))
        #expect(page.utf8.count < 20_000, "the page holds 100 lines, not 5000")
        let full = try String(contentsOf: root.appendingPathComponent("output/n.block-1.txt"), encoding: .utf8)
        #expect(full.hasSuffix("4999\n5000\n"))
        #expect(full.split(separator: "\n").count == 5000)
    }

    @Test("render ends with one summary line")
    func renderSummary() throws {
        let root = try FolioProcess.workspace(with: ["passing.md"])
        let outcome = try FolioProcess.run(["render"], in: root)
        #expect(outcome.status == 0)
        let last = outcome.stderr.split(separator: "\n").last.map(String.init) ?? ""
        #expect(
            last.range(
                of: #"^✓ rendered 1 note → output/ · 1 block · 1 check · 1/1 equation verified · \d+\.\d s$"#,
                options: .regularExpression) != nil, "\(last)")
        let quiet = try FolioProcess.run(["render", "--quiet"], in: root)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
    }

    @Test("--version names the build; --help and a bad option read right")
    func toolMessages() throws {
        let root = try FolioProcess.workspace(with: [])
        let version = try FolioProcess.run(["--version"], in: root)
        #expect(version.status == 0)
        #expect(
            version.stdout.range(
                of: #"^folio \d+\.\d+ \((debug|release) build [0-9a-f]{16}, "#, options: .regularExpression)
                != nil, "\(version.stdout)")
        let help = try FolioProcess.run(["check", "--help"], in: root)
        #expect(help.stdout.components(separatedBy: "(default: notes)").count == 2, "\(help.stdout)")
        let bad = try FolioProcess.run(["check", "--bogus"], in: root)
        #expect(bad.status == 2)
        #expect(!bad.stderr.contains("OVERVIEW"), "\(bad.stderr)")
        #expect(bad.stderr.contains("Usage: folio check"), "\(bad.stderr)")
    }
}
