import FolioMarkdown
import Foundation
import Testing

/// One hostile input for the Markdown layer and what it must do. Inputs are generated in code
/// (no resource files), the huge ones at test time.
struct HostileCase: CustomTestStringConvertible, Sendable {
    enum Expected: Sendable {
        /// The note parses; `check` asserts its properties and `html` (rendered with
        /// `markerHooks`) when given.
        case parses(check: @Sendable (Note) -> Void, html: String?)
        /// Parsing throws exactly this error.
        case fails(MarkdownError)
    }

    var name: String
    /// The note file's bytes (a generator, so that 10 MB inputs are built only when run).
    var bytes: @Sendable () -> [UInt8]
    var expected: Expected
    /// Pathological sizes get a hang guard: parse and render must take less than 2 s of this
    /// thread's CPU time even in debug builds. (A guard against hangs and quadratic blow-ups,
    /// not a speed claim: speed is measured by benchmarks. CPU time, not wall time, so that a
    /// loaded machine running tests in parallel does not fail it. Under AddressSanitizer the
    /// bound is 10 s.)
    var isHuge = false

    var testDescription: String { name }
}

/// The three-line front matter every body below sits under (body line 1 is note line 4).
/// CPU time used by the calling thread, in seconds (parsing and rendering are synchronous).
func threadCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

let header = "---\ntitle: T\n---\n"

func text(_ s: String) -> @Sendable () -> [UInt8] { { Array(s.utf8) } }
func body(_ s: String) -> @Sendable () -> [UInt8] { { Array((header + s).utf8) } }
func repeated(_ prefix: String, _ unit: String, _ n: Int, _ suffix: String = "")
    -> @Sendable () -> [UInt8]
{
    { Array((header + prefix + String(repeating: unit, count: n) + suffix).utf8) }
}

func parses(html: String? = nil, _ check: @escaping @Sendable (Note) -> Void = { _ in })
    -> HostileCase.Expected
{
    .parses(check: check, html: html)
}

func fails(_ message: String, _ line: Int, _ column: Int) -> HostileCase.Expected {
    .fails(MarkdownError(message, at: SourceLocation(line: line, column: column)))
}

let n5 = 100_000
let tenMB = 10 * 1024 * 1024
/// Private-use characters that the math placeholders use (planes 15 and 16).
let pua0 = "\u{F0000}"
let pua1 = "\u{F0001}"
let filler = "\u{10FFFD}"

let hostileCases: [HostileCase] = [
    // MARK: Nesting
    HostileCase(
        name: "10⁵ nested [ brackets", bytes: repeated("", "[", n5, "x"),
        expected: parses(html: "<p>" + String(repeating: "[", count: n5) + "x</p>\n") {
            #expect($0.codeBlocks.isEmpty)
        }, isHuge: true),
    HostileCase(
        name: "10⁵ nested [ brackets, closed as links",
        bytes: {
            Array(
                (header + String(repeating: "[", count: n5) + "x"
                    + String(repeating: "](u)", count: n5)).utf8)
        },
        expected: parses { #expect($0.codeBlocks.isEmpty) }, isHuge: true),
    HostileCase(
        name: "10⁵ nested block quotes", bytes: repeated("", ">", n5, " $x$ deep\n"),
        expected: parses { note in
            #expect(note.displayMath.isEmpty)
            let out = note.renderHTML(markerHooks())
            #expect(out.components(separatedBy: "<blockquote>").count - 1 == n5)
            #expect(out.contains("<p><span class=\"math\">x</span> deep</p>"))
        }, isHuge: true),
    HostileCase(
        name: "10⁵ nested list items", bytes: repeated("", "- ", n5, "item\n"),
        expected: parses { note in
            let out = note.renderHTML(markerHooks())
            #expect(out.components(separatedBy: "<ul>").count - 1 == n5)
            #expect(out.contains("<li>item</li>"))
        }, isHuge: true),
    HostileCase(
        name: "a fence inside 10⁵ nested block quotes",
        bytes: {
            let q = String(repeating: ">", count: n5)
            return Array((header + "\(q) ```swift\n\(q) //| label: fig-deep\n\(q) let x = 1\n\(q) ```\n").utf8)
        },
        expected: parses { note in
            #expect(note.codeBlocks.count == 1)
            #expect(note.codeBlocks.first?.options.label == "fig-deep")
        }, isHuge: true),
    HostileCase(
        name: "10⁵ nested emphasis openers", bytes: repeated("", "*_", n5, "x"),
        expected: parses(), isHuge: true),

    // MARK: Size
    HostileCase(
        name: "a 10 MB line", bytes: repeated("", "a", tenMB, "\n"),
        expected: parses { #expect($0.codeBlocks.isEmpty && $0.displayMath.isEmpty) },
        isHuge: true),
    HostileCase(
        name: "a 10 MB line in a code block",
        bytes: repeated("```swift\n", "x", tenMB, "\n```\n"),
        expected: parses { #expect($0.codeBlocks.first?.code.utf8.count == tenMB + 1) },
        isHuge: true),
    HostileCase(
        name: "10⁵ unmatched backtick runs of growing length (code-span storm)",
        bytes: {
            var s = header
            for k in 1...4_000 { s += String(repeating: "`", count: k) + "a" }
            return Array(s.utf8)
        }, expected: parses(), isHuge: true),
    HostileCase(
        name: "10⁵ `![[]()` (quadratic in libcmark 0.30.2)", bytes: repeated("", "![[]()", n5),
        expected: fails(
            "this paragraph has too many image openers `![` before links for libcmark 0.30.2, which would take quadratic time on it; split it or escape them as `\\![`",
            4, 1), isHuge: true),
    HostileCase(
        name: "many images and links in separate paragraphs are fine",
        bytes: repeated("", "![a](i) [b](u)\n\n", 20_000),
        expected: parses {
            #expect($0.renderHTML(markerHooks()).components(separatedBy: "<img").count == 20_001)
        }, isHuge: true),
    HostileCase(
        name: "10⁵ `<` characters", bytes: repeated("", "<a ", n5),
        expected: parses(), isHuge: true),

    // MARK: Encoding
    HostileCase(
        name: "invalid UTF-8: a lone 0xFF byte", bytes: { Array((header + "ok\nab").utf8) + [0xFF] },
        expected: fails("note is not valid UTF-8 (byte 0xFF here); save it as UTF-8", 5, 3)),
    HostileCase(
        name: "invalid UTF-8: truncated sequence at the end",
        bytes: { Array(header.utf8) + [0x61, 0xE2, 0x82] },
        expected: fails("note is not valid UTF-8 (byte 0xE2 here); save it as UTF-8", 4, 2)),
    HostileCase(
        name: "invalid UTF-8: overlong encoding and a surrogate",
        bytes: { Array(header.utf8) + Array("é\n".utf8) + [0xC0, 0xAF, 0xED, 0xA0, 0x80] },
        expected: fails("note is not valid UTF-8 (byte 0xC0 here); save it as UTF-8", 5, 1)),
    HostileCase(
        name: "invalid UTF-8 in the front matter, after CRLF lines",
        bytes: { Array("---\r\ntitle: \"".utf8) + [0x80] + Array("\"\r\n---\r\n".utf8) },
        expected: fails("note is not valid UTF-8 (byte 0x80 here); save it as UTF-8", 2, 9)),
    HostileCase(
        name: "a NUL byte in prose", bytes: { Array((header + "one\ntw").utf8) + [0, 0x6F] },
        expected: fails("note contains a NUL byte; a note must be UTF-8 text", 5, 3)),
    HostileCase(
        name: "a NUL byte in math after a BOM",
        bytes: { [0xEF, 0xBB, 0xBF] + Array("---\ntitle: T\n---\n$a".utf8) + [0] + Array("b$".utf8) },
        expected: fails("note contains a NUL byte; a note must be UTF-8 text", 4, 3)),

    // MARK: Unterminated constructs
    HostileCase(
        name: "unterminated fence runs to the end",
        bytes: body("Text\n\n```swift\nlet x = 1\n$$ not math $$\n"),
        expected: parses(html: "<p>Text</p>\n<pre data-block=\"0\">let x = 1\n$$ not math $$\n</pre>\n") {
            #expect($0.codeBlocks.count == 1)
            #expect($0.codeBlocks.first?.code == "let x = 1\n$$ not math $$\n")
            #expect($0.displayMath.isEmpty)
        }),
    HostileCase(
        name: "unterminated $$ math is text", bytes: body("$$\na_1 *b*\n\nAfter.\n"),
        expected: parses(html: "<p>$$\na_1 <em>b</em></p>\n<p>After.</p>\n") {
            #expect($0.displayMath.isEmpty)
        }),
    HostileCase(
        name: "unterminated inline $ is text", bytes: body("Costs $5 and *more*"),
        expected: parses(html: "<p>Costs $5 and <em>more</em></p>\n")),
    HostileCase(
        name: "a storm of 10⁵ lone $", bytes: repeated("", "$ ", n5),
        expected: parses { #expect($0.displayMath.isEmpty) }, isHuge: true),
    HostileCase(
        name: "a storm of 10⁵ $$ with nothing between", bytes: repeated("", "$$", n5),
        expected: parses { #expect($0.displayMath.isEmpty) }, isHuge: true),
    HostileCase(
        name: "a storm of 2·10⁵ inline formulas (more than before the placeholder range grew)",
        bytes: repeated("", "$a$ ", 2 * n5),
        expected: parses { note in
            let out = note.renderHTML(markerHooks())
            // 131 069 placeholders: the rest stays text, nothing is misread.
            let spans = out.components(separatedBy: "<span class=\"math\">a</span>").count - 1
            #expect(spans == 0x1FFFD)
            #expect(out.contains("$a$"))
        }, isHuge: true),
    HostileCase(
        name: "a storm of unclosed inline $x", bytes: repeated("", "$x ", n5),
        expected: parses(), isHuge: true),

    // MARK: Front matter
    HostileCase(
        name: "YAML billion laughs",
        bytes: text(
            """
            ---
            title: lol
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
            i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
            tags: *i
            ---
            """),
        expected: fails(
            "front matter uses the alias `*a`; YAML anchors and aliases are not supported in notes",
            4, 8)),
    HostileCase(
        name: "YAML alias as a mapping key (hashing would expand it)",
        bytes: text(
            "---\ntitle: x\nk: &k [1, 2]\n? *k\n: v\n---\n"),
        expected: fails(
            "front matter uses the alias `*k`; YAML anchors and aliases are not supported in notes",
            4, 3)),
    HostileCase(
        name: "an anchor without alias is harmless", bytes: text("---\ntitle: &t Hello\n---\nx\n"),
        expected: parses { #expect($0.frontMatter.title == "Hello") }),
    HostileCase(
        name: "deeply nested YAML flow lists",
        bytes: {
            Array(("---\ntitle: x\ntags: " + String(repeating: "[", count: n5) + "\n---\n").utf8)
        },
        expected: fails(
            "front matter is 100016 bytes; Folio reads at most 65536 (put data in a file under notes/data/)",
            1, 1), isHuge: true),
    HostileCase(
        name: "nested YAML just under the size limit",
        bytes: {
            Array(
                ("---\ntitle: x\ntags: " + String(repeating: "[", count: 30_000)
                    + String(repeating: "]", count: 30_000) + "\n---\n").utf8)
        },
        expected: fails(
            "front matter nests lists and mappings more than 32 levels deep", 3, 8),
        isHuge: true),
    HostileCase(
        name: "deeply nested YAML block mappings",
        bytes: {
            var y = "---\ntitle: x\n"
            for d in 0..<40 { y += String(repeating: " ", count: d) + "k\(d):\n" }
            return Array((y + "---\n").utf8)
        },
        expected: fails(
            "front matter nests lists and mappings more than 32 levels deep", 35, 33)),
    HostileCase(
        name: "huge front matter (10 MB summary)",
        bytes: {
            Array(("---\ntitle: x\nsummary: " + String(repeating: "s", count: tenMB) + "\n---\n").utf8)
        },
        expected: fails(
            "front matter is 10485779 bytes; Folio reads at most 65536 (put data in a file under notes/data/)",
            1, 1), isHuge: true),
    HostileCase(
        name: "front matter never closed in a note of 500 000 lines",
        bytes: {
            Array(("---\ntitle: x\n" + String(repeating: "y\n", count: 500_000)).utf8)
        },
        expected: fails(
            "front matter starting with `---` on line 1 is never closed by `---` or `...`", 1, 1),
        isHuge: true),
    HostileCase(
        name: "front matter with markup in the title stays a string",
        bytes: text(
            "---\ntitle: \"</script><img src=x onerror=alert(1)>\"\n---\n"),
        expected: parses {
            #expect($0.frontMatter.title == "</script><img src=x onerror=alert(1)>")
        }),

    // MARK: HTML and URLs (safe mode)
    HostileCase(
        name: "</script> in prose", bytes: body("a </script> b\n\n</script>\n"),
        expected: parses(html: "<p>a <!-- raw HTML omitted --> b</p>\n<!-- raw HTML omitted -->\n")),
    HostileCase(
        name: "<img onerror> inline and as a block",
        bytes: body("x <img src=x onerror=alert(1)> y\n\n<img src=x onerror=alert(1)>\n"),
        expected: parses(html: "<p>x <!-- raw HTML omitted --> y</p>\n<!-- raw HTML omitted -->\n")),
    HostileCase(
        name: "javascript:, vbscript: and data: links and images",
        bytes: body(
            "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) <javascript:alert(1)> "
                + "[c](vbscript:x) ![d](data:text/html,x) ![e](data:image/png;base64,AA)\n"),
        expected: parses(
            html:
                "<p><a href=\"\">a</a> <a href=\"\">b</a> <a href=\"\">javascript:alert(1)</a> "
                + "<a href=\"\">c</a> <img src=\"\" alt=\"d\" /> "
                + "<img src=\"data:image/png;base64,AA\" alt=\"e\" /></p>\n")),
    HostileCase(
        name: "javascript: link with math in the URL",
        bytes: body("[x](javascript:$a$) [y](http://e.org/$b$ \"$t$\")\n"),
        expected: parses(
            html:
                "<p><a href=\"\">x</a> <a href=\"http://e.org/$b$\" title=\"$t$\">y</a></p>\n")),
    HostileCase(
        name: "raw HTML comment, processing instruction and attribute injection",
        bytes: body(
            "x <!-- c --> <?php x ?> [q](\"onmouseover=alert(1)) <a href=\"javascript:x\">z</a>\n\n<!-- a block -->\n"),
        expected: parses(
            html:
                "<p>x <!-- raw HTML omitted --> <!-- raw HTML omitted --> <a href=\"%22onmouseover=alert(1)\">q</a> "
                + "<!-- raw HTML omitted -->z<!-- raw HTML omitted --></p>\n<!-- raw HTML omitted -->\n")),
    HostileCase(
        name: "HTML in a fence info string, label and code",
        bytes: body("```swift <script>\n//| label: <img src=x>\n</script>\n```\n"),
        expected: parses { note in
            #expect(note.codeBlocks.first?.info == "swift <script>")
            #expect(note.codeBlocks.first?.options.label == "<img src=x>")
            #expect(note.codeBlocks.first?.code == "</script>\n")
        }),

    // MARK: Placeholder-range characters
    HostileCase(
        name: "the note's own placeholder-range characters are text, not formulas",
        bytes: body("\(pua0) and \(pua1) and \(filler) with $x$.\n"),
        expected: parses(
            html:
                "<p>\(pua0) and \(pua1) and \(filler) with <span class=\"math\">x</span>.</p>\n")),
    HostileCase(
        name: "placeholder-range characters everywhere",
        bytes: body(
            "# H \(pua0)\n\n`\(pua0)` $\(pua1)$ [l](u\(pua0) \"t\(pua0)\") ![\(pua0)](i)\n\n"
                + "$$\n\(pua0)\n$$ {#eq-\(pua1)}\n\n```swift \(pua0)\n//| label: fig-\(pua0)\nlet s = \"\(pua0)\(filler)\"\n```\n"
        ),
        expected: parses(
            html:
                "<h1 id=\"h-\">H \(pua0)</h1>\n"
                + "<p><code>\(pua0)</code> <span class=\"math\">\(pua1)</span> "
                + "<a href=\"u%F3%B0%80%80\" title=\"t\(pua0)\">l</a> <img src=\"i\" alt=\"\(pua0)\" /></p>\n"
                + "<div class=\"math\" data-label=\"eq-\(pua1)\">\n\(pua0)\n</div>\n"
                + "<pre data-block=\"0\">let s = \"\(pua0)\(filler)\"\n</pre>\n"
        ) { note in
            #expect(note.headings.first?.text == "H \(pua0)")
            #expect(
                note.displayMath == [
                    DisplayMath(
                        tex: "\n\(pua0)\n", label: "eq-\(pua1)", location: SourceLocation(line: 8, column: 1))
                ])
            #expect(note.codeBlocks.first?.info == "swift \(pua0)")
            #expect(note.codeBlocks.first?.options.label == "fig-\(pua0)")
            #expect(note.codeBlocks.first?.code == "let s = \"\(pua0)\(filler)\"\n")
        }),
    HostileCase(
        name: "an inline expression holding a placeholder-range character",
        bytes: body("Value `{swift} \"\(pua0)\".count`.\n"),
        expected: parses { note in
            #expect(
                note.inlineExpressions == [
                    InlineExpression(
                        index: 0, code: "\"\(pua0)\".count", location: SourceLocation(line: 4, column: 16),
                        blocksBefore: 0)
                ])
        }),

    // MARK: Line endings, BOM, tabs
    HostileCase(
        name: "CRLF line endings",
        bytes: text("---\r\ntitle: T\r\n---\r\n$$\r\na\r\n$$ {#eq-a}\r\n\r\n```swift\r\n//| bad\r\n```\r\n"),
        expected: fails("block option `//| bad` has no `:`; write `//| key: value`", 9, 1)),
    HostileCase(
        name: "lone CR line endings",
        bytes: text("---\rtitle: T\r---\r# Head\r\rText $x$\r```swift\rlet a = 1\r```\r"),
        expected: parses(
            html:
                "<h1 id=\"head\">Head</h1>\n<p>Text <span class=\"math\">x</span></p>\n<pre data-block=\"0\">let a = 1\n</pre>\n"
        ) {
            #expect($0.codeBlocks.first?.codeStart == SourceLocation(line: 8, column: 1))
        }),
    HostileCase(
        name: "a byte order mark before the front matter",
        bytes: { [0xEF, 0xBB, 0xBF] + Array("---\ntitle: BOM\n---\n```swift\n//| x\n```\n".utf8) },
        expected: fails("block option `//| x` has no `:`; write `//| key: value`", 5, 1)),
    HostileCase(
        name: "tabs: indented code, tab-indented fence and options",
        bytes: body("\tindented $x$\n\n-\titem $y$\n\n```swift\n//|\tlabel:\tfig-t\n\tlet\tx = 1\n```\n"),
        expected: parses(
            html:
                "<pre><code>indented $x$\n</code></pre>\n<ul>\n<li>item <span class=\"math\">y</span></li>\n</ul>\n"
                + "<pre data-block=\"0\">\tlet\tx = 1\n</pre>\n"
        ) { note in
            #expect(note.codeBlocks.count == 1)
            #expect(note.codeBlocks.first?.options.label == "fig-t")
            #expect(note.codeBlocks.first?.code == "\tlet\tx = 1\n")
            #expect(note.codeBlocks.first?.codeStart == SourceLocation(line: 10, column: 1))
            #expect(note.displayMath.isEmpty)
        }),

    // MARK: Fuzzer findings (Fuzz/corpus/markdown/regress-*)
    HostileCase(
        // The heading's last text node holds only `{#x}` and is freed when the id is
        // stripped; the renderer then visited it (heap use after free, FuzzMarkdown).
        name: "a heading whose last text is only its {#id}, after emphasis",
        bytes: body("# *a* {#x}\n\n## `c` {#y}\n"),
        expected: parses(html: "<h1 id=\"x\"><em>a</em></h1>\n<h2 id=\"y\"><code>c</code></h2>\n") {
            #expect($0.headings.map(\.id) == ["x", "y"])
        }),
]

@Suite struct HostileCorpusTests {
    @Test func corpusHasAtLeast25Cases() {
        #expect(hostileCases.count >= 25)
        #expect(Set(hostileCases.map(\.name)).count == hostileCases.count)
    }

    @Test(arguments: hostileCases)
    func hostileInput(_ c: HostileCase) throws {
        // HOSTILE_ONLY=<part of a name> runs only matching cases (profiling one input).
        if let only = ProcessInfo.processInfo.environment["HOSTILE_ONLY"], !c.name.contains(only) {
            return
        }
        // Huge inputs take hundreds of megabytes for a moment; MemoryTests measures resident
        // memory, so the two never overlap.
        memoryMeasurement.lock()
        defer { memoryMeasurement.unlock() }
        let bytes = c.bytes()
        if ProcessInfo.processInfo.environment["HOSTILE_TRACE"] != nil {
            FileHandle.standardError.write(Data("start \(c.name)\n".utf8))
        }
        defer {
            if ProcessInfo.processInfo.environment["HOSTILE_TRACE"] != nil {
                FileHandle.standardError.write(Data("end \(c.name)\n".utf8))
            }
        }
        let start = threadCPUSeconds()
        let result: Result<Note, MarkdownError>
        do throws(MarkdownError) {
            result = .success(try Note.parse(data: bytes, path: "hostile.md"))
        } catch {
            result = .failure(error)
        }
        // Rendering must work on whatever text a note holds, whether or not it parses.
        let rendered: String
        switch result {
        case .success(let note): rendered = note.renderHTML(markerHooks())
        case .failure:
            rendered = Note(
                path: "hostile.md", source: String(decoding: bytes, as: UTF8.self),
                frontMatter: FrontMatter(title: "x")
            ).renderHTML(markerHooks())
        }
        let elapsed = threadCPUSeconds() - start
        if c.isHuge {
            // A hang guard, not a speed claim: the quadratic cases it exists for take minutes, while
            // a loaded 2-core machine can slow a linear one past 2 s. ASan is several times slower.
            #expect(elapsed < (underAddressSanitizer ? 40 : 10), "\(c.name) took \(elapsed) s of CPU time")
        }
        switch (c.expected, result) {
        case (.parses(let check, let html), .success(let note)):
            check(note)
            if let html { #expect(rendered == html) }
        case (.fails(let expected), .failure(let error)):
            #expect(error == expected)
        case (.parses, .failure(let error)):
            Issue.record("expected a note, got \(error)")
        case (.fails(let expected), .success):
            Issue.record("expected \(expected), got a note")
        }
        // Whatever the input, no raw tag from the note survives into the HTML.
        #expect(!rendered.contains("<script"))
        #expect(!rendered.contains("<img src=x"))
        #expect(!rendered.contains("javascript:alert(1)\""))
    }
}
