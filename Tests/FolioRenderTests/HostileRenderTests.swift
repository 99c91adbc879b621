import Foundation
import Testing

@testable import FolioRender

/// Markup that becomes live if pasted unescaped into HTML or SVG: it closes a `<script>` and
/// opens an element with an event handler.
let payload = "</script><img src=x onerror=alert(1)>"
/// The payload as it must appear on a page: text, not tags.
let escapedPayload = "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"

/// One place where note text reaches a page, and the note that puts the payload there.
struct HostilePlace: CustomTestStringConvertible, Sendable {
    var name: String
    var note: String
    /// Where it must show, escaped: on the note's page, or on the index.
    var onIndex = false

    var testDescription: String { name }
}

/// A note with `front` as extra front matter and `body` after it.
func hostileNote(_ body: String, front: String = "") -> String {
    "---\ntitle: Hostile\n\(front)---\n\n\(body)\n"
}

/// A `swift` block around `code`, the payload bound to `evil`.
func block(_ code: String, options: String = "") -> String {
    "```swift\n\(options)let evil = \"\(payload)\"\n\(code)\n```\n"
}

let hostilePlaces: [HostilePlace] = [
    HostilePlace(name: "printed string", note: hostileNote(block("print(evil)"))),
    HostilePlace(name: "value of the last expression", note: hostileNote(block("evil"))),
    HostilePlace(name: "inline expression", note: hostileNote(block("let x = 1") + "\nValue `{swift} evil`.")),
    HostilePlace(
        name: "chart title",
        note: hostileNote(block("Chart { LineMark(x: [1.0, 2.0], y: [1.0, 2.0]) }\n.chartTitle(evil)"))),
    HostilePlace(
        name: "chart x-axis label",
        note: hostileNote(block("Chart { LineMark(x: [1.0, 2.0], y: [1.0, 2.0]) }\n.chartXAxisLabel(evil)"))),
    HostilePlace(
        name: "chart y-axis label",
        note: hostileNote(block("Chart { LineMark(x: [1.0, 2.0], y: [1.0, 2.0]) }\n.chartYAxisLabel(evil)"))),
    HostilePlace(
        name: "chart series name (legend)",
        note: hostileNote(block("Chart { LineMark(x: [1.0, 2.0], y: [1.0, 2.0], series: evil) }"))),
    HostilePlace(
        name: "table column name", note: hostileNote(block("let v = [1.0]\nTable { Column(evil, v) }"))),
    HostilePlace(
        name: "table cell", note: hostileNote(block("let names = [evil, \"b\"]\nTable { Column(\"name\", names) }"))),
    HostilePlace(
        name: "figure caption",
        note: hostileNote(block("print(1)", options: "//| caption: A \(payload) caption\n"))),
    HostilePlace(
        name: "values of a failed check", note: hostileNote(block("#expect(evil == \"x\")"))),
    HostilePlace(
        name: "runtime error message (a data path)", note: hostileNote(block("let s = readText(evil)"))),
    HostilePlace(
        name: "annotated source line of a syntax error",
        note: hostileNote("```swift\nlet s = \"\(payload)\" +\n```\n")),
    HostilePlace(name: "code block text", note: hostileNote("```python\nprint('\(payload)')\n```\n")),
    HostilePlace(name: "front-matter title on the page", note: "---\ntitle: \"T \(payload)\"\n---\n\nText.\n"),
    HostilePlace(
        name: "front-matter source on the page",
        note: "---\ntitle: T\nsource: \"S \(payload)\"\n---\n\nText.\n"),
    HostilePlace(
        name: "front-matter tags on the page", note: "---\ntitle: T\ntags: [\"\(payload)\"]\n---\n\nText.\n"),
    HostilePlace(
        name: "front-matter title on the index", note: "---\ntitle: \"T \(payload)\"\n---\n\nText.\n",
        onIndex: true),
    HostilePlace(
        name: "front-matter source on the index",
        note: "---\ntitle: T\nsource: \"S \(payload)\"\n---\n\nText.\n", onIndex: true),
    HostilePlace(
        name: "front-matter tags on the index", note: "---\ntitle: T\ntags: [\"\(payload)\"]\n---\n\nText.\n",
        onIndex: true),
    HostilePlace(name: "inline math", note: hostileNote("Math $a \(payload) b$ here.")),
    HostilePlace(name: "display math", note: hostileNote("$$\na \(payload) b\n$$")),
    HostilePlace(name: "link title attribute", note: hostileNote("[t](https://example.org \"\(payload)\")")),
]

/// `javascript:` and other script-running URLs, in every Markdown link form.
let scriptLinks: [String] = [
    "[a](javascript:alert(1))",
    "[a](JaVaScRiPt:alert(1))",
    "[a](  javascript:alert(1)  )",
    "[a](java&#115;cript:alert(1))",
    "[a](&#x6A;avascript:alert(1))",
    "<javascript:alert(1)>",
    "![i](javascript:alert(1))",
    "[r][ref]\n\n[ref]: javascript:alert(1)",
    "[a](vbscript:msgbox(1))",
    "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[a](file:///etc/passwd)",
]

@Suite("Hostile notes on pages")
struct HostileRenderTests {
    @Test("note text never becomes live markup", arguments: hostilePlaces)
    func escaped(_ place: HostilePlace) throws {
        let run = NoteRunner.run(source: place.note, path: "notes/hostile.md")
        let html = place.onIndex ? IndexRenderer.page([run]) : PageRenderer.page(run)
        #expect(!html.contains("<img src=x"), "live <img> on the page")
        #expect(!html.contains("</script><img"), "live </script> on the page")
        #expect(!html.contains("onerror=alert(1)>"))
        // The text did reach the page, escaped (a page that silently dropped it would pass the
        // checks above for the wrong reason).
        #expect(html.contains("img src=x onerror=alert(1)"), "the payload is not on the page at all")
    }

    @Test("script-running link targets are dropped", arguments: scriptLinks)
    func scriptLinkDropped(_ link: String) {
        let page = PageRenderer.page(NoteRunner.run(source: hostileNote("See \(link) here."), path: "notes/links.md"))
        let lower = page.lowercased()
        for scheme in ["javascript:", "vbscript:", "data:text/html", "file:///etc"] {
            #expect(!lower.contains("href=\"\(scheme)"), "\(scheme) link on the page")
            #expect(!lower.contains("src=\"\(scheme)"), "\(scheme) source on the page")
        }
        #expect(page.contains("See ") && page.contains(" here."))
    }

    @Test("NaN and ±inf in a table are shown as nan and inf")
    func nanInTable() {
        let note = hostileNote(
            "```swift\nlet v = [Double.nan, Double.infinity, -Double.infinity, 1.5]\nTable { Column(\"v\", v, format: .fixed(2)) }\n```"
        )
        let page = PageRenderer.page(NoteRunner.run(source: note, path: "notes/nan.md"))
        let cells = page.components(separatedBy: "<td class=\"num\">").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(cells == ["nan", "inf", "-inf", "1.50"])
    }

    @Test("NaN and ±inf in chart data never reach SVG coordinates")
    func nanInChart() throws {
        let note = hostileNote(
            """
            ```swift
            let y = [1.0, Double.nan, Double.infinity, 2.0, -Double.infinity, 3.0]
            Chart {
                LineMark(x: [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], y: y)
                PointMark(x: [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], y: y)
                BarMark(x: [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], y: y)
            }
            ```
            """)
        let run = NoteRunner.run(source: note, path: "notes/nan-chart.md")
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics)")
        let page = PageRenderer.page(run)
        let svg = try #require(page.range(of: "<svg").map { String(page[$0.lowerBound...]) })
        let attributes = svg.matches(of: /="([^"]*)"/).map { String($0.output.1).lowercased() }
        #expect(!attributes.isEmpty)
        for value in attributes where value.contains("nan") || value.contains("inf") {
            // Only names may contain the letters (e.g. "infinity" in a class): no number does.
            #expect(!value.contains(/[0-9,\s.-](nan|inf)|^(nan|inf|-inf)/), "\(value)")
        }
        #expect(svg.contains("<path class=\"line"))
    }

    @Test("a note that loops forever stops at its budget; the next note runs normally")
    func loopingNoteDoesNotAffectOthers() {
        // The loop is declared in one block and run in the next, under `timeout:`, so that only
        // the loop is charged to the 200 ms (parsing alone can take longer under ASan).
        let looping = hostileNote(
            "```swift\nfunc spin() {\n    var i = 0\n    while true { i += 1 }\n}\n```\n\n"
                + "```swift\n//| timeout: 200ms\nspin()\n```\n\n```swift\nprint(\"later\")\n```")
        let recursing = hostileNote("```swift\nfunc f(_ n: Int) -> Int { f(n + 1) }\nprint(f(0))\n```")
        let huge = hostileNote("```swift\nlet t = Tensor.zeros(shape: [1 << 40])\n```")
        let good = hostileNote("```swift\nlet t = Tensor.ones(shape: [3])\n#expect(t.sum() == 3)\n```")
        let runs = [looping, recursing, huge, good].enumerated().map {
            NoteRunner.run(source: $0.element, path: "notes/n\($0.offset).md")
        }
        #expect(
            runs[0].diagnostics.map { "\($0.line): \($0.message)" }
                == ["8: time budget of 0.2 s exceeded (in spin called at 14:1)"])
        #expect(runs[0].blocksRun == 2)
        #expect(runs[1].diagnostics.map(\.line) == [6])
        #expect(runs[1].diagnostics.first?.id == .recursionDepth)
        #expect(runs[2].diagnostics.map { "\($0.line):\($0.column)" } == ["6:9"])
        #expect(runs[3].succeeded && runs[3].checksPassed == 1)
        // Pages for all of them render, with the errors in place.
        #expect(PageRenderer.page(runs[0]).contains("time budget of 0.2 s exceeded"))
        #expect(IndexRenderer.page(runs).contains("n3.html"))
    }
}
