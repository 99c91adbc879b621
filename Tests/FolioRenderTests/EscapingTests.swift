import Testing

@testable import FolioRender

/// A string that breaks out of every HTML context it is pasted into unescaped.
let hostile = "</script><img src=x onerror=alert(1)>\"'&"

@Suite struct RawHTMLTests {
    /// A note whose prose holds raw HTML blocks, inline tags and a `javascript:` link.
    static let source = """
        ---
        title: Raw HTML
        raw-html: true
        ---

        <div onclick="alert(1)"><script>alert(2)</script></div>

        Text with <img src=x onerror=alert(3)> inline and <b>bold</b> tags,
        and [a link](javascript:alert(4)).

        <iframe src="https://example.com"></iframe>

        """

    @Test("without the opt-in, raw HTML and javascript: links in the prose are dropped")
    func rawHTMLIsDropped() {
        let source = Self.source.replacingOccurrences(of: "raw-html: true\n", with: "")
        let page = PageRenderer.page(NoteRunner.run(source: source, path: "notes/raw.md"))
        for live in ["<div onclick", "<script>alert", "<img src=x", "<b>bold", "<iframe", "javascript:alert"] {
            #expect(!page.contains(live), "\(live) reached the page")
        }
        #expect(page.contains("<!-- raw HTML omitted -->"))
        #expect(page.contains("Text with"))
    }

    @Test("`raw-html: true` in the front matter passes the author's HTML through")
    func rawHTMLOptIn() {
        let page = PageRenderer.page(NoteRunner.run(source: Self.source, path: "notes/raw.md"))
        for live in ["<div onclick", "<img src=x", "<b>bold</b>", "<iframe"] {
            #expect(page.contains(live), "\(live) did not reach the page")
        }
        #expect(!page.contains("<!-- raw HTML omitted -->"))
    }

    @Test("the opt-in does not extend to what blocks print: engine output stays escaped")
    func engineOutputStaysEscapedUnderOptIn() {
        let source = Self.source + "\n```swift\nprint(\"<script>alert(5)</script>\")\n```\n"
        let page = PageRenderer.page(NoteRunner.run(source: source, path: "notes/raw.md"))
        #expect(!page.contains("<script>alert(5)"))
        #expect(page.contains("&lt;script&gt;alert(5)"))
    }
}
