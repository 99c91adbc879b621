import FolioHTML
import FolioMarkdown
import FolioScript

/// The HTML page of one note (`output/<slug>.html`).
///
/// The page is a standalone HTML5 document that links `assets/folio.css` and the local KaTeX
/// copy in `assets/katex/`, so it renders without network. Every string that comes from the
/// note's metadata or from running it is escaped with `HTMLText.escape` (FolioHTML); only the prose HTML
/// produced by FolioMarkdown is inserted as is.
///
/// Decisions the design leaves open:
/// - `output: false` hides printed text, values and passing checks, but never an error or a
///   failed check: a page must not look green when the note is not.
/// - Figures are captioned below, tables above (as in print). A caption without a label is an
///   unnumbered figure.
/// - Display math: the `div.math.display` holds exactly `\[` + TeX + `\]` so its text content
///   is the author's TeX; the number and the badge sit beside it in `div.equation`.
public enum PageRenderer {
    /// The full HTML document of `run`'s page.
    public static func page(_ run: NoteRun) -> String {
        page(run) { note, hooks in note.renderHTML(hooks) }
    }

    /// The page, with the prose rendered by `renderProse` (tests substitute a fixed renderer so
    /// that page goldens do not depend on FolioMarkdown's output).
    static func page(_ run: NoteRun, renderProse: (Note, HTMLHooks) -> String) -> String {
        let title = run.note?.frontMatter.title ?? run.slug
        var body = ""
        var toc: [TableOfContents.Entry] = []
        if let note = run.note {
            let context = Context(run: run, note: note)
            // The hooks' HTML is parked behind placeholders while the prose is post-processed
            // (heading anchors, cross-references), so nothing inside code, outputs or math is
            // mistaken for prose.
            let fragments = Fragments()
            var hooks = HTMLHooks(
                codeBlock: { fragments.park(context.codeBlock($0)) },
                displayMath: { fragments.park(context.displayMath($0)) },
                inlineMath: { fragments.park(inlineMath($0)) },
                inlineExpression: { fragments.park(context.inlineExpression($0)) })
            hooks.tableNumber = { context.blockNumbers[$0] }
            let prose = renderProse(note, hooks)
            let anchored = TableOfContents.anchor(prose)
            var targets = context.referenceTargets
            for entry in anchored.entries where entry.id.hasPrefix("sec-") && targets[entry.id] == nil {
                targets[entry.id] = CrossReferences.Target(id: entry.id, html: entry.html)
            }
            var linked = CrossReferences.link(anchored.html, targets: targets)
            if let bibliography = run.bibliography {
                let cited = Citations.link(linked, bibliography: bibliography)
                linked = cited.html + Citations.section(cited: cited.cited, bibliography: bibliography)
            }
            body = fragments.expand(linked)
            toc = anchored.entries.map {
                TableOfContents.Entry(level: $0.level, id: $0.id, html: fragments.expand($0.html))
            }
        } else {
            body = run.diagnostics.map { errorBox($0, source: run.source) }.joined()
        }

        var out = Self.documentStart(title: title, main: "note")
        out += header(run, title: title)
        out += TableOfContents.html(toc)
        out += "<article class=\"note-body\">\n"
        out += body
        if !body.hasSuffix("\n") && !body.isEmpty { out += "\n" }
        out += "</article>\n"
        out +=
            "<footer class=\"note-footer\"><p>Rendered by Folio from <code>\(HTMLText.escape(run.path))</code>.</p></footer>\n"
        out += "</main>\n"
        out += mathScript
        out += "</body>\n</html>\n"
        return out
    }

    /// The `<link>`/`<script>` elements of a page's `<head>`: the stylesheet and local KaTeX.
    /// A page's start, up to its `<main class="…">`: every page shares its head and assets.
    static func documentStart(title: String, main: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Folio">
        <title>\(HTMLText.escape(title))</title>
        \(headAssets)
        </head>
        <body>
        <main class="\(main)">

        """
    }

    static let headAssets = """
        <link rel="stylesheet" href="assets/katex/katex.min.css">
        <link rel="stylesheet" href="assets/folio.css">
        <script defer src="assets/katex/katex.min.js"></script>
        <script defer src="assets/katex/contrib/auto-render.min.js"></script>
        """

    /// Typesets `\(…\)` and `\[…\]` with KaTeX once the deferred scripts have loaded.
    static let mathScript = """
        <script>
        document.addEventListener("DOMContentLoaded", function () {
          if (typeof renderMathInElement !== "function") { return; }
          renderMathInElement(document.body, {
            delimiters: [
              { left: "\\\\[", right: "\\\\]", display: true },
              { left: "\\\\(", right: "\\\\)", display: false }
            ],
            ignoredClasses: ["code", "output", "error"],
            throwOnError: false
          });
        });
        </script>

        """

    /// Inline math: `<span class="math inline">\(TeX\)</span>`, the TeX escaped.
    public static func inlineMath(_ tex: String) -> String {
        "<span class=\"math inline\">\\(\(HTMLText.escape(tex))\\)</span>"
    }

    /// A diagnostic with its annotated source lines, as a `<pre class="error">`.
    static func errorBox(_ diagnostic: Diagnostic, source: String, expected: Bool = false) -> String {
        let css = expected ? "error expected" : diagnostic.severity == .error ? "error" : "error warning"
        let lead = expected ? "<p class=\"error-expected\">Failed as expected:</p>\n" : ""
        return
            "<div class=\"\(css)\">\n\(lead)<pre>\(HTMLText.escape(diagnostic.formatted(source: source)))</pre>\n</div>\n"
    }

    static func header(_ run: NoteRun, title: String) -> String {
        var out = "<header class=\"note-header\">\n"
        out += "<nav class=\"breadcrumb\"><a href=\"index.html\">All notes</a></nav>\n"
        out += "<h1 class=\"title\">\(HTMLText.escape(title))</h1>\n"
        if let front = run.note?.frontMatter {
            if let summary = front.summary, !summary.isEmpty {
                out += "<p class=\"summary\">\(HTMLText.escape(summary))</p>\n"
            }
            if let source = front.source, !source.isEmpty {
                out += "<p class=\"source\">Source: \(HTMLText.escape(source))</p>\n"
            }
            if front.engine == .compiled {
                out += "<p class=\"engine\">Run as a compiled Swift program (engine: compiled).</p>\n"
            }
            if !front.tags.isEmpty {
                out += "<ul class=\"tags\">"
                out += front.tags.map { "<li class=\"tag\">\(HTMLText.escape($0))</li>" }.joined()
                out += "</ul>\n"
            }
        }
        out += "<p class=\"status \(run.succeeded ? "ok" : "failed")\">\(HTMLText.escape(statusLine(run)))</p>\n"
        out += problems(run)
        out += "</header>\n"
        return out
    }

    /// A list of the note's errors, each linked to the block it belongs to.
    static func problems(_ run: NoteRun) -> String {
        let errors = run.diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return "" }
        let blocks = (run.note?.codeBlocks ?? []).sorted { $0.fenceLine < $1.fenceLine }
        var out = "<ul class=\"problems\">\n"
        for error in errors {
            let place = "\(error.file):\(error.line):\(error.column)"
            let firstLine = error.message.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
            let text = "<code>\(HTMLText.escape(place))</code> \(HTMLText.escape(firstLine))"
            if let block = blocks.last(where: { $0.fenceLine <= error.line }), error.line <= block.closingFenceLine {
                out += "<li><a href=\"#block-\(block.index)\">\(text)</a></li>\n"
            } else {
                out += "<li>\(text)</li>\n"
            }
        }
        out += "</ul>\n"
        return out
    }

    /// `✓ 3 blocks · 5 checks · 1/1 equations verified`, or the failures first.
    static func statusLine(_ run: NoteRun) -> String {
        var parts: [String] = []
        let errors = run.diagnostics.filter { $0.severity == .error }.count
        if run.note == nil {
            parts.append("could not be read")
        } else {
            parts.append("\(run.blocksRun) \(run.blocksRun == 1 ? "block" : "blocks") run")
            let checks = run.checksPassed + run.checksFailed
            let evaluations = run.checkEvaluations > checks ? " (\(run.checkEvaluations) evaluations)" : ""
            parts.append("\(run.checksPassed)/\(checks) checks passed\(evaluations)")
            if run.equationsLabelled > 0 {
                parts.append("\(run.equationsVerified)/\(run.equationsLabelled) equations verified")
            }
        }
        if errors > 0 { parts.append("\(errors) \(errors == 1 ? "error" : "errors")") }
        return (run.succeeded ? "✓ " : "✗ ") + parts.joined(separator: " · ")
    }
}

extension PageRenderer {
    /// What the hooks need to know about the whole note: numbers, verifications.
    struct Context {
        let run: NoteRun
        let note: Note
        /// Figure/table label → its caption prefix ("Figure 2").
        let blockNumbers: [String: String]
        /// Equation label → its number.
        let equationNumbers: [String: Int]
        /// Equation label → its verification.
        let verifications: [String: EquationVerification]

        init(run: NoteRun, note: Note) {
            self.run = run
            self.note = note
            var numbers: [String: String] = [:]
            var figures = 0
            var tables = 0
            // Blocks and prose tables share the numbering, in the order of the page.
            let labelled =
                (note.codeBlocks.compactMap { b in b.options.label.map { (b.fenceLine, $0) } }
                + note.tables.compactMap { t in t.label.map { (t.location.line, $0) } }
                + note.figures.map { ($0.location.line, $0.label) })
                .sorted { $0.0 < $1.0 }.map(\.1)
            for label in labelled {
                guard numbers[label] == nil else { continue }
                if label.hasPrefix("fig-") {
                    figures += 1
                    numbers[label] = "Figure \(figures)"
                } else if label.hasPrefix("tbl-") {
                    tables += 1
                    numbers[label] = "Table \(tables)"
                }
            }
            blockNumbers = numbers
            var equations: [String: Int] = [:]
            for (label, number) in run.numberedEquations { equations[label] = number }
            equationNumbers = equations
            var verifications: [String: EquationVerification] = [:]
            for verification in run.verifications { verifications[verification.label] = verification }
            self.verifications = verifications
        }

        /// What `@fig-…`, `@tbl-…` and `@eq-…` link to.
        var referenceTargets: [String: CrossReferences.Target] {
            var targets: [String: CrossReferences.Target] = [:]
            for (label, text) in blockNumbers { targets[label] = .init(id: label, html: HTMLText.escape(text)) }
            for (label, number) in equationNumbers { targets[label] = .init(id: label, html: "Equation \(number)") }
            return targets
        }

        /// An inline `` `{swift} expr` ``: its value, its error, or the code when not run.
        func inlineExpression(_ expression: InlineExpression) -> String {
            let code = HTMLText.escape(expression.code)
            guard let result = run.inlineResults[expression.index] else {
                return "<code class=\"inline-expression not-run\" title=\"not run\">\(code)</code>"
            }
            if let error = result.error {
                return
                    "<code class=\"inline-expression error\" title=\"\(HTMLText.escape(error.description))\">\(code)</code>"
            }
            var value = ""
            for case .value(let text) in result.outputs { value = text }
            if value.isEmpty { value = result.printedText }
            return "<span class=\"inline-value\" title=\"\(code)\">\(HTMLText.escape(value))</span>"
        }

        /// A display formula, its number and its verification badge.
        func displayMath(_ math: DisplayMath) -> String {
            let formula = "\\[\(HTMLText.escape(math.tex))\\]"
            guard let label = math.label else {
                return "<div class=\"equation\">\n<div class=\"math display\">\(formula)</div>\n</div>\n"
            }
            var out = "<div class=\"equation\">\n"
            out += "<div class=\"math display\" id=\"\(HTMLText.escape(label))\">\(formula)</div>\n"
            if let number = equationNumbers[label] {
                out += "<span class=\"eq-number\">(\(number))</span>\n"
            }
            if let verification = verifications[label], let first = verification.blocks.first {
                let (mark, css) = Self.badge(verification)
                let names = verification.blocks.map { "block \($0 + 1)" }.joined(separator: ", ")
                let what =
                    verification.verified
                    ? "Verified by"
                    : verification.failed
                        ? "Failed in"
                        : verification.notRun ? "Not run (an earlier block stopped the note):" : "No check ran in"
                out +=
                    "<a class=\"badge \(css)\" href=\"#block-\(first)\" title=\"\(HTMLText.escape("\(what) \(names)"))\">\(mark)</a>\n"
            } else {
                out += "<span class=\"badge unverified\" title=\"No block verifies this equation\">unverified</span>\n"
            }
            out += "</div>\n"
            return out
        }

        /// A fenced block: its code, what it produced, wrapped in a figure when labelled.
        func codeBlock(_ block: CodeBlock) -> String {
            let status = run.status(of: block)
            var inner = "<div class=\"block \(Self.css(status))\" id=\"block-\(block.index)\">\n"
            if block.options.echo {
                let language = HTMLText.escape(block.language.isEmpty ? "text" : block.language)
                let code =
                    "<pre class=\"code\"><code class=\"language-\(language)\">\(Highlighter.html(block.code, language: block.language))</code></pre>\n"
                if block.options.fold {
                    inner += "<details class=\"fold\">\n<summary>Code</summary>\n\(code)</details>\n"
                } else {
                    inner += code
                }
            }
            inner += verifiesLine(block)
            for diagnostic in run.blockDiagnostics[block.index] ?? [] {
                inner += errorBox(diagnostic, source: run.source)
            }
            switch status {
            case .notExecutable:
                break
            case .notRun:
                inner += "<p class=\"not-run\">Not run: an earlier block stopped the note.</p>\n"
            case .passed, .failed, .failedAsExpected:
                if let result = run.blockResults[block.index] {
                    inner += outputs(result, block: block)
                }
            }
            inner += "</div>\n"
            return figure(inner, block: block)
        }

        /// The mark and CSS class of an equation's badge: ✓ ok, ✗ failed, not run, or unverified.
        static func badge(_ verification: EquationVerification) -> (mark: String, css: String) {
            if verification.verified { return ("✓", "ok") }
            if verification.failed { return ("✗", "failed") }
            if verification.notRun { return ("not run", "not-run") }
            return ("unverified", "unverified")
        }

        static func css(_ status: BlockStatus) -> String {
            switch status {
            case .notExecutable: "is-static"
            case .notRun: "is-not-run"
            case .passed: "is-passed"
            case .failedAsExpected: "is-passed is-expected-failure"
            case .failed: "is-failed"
            }
        }

        /// "Verifies (1) ✓" with links to the equations.
        func verifiesLine(_ block: CodeBlock) -> String {
            let labels = block.options.verifies
            guard !labels.isEmpty else { return "" }
            let links = labels.map { label -> String in
                guard let number = equationNumbers[label] else {
                    return "<span class=\"unknown-ref\">\(HTMLText.escape(label))</span>"
                }
                let verification = verifications[label]
                let badge =
                    verification.map {
                        let (mark, css) = Self.badge($0)
                        return " <span class=\"badge \(css)\">\(mark)</span>"
                    } ?? ""
                return "<a href=\"#\(HTMLText.escape(label))\">Equation \(number)</a>\(badge)"
            }
            return "<p class=\"verifies\">Verifies \(links.joined(separator: ", "))</p>\n"
        }

        /// Printed text, values, checks and the error, in order of appearance.
        func outputs(_ result: BlockResult, block: CodeBlock) -> String {
            let showAll = block.options.output
            var out = ""
            var openChecks = false
            var printedChunks = 0
            var charts = 0
            func closeChecks() {
                if openChecks { out += "</ul>\n" }
                openChecks = false
            }
            for output in result.outputs {
                switch output {
                case .printed(let text):
                    printedChunks += 1
                    guard showAll else { continue }
                    closeChecks()
                    let shown = OutputCap.shown(text)
                    out += "<pre class=\"output\">\(HTMLText.escape(shown.text))</pre>\n"
                    if shown.isCut {
                        let file = OutputCap.fileName(slug: run.slug, block: block.index, chunk: printedChunks)
                        out +=
                            "<p class=\"output-cut\">Output shortened: <a href=\"\(HTMLText.escape(file))\" download>the whole output</a> (\(Self.lineCount(text)) lines).</p>\n"
                    }
                case .value(let text):
                    guard showAll else { continue }
                    closeChecks()
                    out += "<pre class=\"output value\">\(HTMLText.escape(text))</pre>\n"
                case .chart(let chart):
                    closeChecks()
                    charts += 1
                    out += OutputMarkup.chart(chart, block: block.index, number: charts)
                case .table(let table):
                    closeChecks()
                    out += OutputMarkup.table(table)
                case .check(let check):
                    guard showAll || !check.passed else { continue }
                    if !openChecks { out += "<ul class=\"checks\">\n" }
                    openChecks = true
                    out += Self.checkLine(check)
                case .error(let diagnostic):
                    closeChecks()
                    let expected = block.options.expectedError.map { diagnostic.message.contains($0) } ?? false
                    out += errorBox(diagnostic, source: run.source, expected: expected)
                }
            }
            closeChecks()
            return out.isEmpty ? "" : "<div class=\"outputs\">\n\(out)</div>\n"
        }

        /// The number of lines of printed text (a final newline ends the last line).
        static func lineCount(_ text: String) -> Int {
            let breaks = text.utf8.filter { $0 == UInt8(ascii: "\n") }.count
            return text.hasSuffix("\n") ? breaks : breaks + 1
        }

        static func checkLine(_ check: CheckResult) -> String {
            let macro = check.kind == .require ? "#require" : "#expect"
            var out = "<li class=\"check \(check.passed ? "pass" : "fail")\">"
            out += "<span class=\"mark\">\(check.passed ? "✓" : "✗")</span> "
            out += "<code>\(macro)(\(HTMLText.escape(check.expression)))</code>"
            if let comment = check.comment, !comment.isEmpty {
                out += " <span class=\"comment\">// \(HTMLText.escape(comment))</span>"
            }
            if !check.passed {
                out += " <span class=\"where\">line \(check.line)</span>"
                if !check.values.isEmpty {
                    out += "\n<ul class=\"values\">\n"
                    for value in check.values {
                        out +=
                            "<li><code>\(HTMLText.escape(value.expression))</code> → <code>\(HTMLText.escape(value.value))</code></li>\n"
                    }
                    out += "</ul>\n"
                }
            }
            out += "</li>\n"
            return out
        }

        /// Wraps a block in `<figure>` when it has a label or a caption.
        func figure(_ inner: String, block: CodeBlock) -> String {
            let label = block.options.label
            let caption = block.options.caption
            guard label != nil || caption != nil else { return inner }
            let id = label.map { " id=\"\(HTMLText.escape($0))\"" } ?? ""
            let isTable = label?.hasPrefix("tbl-") ?? false
            var text = ""
            if let label, let number = blockNumbers[label] {
                text += "<span class=\"caption-number\">\(number)\(caption == nil ? "" : ":")</span>"
                if caption != nil { text += " " }
            }
            if let caption { text += HTMLText.escape(caption) }
            let figcaption = text.isEmpty ? "" : "<figcaption>\(text)</figcaption>\n"
            let kind = isTable ? "table" : "figure"
            return "<figure class=\"\(kind)\"\(id)>\n" + (isTable ? figcaption + inner : inner + figcaption)
                + "</figure>\n"
        }
    }
}

/// HTML set aside during post-processing of the prose: `park` returns a placeholder made of
/// private-use characters, `expand` puts the HTML back.
final class Fragments {
    private var items: [String] = []
    private static let open: Unicode.Scalar = "\u{E000}"
    private static let close: Unicode.Scalar = "\u{E001}"

    /// Stores `html` and returns its placeholder.
    func park(_ html: String) -> String {
        items.append(html)
        return "\(Self.open)\(items.count - 1)\(Self.close)"
    }

    /// `text` with every placeholder replaced by its HTML.
    func expand(_ text: String) -> String {
        guard text.unicodeScalars.contains(Self.open) else { return text }
        // UTF-8 bytes, not a UnicodeScalarView: the view's `append(contentsOf:)` rebuilds the
        // whole string each time, which made long pages quadratic in their placeholders.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var number: String.UnicodeScalarView? = nil
        for scalar in text.unicodeScalars {
            if scalar == Self.open {
                number = String.UnicodeScalarView()
            } else if scalar == Self.close, let digits = number {
                if let index = Int(String(digits)), items.indices.contains(index) {
                    out.append(contentsOf: items[index].utf8)
                }
                number = nil
            } else if number != nil {
                number?.append(scalar)
            } else {
                UTF8.encode(scalar) { out.append($0) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
