import FolioMarkdown
import FolioScript
import Foundation
import Testing

@testable import FolioRender

@Suite struct PageTests {
    var page: String { PageRenderer.page(Fixtures.run, renderProse: Fixtures.prose) }

    @Test func golden() throws {
        try expectGolden(page, "page.html")
    }

    @Test func hostileTextIsEscapedEverywhere() {
        let page = page
        #expect(!page.contains("<img"))
        #expect(!page.contains("</script><"))
        #expect(!page.contains("<i>et al."))
        #expect(!page.contains("<not swift>"))
        // title, heading, tag, caption, printed text
        #expect(page.components(separatedBy: "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;").count - 1 >= 5)
        #expect(page.contains("cannot find &#39;undefined&#39; &lt;/script&gt; in scope"))
    }

    @Test func mathKeepsTheAuthorsTeX() {
        let page = page
        #expect(
            page.contains(
                #"<div class="math display" id="eq-gumbel-max">\[\#n\Pr[\arg\max_i (\log p_i + g_i) = k] = p_k &lt; 1 &amp; x\#n\]</div>"#
                    .replacingOccurrences(of: #"\#n"#, with: "\n")))
        #expect(page.contains(#"<span class="math inline">\(p_k &lt; 1 &amp; &quot;q&quot;\)</span>"#))
        #expect(page.contains(#"<span class="eq-number">(1)</span>"#))
        #expect(page.contains(##"<a class="badge failed" href="#block-0""##))
        #expect(page.contains(##"<a href="#eq-gumbel-max">Equation 1</a>"##))
    }

    @Test func blocksShowStatusAndOutputs() {
        let page = page
        #expect(page.contains(#"<figure class="figure" id="fig-gumbel">"#))
        #expect(page.contains(#"<span class="caption-number">Figure 1:</span>"#))
        #expect(page.contains(#"<details class="fold">"#))
        #expect(page.contains("Failed as expected"))
        #expect(page.contains(#"<p class="not-run">"#))
        #expect(page.contains(#"<li class="check pass"><span class="mark">✓</span>"#))
        #expect(page.contains(#"<li><code>p[0]</code> → <code>0.2</code></li>"#))
        #expect(page.contains("33 | let z = undefined"))
        #expect(!page.contains("should not have run"))
        #expect(page.contains(#"<code class="language-python">print(&quot;&lt;not swift&gt;&quot;)"#))
    }

    @Test func noNetworkNoAbsolutePaths() {
        let page = page
        #expect(!page.contains("http://") && !page.contains("https://"))
        #expect(page.contains(#"href="assets/katex/katex.min.css""#))
        #expect(page.contains(#"src="assets/katex/contrib/auto-render.min.js""#))
        #expect(page.contains("renderMathInElement"))
        #expect(!page.contains(FileManager.default.currentDirectoryPath))
    }

    @Test func tableOfContentsFromHeadings() {
        let page = page
        #expect(page.contains(#"<h1 id="sec-gumbel-max">Gumbel-max</h1>"#))
        #expect(page.contains(##"<li class="toc-2"><a href="#sec-failure-recovery">Failure &amp; recovery</a></li>"##))
    }

    @Test func crossReferencesBecomeLinks() {
        let page = page
        #expect(
            page.contains(
                ##"See <a class="xref" href="#fig-gumbel">Figure 1</a>, <a class="xref" href="#eq-gumbel-max">Equation 1</a>, "##
            ))
        #expect(page.contains(##"<a class="xref" href="#sec-failure-recovery">Failure &amp; recovery</a>"##))
        #expect(page.contains(#"<span class="unknown-ref" title="unknown label">@fig-nope</span>"#))
        #expect(page.contains("a@fig-x.org"))
        #expect(page.contains("<code>@eq-gumbel-max</code>"))
    }

    @Test func echoAndOutputOptions() {
        let blocks = [
            Fixtures.block(0, options: [("echo", "false"), ("output", "false")], code: "secretCode()\n", line: 5),
            Fixtures.block(1, options: [("output", "false")], code: "shown()\n", line: 9),
        ]
        let note = Note(path: "n.md", source: "", frontMatter: FrontMatter(title: "T"), codeBlocks: blocks)
        let run = NoteRunner.run(note, path: "n.md") { block in
            BlockResult(outputs: [
                .printed("hidden text\n"),
                .check(CheckResult(kind: .expect, passed: true, expression: "quiet", line: 6, column: 1)),
                .check(CheckResult(kind: .expect, passed: block.index == 0, expression: "loud", line: 6, column: 1)),
            ])
        }
        let page = PageRenderer.page(run) { note, hooks in note.codeBlocks.map(hooks.codeBlock).joined() }
        #expect(!page.contains("secretCode"))
        #expect(page.contains("shown"))
        #expect(!page.contains("hidden text"))
        #expect(!page.contains("quiet"))
        #expect(page.contains("#expect(loud)"), "a failed check shows even with output: false")
    }

    @Test func unreadableNotePage() {
        let run = NoteRunner.run(source: "---\ntags: [x]\n---\n", path: "notes/<bad>.md")
        let page = PageRenderer.page(run)
        #expect(page.contains("<title>&lt;bad&gt;</title>"))
        #expect(page.contains(#"<div class="error">"#))
        #expect(page.contains("notes/&lt;bad&gt;.md:1:1: error:"))
    }

    @Test func deterministic() {
        #expect(page == PageRenderer.page(Fixtures.run, renderProse: Fixtures.prose))
    }
}
