import FolioMarkdown
import FolioScript
import Testing

@testable import FolioRender

/// Whether this build has the real FolioMarkdown parser and FolioScript interpreter (not the
/// stubs of the package skeleton); the end-to-end runner tests need both.
let realImplementations: Bool = {
    guard let note = try? Note.parse("---\ntitle: T\n---\n\n```swift\nprint(1)\n```\n", path: "t.md"),
        let block = note.codeBlocks.first
    else { return false }
    let result = ScriptSession(file: "t.md").run(
        block.code, line: block.codeStart.line, column: block.codeStart.column, blockIndex: 0)
    return result.printedText == "1\n"
}()

/// NoteRunner on real notes: FolioMarkdown parses, FolioScript runs.
@Suite(.enabled(if: realImplementations, "needs the real FolioMarkdown and FolioScript"))
struct NoteRunnerTests {
    static let passing = """
        ---
        title: Sums
        tags: [arithmetic]
        ---

        # Sums

        $$
        \\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}
        $$ {#eq-gauss}

        ```swift
        //| verifies: eq-gauss
        var total = 0
        for k in 1...100 {
            total += k
        }
        print("total = \\(total)")
        #expect(total == 100 * 101 / 2)
        ```

        """

    @Test func passingCheckVerifiesTheEquation() throws {
        let run = NoteRunner.run(source: Self.passing, path: "notes/sums.md")
        #expect(run.diagnostics == [])
        #expect(run.succeeded)
        #expect(run.slug == "sums")
        #expect(run.blocksRun == 1 && run.checksPassed == 1 && run.checksFailed == 0)
        #expect(run.verifications == [EquationVerification(label: "eq-gauss", blocks: [0], verified: true)])
        let page = PageRenderer.page(run)
        #expect(page.contains(#"<pre class="output">total = 5050"#))
        #expect(page.contains(##"<a class="badge ok" href="#block-0""##))
        #expect(page.contains(##"<a href="#eq-gauss">Equation 1</a> <span class="badge ok">✓</span>"##))
        #expect(page.contains(#"\sum_{k=1}^{n} k = \frac{n(n+1)}{2}"#))
        #expect(page.contains(#"<span class="kw">for</span>"#))
    }

    @Test func failingExpectIsADiagnosticAtItsLineWithValues() throws {
        let source = """
            ---
            title: A failing expectation
            ---

            Line five of this note is prose.

            ```swift
            let x = 2.0
            let y = x * x
              #expect(y == 5.0)
            print("after the check")
            ```

            """
        let run = NoteRunner.run(source: source, path: "notes/failing.md")
        #expect(!run.succeeded)
        #expect(run.checksFailed == 1 && run.checksPassed == 0)
        let diagnostic = try #require(run.diagnostics.first)
        #expect(run.diagnostics.count == 1)
        #expect(diagnostic.file == "notes/failing.md")
        #expect(diagnostic.line == 10 && diagnostic.column == 3)
        #expect(diagnostic.message.hasPrefix("expectation failed: y == 5.0\n"))
        #expect(diagnostic.message.contains("\n  y → 4.0"))
        #expect(diagnostic.formatted(source: source).contains("10 |   #expect(y == 5.0)"))
        #expect(run.blockResults[0]?.printedText == "after the check\n")
        let page = PageRenderer.page(run)
        #expect(page.contains(#"<li><code>y</code> → <code>4.0</code></li>"#))
    }

    @Test func runtimeErrorStopsLaterBlocks() throws {
        let source = """
            ---
            title: A runtime error
            ---

            ```swift
            let big = Int.max
            let boom = big + 1
            print("never printed")
            ```

            ```swift
            print("this block is not run")
            ```

            """
        let run = NoteRunner.run(source: source, path: "notes/boom.md")
        #expect(!run.succeeded)
        #expect(run.blocksRun == 1)
        #expect(run.blockResults[1] == nil)
        let diagnostic = try #require(run.diagnostics.first)
        #expect(diagnostic.line == 7)
        #expect(diagnostic.id == .arithmeticOverflow)
        let page = PageRenderer.page(run)
        #expect(page.contains(#"<p class="not-run">"#))
        #expect(!page.contains("never printed\n</pre>"))
        #expect(page.contains("7 | let boom = big + 1"))
    }

    static func expecting(_ error: String, _ code: String) -> String {
        """
        ---
        title: Expected errors
        ---

        ```swift
        //| error: "\(error)"
        \(code)
        ```

        ```swift
        #expect(1 + 1 == 2)
        ```

        """
    }

    @Test func errorOptionMatched() {
        let run = NoteRunner.run(source: Self.expecting("overflow", "let m = Int.max\nlet n = m + 1"), path: "e.md")
        #expect(run.diagnostics == [])
        #expect(run.succeeded)
        #expect(run.blocksRun == 2 && run.checksPassed == 1)
        #expect(PageRenderer.page(run).contains("Failed as expected"))
    }

    @Test func errorOptionButSucceeds() {
        let run = NoteRunner.run(source: Self.expecting("overflow", "let n = 1 + 1"), path: "e.md")
        #expect(!run.succeeded)
        #expect(run.blocksRun == 2)
        #expect(run.diagnostics.map(\.line) == [5])
        #expect(run.diagnostics.first?.message.contains("succeeded") == true)
    }

    @Test func errorOptionButAnotherError() {
        let run = NoteRunner.run(source: Self.expecting("overflow", "let n = undefinedName"), path: "e.md")
        #expect(!run.succeeded)
        #expect(run.blocksRun == 1, "a different error stops the note")
        #expect(run.diagnostics.map(\.line) == [5, 7], "the block's fence, then the error inside it")
    }

    @Test func verifiesBadgesFollowTheChecks() {
        let source = """
            ---
            title: Two equations
            ---

            $$ a = 1 $$ {#eq-one}

            $$ b = 2 $$ {#eq-two}

            ```swift
            //| verifies: eq-one
            #expect(1 == 1)
            ```

            ```swift
            //| verifies: eq-two, eq-three
            #expect(2 == 3)
            ```

            """
        let run = NoteRunner.run(source: source, path: "notes/two.md")
        #expect(
            run.verifications == [
                EquationVerification(label: "eq-one", blocks: [0], verified: true),
                EquationVerification(label: "eq-two", blocks: [1], verified: false),
            ])
        #expect(run.equationsVerified == 1 && run.equationsLabelled == 2)
        #expect(run.diagnostics.contains { $0.line == 14 && $0.message.contains("eq-three") })
        #expect(run.diagnostics.contains { $0.line == 16 && $0.message.hasPrefix("expectation failed: 2 == 3") })
        let page = PageRenderer.page(run)
        #expect(page.contains(##"<a class="badge ok" href="#block-0""##))
        #expect(page.contains(##"<a class="badge failed" href="#block-1""##))
        #expect(page.contains(#"<span class="eq-number">(2)</span>"#))
    }

    @Test func inlineValuesSectionsAndComments() throws {
        let source = """
            ---
            title: Inline
            ---

            ## Setup {#sec-setup}

            ```swift
            let n = 21
            #expect(n > 100, "n is small")
            ```

            Twice n is `{swift} 2 * n`; see @sec-setup and @sec-nowhere.

            """
        let run = NoteRunner.run(source: source, path: "notes/inline.md")
        #expect(run.inlineResults[0]?.outputs == [.value("42")])
        #expect(run.diagnostics.map(\.line) == [9, 12])
        #expect(run.diagnostics.first?.message.contains("\n  // n is small") == true)
        #expect(run.diagnostics.last?.message.contains("@sec-nowhere") == true)
        let page = PageRenderer.page(run)
        #expect(page.contains(#"<span class="inline-value" title="2 * n">42</span>"#))
        #expect(page.contains(##"<a class="xref" href="#sec-setup">Setup</a>"##))
        #expect(page.contains(#"<span class="comment">// n is small</span>"#))
    }

    @Test func inlineExpressionsAfterAnErrorAreNotRun() {
        let source = """
            ---
            title: Inline after error
            ---

            ```swift
            let m = Int.max + 1
            ```

            Value: `{swift} 1 + 1`.

            """
        let run = NoteRunner.run(source: source, path: "notes/stop.md")
        #expect(run.inlineResults.isEmpty)
        #expect(
            PageRenderer.page(run).contains(#"<code class="inline-expression not-run" title="not run">1 + 1</code>"#))
    }

    @Test func frontMatterTimeoutIsTheNoteBudget() {
        let source = """
            ---
            title: Short budget
            timeout: 300ms
            ---

            ```swift
            var i = 0
            while true { i += 1 }
            ```

            """
        let run = NoteRunner.run(source: source, path: "notes/short.md")
        let messages = run.diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("time budget of 0.3 s exceeded") }, "\(messages)")
        #expect(run.diagnostics.first?.line == 8)
    }
}
