import FolioMarkdown
import Testing

@Suite struct HeadingTests {
    @Test func githubSlugsDeduplicated() throws {
        let n = try note(
            """
            # Hello, World!
            ## Hello, World!
            ## Hello World
            ### Ünïcode & `code` — dash_under
            Setext $x_1$
            ------
            ## !!!
            """)
        #expect(
            n.headings == [
                Heading(level: 1, text: "Hello, World!", id: "hello-world", line: 4),
                Heading(level: 2, text: "Hello, World!", id: "hello-world-1", line: 5),
                Heading(level: 2, text: "Hello World", id: "hello-world-2", line: 6),
                Heading(level: 3, text: "Ünïcode & code — dash_under", id: "ünïcode--code--dash_under", line: 7),
                Heading(level: 2, text: "Setext $x_1$", id: "setext-x_1", line: 8),
                Heading(level: 2, text: "!!!", id: "section", line: 10),
            ])
    }

    @Test func explicitIDs() throws {
        let n = try note("# Results {#sec-results}\n\n## Results\n\n## Intro {#results}\n")
        #expect(n.headings.map(\.id) == ["sec-results", "results-1", "results"])
        #expect(n.headings.map(\.text) == ["Results", "Results", "Intro"])
        #expect(
            n.renderHTML(markerHooks())
                == "<h1 id=\"sec-results\">Results</h1>\n<h2 id=\"results-1\">Results</h2>\n<h2 id=\"results\">Intro</h2>\n"
        )
    }

    @Test func headingHTMLKeepsInlineMarkup() throws {
        #expect(
            try html("## A *b* `c<d>` $e$\n")
                == "<h2 id=\"a-b-cd-e\">A <em>b</em> <code>c&lt;d&gt;</code> <span class=\"math\">e</span></h2>\n")
    }
}
