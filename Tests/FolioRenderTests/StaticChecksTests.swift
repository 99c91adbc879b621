import FolioMarkdown
import FolioScript
import Testing

@testable import FolioRender

/// The mistakes `folio check` used to let through: duplicate labels, math KaTeX refuses, an
/// equation nothing verifies, an equation whose block never ran, a runaway loop, a runaway
/// `print`. Each is a diagnostic at its line and column (or a distinct badge).
@Suite struct StaticChecksTests {
    static func run(_ body: String) -> NoteRun {
        NoteRunner.run(source: "---\ntitle: T\n---\n" + body, path: "n.md")
    }

    static func errors(_ run: NoteRun) -> [String] {
        run.diagnostics.filter { $0.severity == .error }.map { "\($0.line):\($0.column): \($0.message)" }
    }

    @Test func equationLabelTwiceIsAnErrorAtTheSecondLabel() {
        let run = Self.run("$$\na = 1\n$$ {#eq-x}\n\n$$\nb = 2\n$$ {#eq-x}\n")
        #expect(!run.succeeded)
        #expect(
            Self.errors(run) == [
                "10:4: duplicate label 'eq-x': line 6 already defines it (a label names one equation, figure, table or section)"
            ])
    }

    @Test func figureLabelTwiceIsAnErrorAtTheOption() {
        let run = Self.run(
            "```swift\n//| label: fig-a\nlet a = 1\n```\n\n```swift\n//| label: fig-a\nlet b = 2\n```\n")
        #expect(!run.succeeded)
        #expect(Self.errors(run).count == 1)
        #expect(Self.errors(run).first?.hasPrefix("10:12: duplicate label 'fig-a': line 5 already defines it") == true)
    }

    @Test func distinctLabelsPass() {
        let run = Self.run(
            "$$\na = 1\n$$ {#eq-x}\n\n```swift\n//| label: fig-a\n//| verifies: eq-x\n#expect(1 == 1)\n```\n")
        #expect(run.succeeded)
        #expect(run.diagnostics.isEmpty)
    }

    @Test func unclosedBraceInInlineMath() {
        let run = Self.run("Half is $\\frac{1}{2$ here.\n")
        #expect(!run.succeeded)
        #expect(
            Self.errors(run) == [
                "4:18: math: unbalanced '{': it is never closed (KaTeX would refuse this formula)"
            ])
    }

    @Test func mismatchedEnvironmentsInDisplayMath() {
        let run = Self.run("$$\nM = \\begin{pmatrix} 1 & 2 \\end{bmatrix}\n$$\n")
        #expect(
            Self.errors(run) == [
                "5:27: math: \\begin{pmatrix} is ended by \\end{bmatrix} (KaTeX would refuse this formula)"
            ])
    }

    @Test func unknownEnvironmentAndDisplayOnlyEnvironment() {
        let run = Self.run("$$\n\\begin{eqnarray} a \\end{eqnarray}\n$$\n\nInline $\\begin{align} a \\end{align}$.\n")
        let errors = Self.errors(run)
        #expect(errors.count == 2)
        #expect(errors.first?.hasPrefix("5:1: math: KaTeX does not know the environment 'eqnarray'") == true)
        #expect(errors.last?.hasPrefix("8:9: math: \\begin{align} works only in display math") == true)
    }

    @Test(arguments: [
        "\\frac{1}{2}", "\\{x\\}", "\\left( \\frac{a}{b} \\right)", "\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}",
        "a \\leftarrow b", "\\begin{array}{cc} 1 & 2 \\end{array}", "50\\% % a comment with {",
        "\\begin{cases} 1 & x > 0 \\\\ 0 & \\text{else} \\end{cases}", "\\left\\{ x \\right.",
    ])
    func validTeXHasNoProblems(_ tex: String) {
        #expect(MathValidator.problems(in: tex, display: true) == [])
    }

    @Test(arguments: [
        ("x}", "unbalanced '}': no '{' opens it"),
        ("\\left( x", "\\left has no matching \\right"),
        ("x \\right)", "\\right has no matching \\left in its group"),
        ("\\end{matrix}", "\\end{matrix} without \\begin{matrix}"),
        ("\\begin{matrix} a", "\\begin{matrix} has no \\end{matrix}"),
        ("{\\left( x}", "\\left has no matching \\right in its group"),
    ])
    func brokenTeXIsReported(_ tex: String, _ message: String) {
        #expect(MathValidator.problems(in: tex, display: true).map(\.message) == [message])
    }

    @Test func unverifiedEquationIsAWarningWithoutCoverage() {
        let run = Self.run("$$\na = 1\n$$ {#eq-lonely}\n")
        #expect(run.succeeded)
        let warnings = run.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.map(\.line) == [4])
        #expect(warnings.first?.message.hasPrefix("equation 'eq-lonely' is unverified") == true)
    }

    @Test func equationOfABlockThatDidNotRunIsNotRunNotFailed() {
        let run = Self.run(
            "$$\na = 1\n$$ {#eq-a}\n\n```swift\nlet x = undefinedName\n```\n\n```swift\n//| verifies: eq-a\n#expect(1 == 1)\n```\n"
        )
        #expect(!run.succeeded)
        let verification = run.verification(of: "eq-a")
        #expect(verification?.notRun == true)
        #expect(verification?.failed == false)
        #expect(run.equationsNotRun == 1 && run.equationsFailed == 0)
        let page = PageRenderer.page(run)
        #expect(page.contains(#"class="badge not-run""#))
        #expect(page.contains(">not run</a>"))
    }

    @Test func timeBudgetOverrunNamesTheLoopAndTheOption() {
        let run = Self.run("```swift\n//| timeout: 200ms\nvar n = 0\nwhile true {\n    n += 1\n}\n```\n")
        #expect(!run.succeeded)
        let error = run.diagnostics.first { $0.severity == .error }
        #expect(error?.message.hasPrefix("time budget of") == true)
        #expect(error?.message.contains("while running line \(error?.line ?? 0)") == true)
        #expect(error?.message.contains("`timeout: 5m` in the front matter") == true)
        #expect(error?.message.contains("`//| timeout: 2m`") == true)
    }

    @Test func runawayPrintIsCutOnThePageAndKeptWholeInAFile() {
        let run = Self.run("```swift\nfor i in 1...1000 { print(\"line \\(i)\") }\n```\n")
        #expect(run.succeeded)
        let page = PageRenderer.page(run)
        #expect(page.contains("line 80\n… 900 lines omitted …\nline 981\n"))
        #expect(!page.contains("line 500\n"))
        #expect(page.contains(#"<a href="n.block-1.txt" download>the whole output</a> (1000 lines)"#))
        let files = RenderedNote(run).attachments
        #expect(Array(files.keys) == ["n.block-1.txt"])
        #expect(files["n.block-1.txt"]?.split(separator: "\n").count == 1000)
    }

    @Test func shortOutputIsNotCut() {
        #expect(OutputCap.shown("a\nb\n") == OutputCap.Shown(text: "a\nb\n", isCut: false))
        let run = Self.run("```swift\nprint(\"hi\")\n```\n")
        #expect(RenderedNote(run).attachments.isEmpty)
    }
}
