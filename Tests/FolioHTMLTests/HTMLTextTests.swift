import FolioHTML
import Testing

@Suite struct HTMLTextTests {
    @Test func escapesTheFiveCharacters() {
        #expect(HTMLText.escape("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &#39; f")
    }

    @Test func aStringThatBreaksOutOfEveryContextHasNoMarkupLeft() {
        let escaped = HTMLText.escape("</script><img src=x onerror=alert(1)>\"'&")
        #expect(escaped == "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;")
    }

    @Test func dropsTheCharactersXMLForbidsAndKeepsWhitespace() {
        #expect(HTMLText.escape("a\u{0}b\u{1B}c\u{FFFE}\u{FFFF}d") == "abcd")
        #expect(HTMLText.escape("tab\tline\ncr\r") == "tab\tline\ncr\r")
    }

    @Test func leavesOtherTextAlone() {
        #expect(HTMLText.escape("漫谈 ✓ → é 🙂") == "漫谈 ✓ → é 🙂")
        #expect(HTMLText.escape(Substring("x<y")) == "x&lt;y")
    }
}
