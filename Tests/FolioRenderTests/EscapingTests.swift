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
