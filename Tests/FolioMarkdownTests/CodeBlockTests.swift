import FolioMarkdown
import Testing

@Suite struct CodeBlockTests {
    @Test func fieldsAndLocations() throws {
        let n = try Note.parse(
            """
            ---
            title: T
            seed: 3
            ---

            Intro.

            ```Swift  extra words
            //| label: fig-a
            let x = 1
            print(x)
            ```

            ~~~python
            y = 2
            ~~~
            """, path: "n.md")
        #expect(n.codeBlocks.count == 2)
        #expect(
            n.codeBlocks[0]
                == CodeBlock(
                    index: 0, info: "Swift  extra words", language: "swift",
                    options: BlockOptions(entries: [("label", "fig-a")]), code: "let x = 1\nprint(x)\n",
                    codeStart: SourceLocation(line: 10, column: 1), fenceLine: 8))
        #expect(
            n.codeBlocks[1]
                == CodeBlock(
                    index: 1, info: "python", language: "python", options: BlockOptions(),
                    code: "y = 2\n", codeStart: SourceLocation(line: 15, column: 1), fenceLine: 14))
    }

    @Test func indentedFence() throws {
        let n = try note("   ```swift\n   let a = 1\n    let b = 2\n   ```\n")
        #expect(n.codeBlocks[0].code == "let a = 1\n let b = 2\n")
        #expect(n.codeBlocks[0].codeStart == SourceLocation(line: 5, column: 4))
        #expect(n.codeBlocks[0].fenceLine == 4)
    }

    @Test func nestedInAListAndAQuote() throws {
        let n = try note(
            """
            1. First

               ```swift
               //| echo: false
               let inList = 1
               ```

            > quoted:
            >
            > ```swift
            > let inQuote = 2
            > ```
            """)
        #expect(n.codeBlocks.map(\.code) == ["let inList = 1\n", "let inQuote = 2\n"])
        #expect(n.codeBlocks.map(\.fenceLine) == [6, 13])
        #expect(
            n.codeBlocks.map(\.codeStart) == [
                SourceLocation(line: 8, column: 4), SourceLocation(line: 14, column: 3),
            ])
    }

    @Test func afterMultiLineMath() throws {
        let n = try note(
            """
            Text with $a
            + b$ inline math over two lines.

            $$
            \\Pr\\Big[\\arg\\max_i (\\log p_i + g_i) = k\\Big]
              = p_k
            $$ {#eq-gumbel}
            More text.
            ```swift
            let x = 1
            ```
            """)
        #expect(n.codeBlocks.count == 1)
        #expect(n.codeBlocks[0].fenceLine == 12)
        #expect(n.codeBlocks[0].codeStart == SourceLocation(line: 13, column: 1))
        #expect(n.displayMath.map(\.location) == [SourceLocation(line: 7, column: 1)])
    }

    @Test func indentedCodeIsNotABlock() throws {
        let n = try note("Para.\n\n    let indented = 1\n\n```swift\nlet fenced = 2\n```\n")
        #expect(n.codeBlocks.map(\.code) == ["let fenced = 2\n"])
        #expect(n.codeBlocks[0].index == 0)
        #expect(
            n.renderHTML(markerHooks())
                == "<p>Para.</p>\n<pre><code>let indented = 1\n</code></pre>\n<pre data-block=\"0\">let fenced = 2\n</pre>\n"
        )
    }

    @Test func indentedCodeThatLooksLikeAFence() throws {
        let n = try note("Para.\n\n    ```\n    x\n")
        #expect(n.codeBlocks.isEmpty)
    }

    @Test func emptyAndUnclosedFences() throws {
        let n = try note("```\n```\n\n```swift\nlet open = 1\n")
        #expect(n.codeBlocks.map(\.code) == ["", "let open = 1\n"])
        #expect(n.codeBlocks.map(\.language) == ["", "swift"])
        #expect(n.codeBlocks.map(\.fenceLine) == [4, 7])
    }

    @Test func longerFenceContainsShorter() throws {
        let n = try note("````markdown\n```swift\ninner\n```\n````\n")
        #expect(n.codeBlocks.count == 1)
        #expect(n.codeBlocks[0].code == "```swift\ninner\n```\n")
    }

    @Test func lineNumbersWithLongFrontMatter() throws {
        let n = try Note.parse(
            "---\ntitle: T\ntags:\n  - a\n  - b\nsummary: |\n  line\n\n  more\n---\n```swift\nx\n```\n",
            path: "n.md")
        #expect(n.codeBlocks[0].fenceLine == 11)
        #expect(n.codeBlocks[0].codeStart == SourceLocation(line: 12, column: 1))
    }
}
