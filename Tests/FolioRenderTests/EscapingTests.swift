import Testing

@testable import FolioRender

/// A string that breaks out of every HTML context it is pasted into unescaped.
let hostile = "</script><img src=x onerror=alert(1)>\"'&"

@Suite struct EscapingTests {
    @Test func escapesTheFiveCharacters() {
        #expect(HTML.escape("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &#39; f")
    }

    @Test func hostileStringHasNoMarkupLeft() {
        let escaped = HTML.escape(hostile)
        #expect(escaped == "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;")
        #expect(!escaped.contains("<") && !escaped.contains(">") && !escaped.contains("\""))
    }

    @Test func leavesUnicodeAlone() {
        #expect(HTML.escape("漫谈 ✓ → é") == "漫谈 ✓ → é")
    }
}

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

    @Test("raw HTML in the prose is not passed through (opt-in not available yet: see README)")
    func rawHTMLIsDropped() {
        let page = PageRenderer.page(NoteRunner.run(source: Self.source, path: "notes/raw.md"))
        for live in ["<div onclick", "<script>alert", "<img src=x", "<b>bold", "<iframe", "javascript:alert"] {
            #expect(!page.contains(live), "\(live) reached the page")
        }
        #expect(page.contains("<!-- raw HTML omitted -->"))
        #expect(page.contains("Text with"))
    }
}
