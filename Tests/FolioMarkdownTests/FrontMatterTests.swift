import FolioMarkdown
import Testing

@Suite struct FrontMatterTests {
    @Test func readsEveryKey() throws {
        let n = try Note.parse(
            """
            ---
            title: "Gumbel-Max: sampling"
            source: kexue.fm/archives/6705
            tags: [sampling, reparameterization]
            seed: 42
            summary: >
              Why the argmax of perturbed logits is a sample.
            extra: ignored
            ---
            Body.
            """, path: "n.md")
        #expect(n.frontMatter.title == "Gumbel-Max: sampling")
        #expect(n.frontMatter.source == "kexue.fm/archives/6705")
        #expect(n.frontMatter.tags == ["sampling", "reparameterization"])
        #expect(n.frontMatter.seed == 42)
        #expect(n.frontMatter.summary == "Why the argmax of perturbed logits is a sample.\n")
        #expect(n.path == "n.md")
    }

    @Test func defaultsAndSingleTag() throws {
        let n = try Note.parse("---\ntitle: T\ntags: solo\n...\nx\n", path: "n.md")
        #expect(n.frontMatter == FrontMatter(title: "T", tags: ["solo"], seed: 0))
    }

    @Test func timeoutIsTheNoteBudget() throws {
        let n = try Note.parse("---\ntitle: T\ntimeout: 2m\n---\nx\n", path: "n.md")
        #expect(n.frontMatter.timeout == .seconds(120))
        #expect(
            try Note.parse("---\ntitle: T\ntimeout: 1500ms\n---\n", path: "n.md").frontMatter.timeout
                == .milliseconds(1500))
        #expect(try Note.parse("---\ntitle: T\n---\n", path: "n.md").frontMatter.timeout == nil)
    }

    @Test func engineChoosesTheInterpreterOrTheCompiler() throws {
        #expect(try Note.parse("---\ntitle: T\n---\n", path: "n.md").frontMatter.engine == .interpreter)
        #expect(try Note.parse("---\ntitle: T\nengine: compiled\n---\n", path: "n.md").frontMatter.engine == .compiled)
        #expect(
            throws: MarkdownError(
                "`engine` must be interpreter or compiled, not `jit`", at: SourceLocation(line: 3, column: 1))
        ) {
            try Note.parse("---\ntitle: T\nengine: jit\n---\n", path: "n.md")
        }
    }

    @Test func unreadableTimeoutIsAnErrorAtItsLine() {
        #expect(
            throws: MarkdownError(
                "`timeout` must be a duration such as 90s, 500ms or 2m, not `soon`",
                at: SourceLocation(line: 3, column: 1))
        ) { try Note.parse("---\ntitle: T\ntimeout: soon\n---\n", path: "n.md") }
        #expect(throws: MarkdownError.self) {
            try Note.parse("---\ntitle: T\ntimeout: -5s\n---\n", path: "n.md")
        }
    }

    @Test func orderOnTheIndex() throws {
        #expect(try Note.parse("---\ntitle: T\norder: 2\n---\n", path: "n.md").frontMatter.order == 2)
        #expect(try Note.parse("---\ntitle: T\n---\n", path: "n.md").frontMatter.order == nil)
        #expect(
            throws: MarkdownError("`order` must be an integer, not `first`", at: SourceLocation(line: 3, column: 1))
        ) {
            try Note.parse("---\ntitle: T\norder: first\n---\n", path: "n.md")
        }
    }

    @Test func rawHTMLOptIn() throws {
        #expect(try Note.parse("---\ntitle: T\nraw-html: true\n---\n", path: "n.md").frontMatter.allowsRawHTML)
        #expect(try !Note.parse("---\ntitle: T\nraw-html: false\n---\n", path: "n.md").frontMatter.allowsRawHTML)
        #expect(try !Note.parse("---\ntitle: T\n---\n", path: "n.md").frontMatter.allowsRawHTML)
        #expect(
            throws: MarkdownError(
                "`raw-html` must be true or false, not `sometimes`", at: SourceLocation(line: 3, column: 1))
        ) { try Note.parse("---\ntitle: T\nraw-html: sometimes\n---\n", path: "n.md") }
    }

    @Test func frontMatterIsNotRendered() throws {
        let n = try Note.parse("---\ntitle: Secret title\n---\nHello\n", path: "n.md")
        #expect(n.renderHTML(markerHooks()) == "<p>Hello</p>\n")
    }

    @Test func missingTitle() {
        #expect(
            throws: MarkdownError(
                "note has no `title` in its front matter", at: SourceLocation(line: 1, column: 1))
        ) { try Note.parse("---\nseed: 1\n---\nx\n", path: "n.md") }
    }

    @Test func noFrontMatter() {
        #expect(
            throws: MarkdownError(
                "note has no `title` in its front matter", at: SourceLocation(line: 1, column: 1))
        ) { try Note.parse("# Just Markdown\n", path: "n.md") }
    }

    @Test func emptyTitle() {
        #expect(
            throws: MarkdownError(
                "note has no `title` in its front matter", at: SourceLocation(line: 1, column: 1))
        ) { try Note.parse("---\ntitle:\n---\n", path: "n.md") }
    }

    @Test func unclosedFrontMatter() {
        #expect(
            throws: MarkdownError(
                "front matter starting with `---` on line 1 is never closed by `---` or `...`",
                at: SourceLocation(line: 1, column: 1))
        ) { try Note.parse("---\ntitle: T\n\nbody\n", path: "n.md") }
    }

    @Test func malformedYAMLReportsTheNoteLine() {
        // An unclosed flow sequence: libyaml notices at `seed: 1`, YAML line 3, note line 4.
        #expect(
            throws: MarkdownError(
                "front matter is not valid YAML: did not find expected ',' or ']' (while parsing a flow sequence)",
                at: SourceLocation(line: 4, column: 5))
        ) {
            try Note.parse("---\ntitle: T\ntags: [a, b\nseed: 1\n---\n", path: "n.md")
        }
    }

    @Test func malformedYAMLBadIndentation() {
        #expect(
            throws: MarkdownError(
                "front matter is not valid YAML: mapping values are not allowed in this context",
                at: SourceLocation(line: 4, column: 4))
        ) {
            try Note.parse("---\ntitle: T\nsource: a\n  b: c\n---\n", path: "n.md")
        }
    }

    @Test func negativeSeed() {
        #expect(
            throws: MarkdownError(
                "`seed` must be a non-negative integer, not `-3`", at: SourceLocation(line: 3, column: 1))
        ) { try Note.parse("---\ntitle: T\nseed: -3\n---\n", path: "n.md") }
    }

    @Test func quotedSeedIsAString() {
        #expect(
            throws: MarkdownError(
                "`seed` must be a non-negative integer, not `7`", at: SourceLocation(line: 4, column: 1))
        ) { try Note.parse("---\ntitle: T\n\nseed: \"7\"\n---\n", path: "n.md") }
    }

    @Test func titleMustBeAString() {
        #expect(
            throws: MarkdownError(
                "`title` must be a string, not a list", at: SourceLocation(line: 2, column: 1))
        ) { try Note.parse("---\ntitle: [a, b]\n---\n", path: "n.md") }
    }

    @Test func tagsMustBeStrings() {
        #expect(
            throws: MarkdownError(
                "every item of `tags` must be a string, not a mapping",
                at: SourceLocation(line: 4, column: 5))
        ) { try Note.parse("---\ntitle: T\ntags:\n  - {a: 1}\n---\n", path: "n.md") }
    }

    @Test func tagsMappingIsAnError() {
        #expect(
            throws: MarkdownError(
                "`tags` must be a list of strings or a single string",
                at: SourceLocation(line: 3, column: 1))
        ) { try Note.parse("---\ntitle: T\ntags: {a: 1}\n---\n", path: "n.md") }
    }

    @Test func summaryMustBeAString() {
        #expect(
            throws: MarkdownError(
                "`summary` must be a string, not a mapping", at: SourceLocation(line: 3, column: 1))
        ) { try Note.parse("---\ntitle: T\nsummary: {a: 1}\n---\n", path: "n.md") }
    }

    @Test func windowsLineEndings() throws {
        let n = try Note.parse("---\r\ntitle: T\r\n---\r\n```swift\r\nlet x = 1\r\n```\r\n", path: "n.md")
        #expect(n.frontMatter.title == "T")
        #expect(n.codeBlocks.first?.code == "let x = 1\n")
        #expect(n.codeBlocks.first?.fenceLine == 4)
    }
}
