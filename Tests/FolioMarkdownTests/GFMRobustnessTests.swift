import FolioMarkdown
import Testing

/// The post-passes rewire and free cmark nodes; random documents built from the extensions'
/// own syntax must parse and render without crashing, and render the same twice.
@Suite struct GFMRobustnessTests {
    static let pieces = [
        "| a | b |\n", "|---|:-:|\n", "| $|x|$ | `c \\| d` |\n", "x | y\n", "--|--\n", ": caption {#tbl-t}\n",
        "[^1]", "[^1]: note\n", "[^x]: a | b\n", "    more | text\n", "    |---|---|\n", "\n",
        "~~", "~", "www.a.org", "a@b.co", "https://x.y/(z)", "- [ ] ", "- [x] ", "> [!NOTE]\n", "> ",
        "![c](d.png){#fig-a}\n", "*", "_", "`", "$$\n", "$", "word ", "# h\n", "```\n", "[", "]", "(", ")",
    ]

    @Test func randomDocumentsOfExtensionSyntaxRenderWithoutCrashing() throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var rendered = 0
        for _ in 0..<4000 {
            var body = ""
            for _ in 0..<(5 + next() % 30) { body += Self.pieces[next() % Self.pieces.count] }
            guard let n = try? note(body) else { continue }
            let first = n.renderHTML(markerHooks())
            #expect(first == n.renderHTML(markerHooks()), "\(body)")
            rendered += 1
        }
        #expect(rendered > 3000)
    }

    @Test func aCaptionThatLooksLikeATableStaysTheCaption() throws {
        let out = try gfm("| a |\n|---|\n\n: x | y\n--- | ---\n")
        #expect(
            out
                == "<figure class=\"table\"><figcaption>x | y --- | ---</figcaption><table><thead><tr><th>a</th></tr></thead></table></figure>"
        )
    }

    @Test func anUnreferencedFootnoteWithATableIsDroppedCleanly() throws {
        #expect(try gfm("Text.\n\n[^u]: a | b\n    --- | ---\n") == "<p>Text.</p>")
    }
}

extension GFMRobustnessTests {
    @Test func aLabelledImageInATableCellStaysAnImage() throws {
        let n = try note("| a |\n|---|\n| ![c](d.png){#fig-a} |\n")
        #expect(n.figures.isEmpty)
        #expect(
            normalizedHTML(n.renderHTML(markerHooks())).contains("<td><img src=\"d.png\" alt=\"c\" />{#fig-a}</td>"))
    }
}

extension GFMRobustnessTests {
    @Test func anEscapedDefinitionOpenerIsText() throws {
        #expect(try gfm("Text[^a].\n\n\\[^a]: not a definition\n") == "<p>Text[^a].</p><p>[^a]: not a definition</p>")
    }
}
