import FolioMarkdown
import FolioScript
import Foundation
import Testing

@testable import FolioRender

/// A folder holding `files` (name → text), removed by the caller.
func folder(with files: [String: String]) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-cite-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, text) in files {
        try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return url
}

@Suite struct BibTeXTests {
    @Test func readsBracesQuotesNumbersAndTeXEscapes() throws {
        let entries = try BibTeX.parse(
            """
            @comment{ignored {nested}}
            @article{rm51,
              author = {Robbins, Herbert and Monro, Sutton},
              title = "A {Stochastic} Approximation Method",
              journal = {Ann. Math. Statist.}, year = 1951, pages = {400--407},
              doi = {10.1214/aoms/1177729586}
            }
            @misc{g, author = {Gutmann, Michael and Hyv{\\"a}rinen, Aapo and others}, title = {NCE \\& more},
              eprint = {1206.6426}, archivePrefix = {arXiv}}
            """)
        #expect(entries.map(\.key) == ["rm51", "g"])
        #expect(entries[0].authors == ["Herbert Robbins", "Sutton Monro"])
        #expect(entries[0].title == "A Stochastic Approximation Method")
        #expect(entries[0].year == "1951")
        #expect(entries[0].venue == "Ann. Math. Statist.")
        #expect(entries[0].doi == "10.1214/aoms/1177729586")
        #expect(entries[1].authors == ["Michael Gutmann", "Aapo Hyvärinen", "et al."])
        #expect(entries[1].title == "NCE & more")
        #expect(entries[1].arxiv == "1206.6426")
        #expect(Citations.narrativeName(entries[0]) == "Robbins and Monro")
        #expect(Citations.narrativeName(entries[1]) == "Gutmann et al.")
    }

    @Test func aMalformedEntryIsAnErrorAtItsLine() {
        #expect(throws: Bibliography.LoadError(message: "expected '=' after field 'title' of entry 'k'", line: 3)) {
            try BibTeX.parse("\n@misc{k,\n  title {x}\n}\n")
        }
    }

    @Test func readsCSLJSON() throws {
        let entries = try CSLJSON.parse(
            """
            [{"id": "oord2018", "title": "Representation Learning with Contrastive Predictive Coding",
              "author": [{"family": "van den Oord", "given": "Aaron"}, {"literal": "DeepMind"}],
              "issued": {"date-parts": [[2018, 7]]}, "URL": "https://arxiv.org/abs/1807.03748"}]
            """)
        #expect(
            entries == [
                BibEntry(
                    key: "oord2018", authors: ["Aaron van den Oord", "DeepMind"],
                    familyNames: ["van den Oord", "DeepMind"],
                    title: "Representation Learning with Contrastive Predictive Coding", year: "2018",
                    arxiv: "1807.03748", url: "https://arxiv.org/abs/1807.03748")
            ])
    }

    @Test func aBibliographyOutsideTheNotesFolderIsRefused() {
        #expect(throws: Bibliography.LoadError.self) { try Bibliography.load("../refs.bib", notePath: "notes/x.md") }
        #expect(throws: Bibliography.LoadError.self) { try Bibliography.load("/etc/passwd", notePath: "notes/x.md") }
    }
}

@Suite struct CitationTests {
    let bibliography = Bibliography(
        file: "refs.bib",
        entries: [
            BibEntry(
                key: "rm51", authors: ["Herbert Robbins", "Sutton Monro"], familyNames: ["Robbins", "Monro"],
                title: "A Stochastic Approximation Method", venue: "Ann. Math. Statist.", year: "1951",
                doi: "10.1214/aoms/1177729586"),
            BibEntry(
                key: "clip", authors: ["A", "B", "C"], familyNames: ["Radford", "Kim", "Hallacy"],
                title: "CLIP", year: "2021", arxiv: "2103.00020"),
            BibEntry(key: "unused", title: "Never cited"),
        ])

    @Test func keysFollowSpacesAndBracketsButNotWordsOrURLs() {
        let found = Citations.keys(inLine: "[@a, p. 3] and @b: a@c.org, x.com/@d, `@e`, @fig-x, (@f; @g).")
        #expect(found.map(\.key) == ["a", "b", "f", "g"])
        #expect(found.map(\.bracketed) == [true, false, false, false])
        #expect(found.first?.at == 1)
    }

    @Test func bracketedCitationsAreNumberedInOrderOfFirstUse() {
        let (html, cited) = Citations.link(
            "<p>First [see @clip, p. 3; @rm51], then [@rm51].</p>", bibliography: bibliography)
        #expect(cited == ["clip", "rm51"])
        #expect(
            html
                == "<p>First <span class=\"citation\">[see <a class=\"citation\" href=\"#ref-clip\">1</a>, p. 3; <a class=\"citation\" href=\"#ref-rm51\">2</a>]</span>, then <span class=\"citation\">[<a class=\"citation\" href=\"#ref-rm51\">2</a>]</span>.</p>"
        )
    }

    @Test func aBareKeyIsANarrativeCitation() {
        let (html, _) = Citations.link("<p>As @clip show.</p>", bibliography: bibliography)
        #expect(
            html
                == "<p>As <span class=\"citation\">Radford et al. [<a class=\"citation\" href=\"#ref-clip\">1</a>]</span> show.</p>"
        )
    }

    @Test func codeLinksAndUnknownKeysAreLeftAlone() {
        let text = "<p><code>[@rm51]</code> <a href=\"u\">@rm51</a> [@nope]</p>"
        let (html, cited) = Citations.link(text, bibliography: bibliography)
        #expect(html == text)
        #expect(cited.isEmpty)
    }

    @Test func theReferencesListOnlyCitedWorksWithTheirLinks() {
        let section = Citations.section(cited: ["rm51"], bibliography: bibliography)
        #expect(
            section == """
                <section class="references" id="references">
                <h2>References</h2>
                <ol>
                <li id="ref-rm51">Herbert Robbins, Sutton Monro. <span class="ref-title">A Stochastic Approximation Method</span>. <em>Ann. Math. Statist.</em>, 1951. <a href="https://doi.org/10.1214/aoms/1177729586">doi:10.1214/aoms/1177729586</a></li>
                </ol>
                </section>

                """)
        #expect(!section.contains("Never cited"))
    }

    @Test(.enabled(if: realImplementations, "needs the real FolioMarkdown and FolioScript"))
    func anUnknownKeyIsAnErrorAtItsLineAndColumnAndThePageListsReferences() throws {
        let dir = try folder(with: [
            "refs.bib":
                "@article{rm51, author = {Robbins, Herbert and Monro, Sutton}, title = {A Stochastic Approximation Method}, year = 1951}",
            "n.md": "---\ntitle: T\nbibliography: refs.bib\n---\n\nKnown [@rm51].\n\nTypo [@rm15, p. 2].\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("n.md").path
        let run = NoteRunner.run(source: try String(contentsOfFile: path, encoding: .utf8), path: path)
        let errors = run.diagnostics.filter { $0.severity == .error }
        #expect(
            errors.map { "\($0.line):\($0.column) \($0.message)" } == [
                "8:7 unknown citation '@rm15': refs.bib has no entry with that key"
            ])
        #expect(run.filesRead.contains("refs.bib"))
        let page = PageRenderer.page(run)
        #expect(page.contains("<li id=\"ref-rm51\">Herbert Robbins, Sutton Monro."))
    }

    @Test(.enabled(if: realImplementations, "needs the real FolioMarkdown and FolioScript"))
    func aMissingBibliographyIsAnErrorAtTheFrontMatterLine() {
        let run = NoteRunner.run(
            source: "---\ntitle: T\nbibliography: none.bib\n---\n\nText.\n", path: "/nonexistent/n.md")
        #expect(run.diagnostics.map(\.line) == [3])
        #expect(run.diagnostics.first?.message.contains("cannot read the bibliography 'none.bib'") == true)
    }

    @Test(.enabled(if: realImplementations, "needs the real FolioMarkdown and FolioScript"))
    func proseAndBlockTablesShareTheirNumbering() {
        let source = """
            ---
            title: T
            ---

            ```swift
            //| label: tbl-first
            //| caption: From a block.
            Table { Column("x", [1.0]) }
            ```

            | a |
            |---|
            | 1 |

            : From the prose. {#tbl-second}

            See @tbl-first and @tbl-second.
            """
        let run = NoteRunner.run(source: source, path: "t.md")
        #expect(run.diagnostics.filter { $0.severity == .error }.isEmpty)
        let page = PageRenderer.page(run)
        #expect(
            page.contains(
                "<figure class=\"table\" id=\"tbl-second\">\n<figcaption><span class=\"caption-number\">Table 2:</span> From the prose.</figcaption>"
            ))
        #expect(page.contains("<a class=\"xref\" href=\"#tbl-second\">Table 2</a>"))
    }
}
