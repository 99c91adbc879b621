import FolioMarkdown
import FolioScript
import Testing

@testable import FolioRender

@Suite struct IndexTests {
    static var runs: [NoteRun] {
        let good = NoteRun(
            path: "notes/a-good.md", slug: "a-good",
            note: Note(
                path: "notes/a-good.md", source: "",
                frontMatter: FrontMatter(
                    title: "All good", source: "Someone, 2024", tags: ["x", "y"], summary: "Fine.")),
            checksPassed: 4, blocksRun: 2)
        let unreadable = NoteRunner.run(source: "no front matter", path: "notes/0-broken.md")
        return [good, Fixtures.run, unreadable]
    }

    @Test func golden() throws {
        try expectGolden(IndexRenderer.page(Self.runs), "index.html")
    }

    @Test func sortedBySlugAndEscaped() throws {
        let html = IndexRenderer.page(Self.runs)
        let broken = try #require(html.range(of: "0-broken.html"))
        let good = try #require(html.range(of: "a-good.html"))
        let gumbel = try #require(html.range(of: "gumbel.html"))
        #expect(broken.lowerBound < good.lowerBound && good.lowerBound < gumbel.lowerBound)
        #expect(!html.contains("<img"))
        #expect(html.contains("Gumbel &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("0/1 verified"))
        #expect(html.contains("1 passed, <span class=\"fail\">1 failed</span>"))
        #expect(html.contains("✗ 2 failed · 3 notes"))
    }

    @Test func frontMatterOrderComesBeforeSlugs() throws {
        func entry(_ slug: String, order: Int?) -> IndexEntry {
            IndexEntry(slug: slug, path: "docs/\(slug).md", title: slug, order: order)
        }
        let html = IndexRenderer.page(entries: [
            entry("a-reference", order: nil), entry("z-getting-started", order: 1),
            entry("m-formats", order: 2), entry("b-appendix", order: nil),
        ])
        let positions = try ["z-getting-started", "m-formats", "a-reference", "b-appendix"].map {
            try #require(html.range(of: "\($0).html")).lowerBound
        }
        #expect(positions == positions.sorted())
    }
}
