import FolioMarkdown
import FolioScript
import Foundation
import Testing

@testable import FolioRender

/// Hand-built notes and results, independent of FolioMarkdown's parser and FolioScript's
/// interpreter, so page and runner logic are tested on their own.
enum Fixtures {
    static let path = "notes/gumbel.md"

    /// The note text the hand-built `Note` below describes (line numbers matter: diagnostics
    /// are shown with these lines).
    static let source = """
        ---
        title: Gumbel </script><img src=x onerror=alert(1)>
        source: "A & B <i>et al.</i>"
        tags: [sampling, "</script><img src=x onerror=alert(1)>"]
        ---

        # Gumbel-max

        $$
        \\Pr[\\arg\\max_i (\\log p_i + g_i) = k] = p_k < 1 & x
        $$ {#eq-gumbel-max}

        ```swift
        //| label: fig-gumbel
        //| caption: Frequencies </script><img src=x onerror=alert(1)>
        //| verifies: eq-gumbel-max
        let p = [0.2, 0.8]
        print("p = \\(p)")
        #expect(p.count == 2)
        #expect(p[0] > 0.5)
        ```

        ## Failure & recovery

        ```swift
        //| error: "overflow"
        //| fold: true
        let big = Int.max
        let boom = big + 1
        ```

        ```swift
        let z = undefined
        ```

        ```swift
        print("never")
        ```

        ```python
        print("<not swift>")
        ```

        See @fig-gumbel, @eq-gumbel-max, @sec-failure-recovery and @fig-nope; a@fig-x.org; `@eq-gumbel-max`.

        """

    static func block(
        _ index: Int, _ language: String = "swift", options: [(String, String)] = [], code: String,
        line: Int
    ) -> CodeBlock {
        CodeBlock(
            index: index, info: language, language: language,
            options: BlockOptions(entries: options.map { (key: $0.0, value: $0.1) }), code: code,
            codeStart: FolioMarkdown.SourceLocation(line: line, column: 1),
            fenceLine: line - 1 - options.count)
    }

    static let note = Note(
        path: path, source: source,
        frontMatter: FrontMatter(
            title: "Gumbel </script><img src=x onerror=alert(1)>", source: "A & B <i>et al.</i>",
            tags: ["sampling", "</script><img src=x onerror=alert(1)>"], seed: 0),
        codeBlocks: [
            block(
                0,
                options: [
                    ("label", "fig-gumbel"), ("caption", "Frequencies </script><img src=x onerror=alert(1)>"),
                    ("verifies", "eq-gumbel-max"),
                ],
                code: "let p = [0.2, 0.8]\nprint(\"p = \\(p)\")\n#expect(p.count == 2)\n#expect(p[0] > 0.5)\n",
                line: 17),
            block(
                1, options: [("error", "overflow"), ("fold", "true")],
                code: "let big = Int.max\nlet boom = big + 1\n", line: 28),
            block(2, code: "let z = undefined\n", line: 33),
            block(3, code: "print(\"never\")\n", line: 37),
            block(4, "python", code: "print(\"<not swift>\")\n", line: 41),
        ],
        displayMath: [
            DisplayMath(
                tex: "\n\\Pr[\\arg\\max_i (\\log p_i + g_i) = k] = p_k < 1 & x\n", label: "eq-gumbel-max",
                location: FolioMarkdown.SourceLocation(line: 9, column: 1))
        ],
        headings: [
            Heading(level: 1, text: "Gumbel-max", id: "sec-gumbel-max", line: 7),
            Heading(level: 2, text: "Failure & recovery", id: "sec-failure-recovery", line: 23),
        ])

    /// What the interpreter "produced" for each block of `note`.
    static func results(_ block: CodeBlock) -> BlockResult {
        switch block.index {
        case 0:
            BlockResult(outputs: [
                .printed("p = [0.2, 0.8]\n</script><img src=x onerror=alert(1)>\n"),
                .check(CheckResult(kind: .expect, passed: true, expression: "p.count == 2", line: 19, column: 1)),
                .check(
                    CheckResult(
                        kind: .expect, passed: false, expression: "p[0] > 0.5", line: 20, column: 1,
                        values: [ExpressionValue(expression: "p[0]", value: "0.2")])),
                .value("\"<b>\" & 'x'"),
            ])
        case 1:
            BlockResult(outputs: [
                .error(
                    Diagnostic(
                        .error, "arithmetic operation '9223372036854775807 + 1' (on type 'Int') results in an overflow",
                        file: path, line: 29, column: 16))
            ])
        case 2:
            BlockResult(outputs: [
                .error(
                    Diagnostic(.error, "cannot find 'undefined' </script> in scope", file: path, line: 33, column: 9))
            ])
        default:
            BlockResult(outputs: [.printed("should not have run\n")])
        }
    }

    static var run: NoteRun { NoteRunner.run(note, path: path, execute: results) }

    /// A stand-in for FolioMarkdown's prose renderer: headings, a paragraph with inline math,
    /// then every formula and block through the hooks, in document order.
    static func prose(_ note: Note, _ hooks: HTMLHooks) -> String {
        var out = "<h1>Gumbel-max</h1>\n<p>Sampling picks \(hooks.inlineMath("p_k < 1 & \"q\"")) often.</p>\n"
        out += note.displayMath.map(hooks.displayMath).joined()
        for block in note.codeBlocks {
            if block.index == 1 { out += "<h2>Failure &amp; recovery</h2>\n" }
            out += hooks.codeBlock(block)
        }
        out += "<p>See @fig-gumbel, @eq-gumbel-max, @sec-failure-recovery and @fig-nope; a@fig-x.org; "
        out += "<code>@eq-gumbel-max</code>.</p>\n"
        return out
    }
}

/// Compares `actual` with `Golden/<name>` byte for byte; `FOLIO_RECORD_GOLDEN=1` rewrites it.
func expectGolden(
    _ actual: String, _ name: String, filePath: String = #filePath,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["FOLIO_RECORD_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(
        actual == expected, "\(name) differs from its golden file; re-record with FOLIO_RECORD_GOLDEN=1",
        sourceLocation: sourceLocation)
}
