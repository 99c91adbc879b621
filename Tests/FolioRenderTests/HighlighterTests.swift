import Testing

@testable import FolioRender

@Suite struct HighlighterTests {
    @Test func smallSnippetExactly() {
        let html = Highlighter.swift("let x: Double = 1.5 // half\nprint(\"a<b\", x)\n")
        #expect(
            html == """
                <span class="kw">let</span> <span class="id">x</span>: <span class="type">Double</span> = \
                <span class="num">1.5</span> <span class="cmt">// half</span>
                <span class="id">print</span>(<span class="str">&quot;a&lt;b&quot;</span>, <span class="id">x</span>)

                """)
    }

    @Test func textContentIsTheCode() {
        let code = """
            struct P { var a = 0x1F; func f(_ s: String) -> Int { s.count } } /* <b> & */
            let t = #"raw "quoted" </script>"#
            for i in 0..<3 where i != 1 { print("\\(i) é 漫谈") }
            #expect(abs(0.1 + 0.2 - 0.3) < 1e-9)
            let broken = (1 +

            """
        #expect(unescape(stripTags(Highlighter.swift(code))) == code)
    }

    @Test func nonSwiftIsOnlyEscaped() {
        #expect(Highlighter.html("if a < b: print('x')\n", language: "python") == "if a &lt; b: print(&#39;x&#39;)\n")
    }

    @Test func hostileCodeIsEscaped() {
        let html = Highlighter.swift("print(\"</script><img src=x onerror=alert(1)>\") // <script>\n")
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("</script"))
    }
}

/// Removes tags (the highlighter never puts `<` or `>` anywhere else).
func stripTags(_ html: String) -> String {
    var out = ""
    var inTag = false
    for character in html {
        if character == "<" {
            inTag = true
        } else if character == ">" {
            inTag = false
        } else if !inTag {
            out.append(character)
        }
    }
    return out
}

/// Undoes `HTMLText.escape`.
func unescape(_ html: String) -> String {
    html.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
        .replacingOccurrences(of: "&amp;", with: "&")
}
