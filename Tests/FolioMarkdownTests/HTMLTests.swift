import FolioMarkdown
import Testing

@Suite struct HTMLTests {
    @Test func rawHTMLIsNotPassedThrough() throws {
        #expect(
            try html("<script>alert(1)</script>\n\nText <b>bold</b> & more.\n")
                == "<!-- raw HTML omitted -->\n<p>Text <!-- raw HTML omitted -->bold<!-- raw HTML omitted --> &amp; more.</p>\n"
        )
    }

    @Test func rawHTMLPassesThroughOnlyWhenTheNoteOptsIn() throws {
        let body = "<details><summary>More</summary>\n\nText <b>bold</b>.\n\n</details>\n"
        let optedIn = try Note.parse("---\ntitle: T\nraw-html: true\n---\n" + body, path: "n.md")
        #expect(
            optedIn.renderHTML(markerHooks())
                == "<details><summary>More</summary>\n<p>Text <b>bold</b>.</p>\n</details>\n")
        let safe = try Note.parse("---\ntitle: T\n---\n" + body, path: "n.md")
        #expect(!safe.renderHTML(markerHooks()).contains("<b>"))
    }

    @Test func unsafeLinksAreDropped() throws {
        #expect(try html("[x](javascript:alert(1))") == "<p><a href=\"\">x</a></p>\n")
    }

    @Test func hooksAreCalledInDocumentOrderAndPlacedInPlace() throws {
        let n = try note(
            """
            # Title

            Before $a$.

            ```swift
            let x = 1
            ```

            $$
            b
            $$ {#eq-b}

            ```python
            y
            ```

            After $c$.
            """)
        let log = Log()
        let out = n.renderHTML(markerHooks(log: log))
        #expect(log.entries == ["inline a", "block 0", "display \nb\n", "block 1", "inline c"])
        #expect(
            out == """
                <h1 id="title">Title</h1>
                <p>Before <span class="math">a</span>.</p>
                <pre data-block="0">let x = 1
                </pre>
                <div class="math" data-label="eq-b">
                b
                </div>
                <pre data-block="1">y
                </pre>
                <p>After <span class="math">c</span>.</p>

                """)
    }

    @Test func displayMathInsideAParagraphSplitsIt() throws {
        #expect(
            try html("Text before\n$$x$$ {#eq-x}\ntext after.\n") == """
                <p>Text before</p>
                <div class="math" data-label="eq-x">x</div>
                <p>text after.</p>

                """)
        #expect(
            try html("Inline $$y$$ display.")
                == "<p>Inline</p>\n<div class=\"math\" data-label=\"\">y</div>\n<p>display.</p>\n")
    }

    @Test func displayMathInATightList() throws {
        #expect(
            try html("- $$\n  a\n  $$\n- b\n")
                == "<ul>\n<li>\n<div class=\"math\" data-label=\"\">\n  a\n  </div>\n</li>\n<li>b</li>\n</ul>\n")
    }

    @Test func codeBlockHookSeesTheBlockFromTheNote() throws {
        var n = try note("```swift\n//| label: fig-x\nlet x = 1\n```\n")
        n.codeBlocks[0].code = "edited\n"
        #expect(n.renderHTML(markerHooks()) == "<pre data-block=\"0\">edited\n</pre>\n")
    }

    @Test func inlineExpressions() throws {
        let n = try note(
            "Intro `{swift} p.max()`.\n\n```swift\nlet p = 1\n```\n\nNow ` {swift}  p + 1 ` and `plain`.\n")
        #expect(
            n.inlineExpressions == [
                InlineExpression(
                    index: 0, code: "p.max()", location: SourceLocation(line: 4, column: 16), blocksBefore: 0),
                InlineExpression(
                    index: 1, code: "p + 1", location: SourceLocation(line: 10, column: 16), blocksBefore: 1),
            ])
        var hooks = markerHooks()
        hooks.inlineExpression = { "<output>#\($0.index): \($0.code)</output>" }
        #expect(
            n.renderHTML(hooks) == """
                <p>Intro <output>#0: p.max()</output>.</p>
                <pre data-block="0">let p = 1
                </pre>
                <p>Now <output>#1: p + 1</output> and <code>plain</code>.</p>

                """)
        #expect(n.renderHTML(markerHooks()).hasPrefix("<p>Intro <code>{swift} p.max()</code>.</p>"))
    }

    @Test func noteBuiltFromPartsRenders() {
        let n = Note(path: "x.md", source: "Hello *world*", frontMatter: FrontMatter(title: "x"))
        #expect(n.renderHTML(markerHooks()) == "<p>Hello <em>world</em></p>\n")
    }
}
