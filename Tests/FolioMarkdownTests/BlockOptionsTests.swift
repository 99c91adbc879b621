import FolioMarkdown
import Testing

@Suite struct BlockOptionsTests {
    @Test func leadingOptionLinesAreParsed() throws {
        let n = try note(
            """
            ```swift
            //| label: fig-gumbel
            //| caption: "Gumbel-max: frequencies"
            //|   echo : false
            //| verifies: eq-a, eq-b
            //| error: 'division by zero'
            let x = 1
            //| not: an option, it comes after code
            ```
            """)
        let block = try #require(n.codeBlocks.first)
        #expect(
            block.options.entries.map { "\($0.key)=\($0.value)" } == [
                "label=fig-gumbel", "caption=Gumbel-max: frequencies", "echo=false",
                "verifies=eq-a, eq-b", "error=division by zero",
            ])
        #expect(block.options.label == "fig-gumbel")
        #expect(block.options.echo == false)
        #expect(block.options.eval == true)
        #expect(block.options.verifies == ["eq-a", "eq-b"])
        #expect(block.options.expectedError == "division by zero")
        #expect(block.code == "let x = 1\n//| not: an option, it comes after code\n")
    }

    @Test func mismatchedQuotesStay() throws {
        let n = try note("```swift\n//| caption: \"half'\n//| a: \"\"\n```\n")
        #expect(n.codeBlocks[0].options["caption"] == "\"half'")
        #expect(n.codeBlocks[0].options["a"] == "")
    }

    @Test func evalFalseIsNotExecutable() throws {
        let n = try note("```swift\n//| eval: false\nfatalError()\n```\n\n```python\nx = 1\n```\n")
        #expect(n.codeBlocks.map(\.isExecutable) == [false, false])
        #expect(n.codeBlocks.map(\.language) == ["swift", "python"])
    }

    @Test func optionWithoutColonIsAnError() {
        #expect(
            throws: MarkdownError(
                "block option `//| echo false` has no `:`; write `//| key: value`",
                at: SourceLocation(line: 6, column: 1))
        ) {
            try note("```swift\n//| label: fig-a\n//| echo false\nlet x = 1\n```\n")
        }
    }

    @Test func optionErrorColumnInsideAList() {
        #expect(
            throws: MarkdownError(
                "block option `//| oops` has no `:`; write `//| key: value`",
                at: SourceLocation(line: 7, column: 4))
        ) {
            try note("- item\n\n  ```swift\n   //| oops\n  ```\n")
        }
    }

    @Test func optionWithoutKeyIsAnError() {
        #expect(
            throws: MarkdownError(
                "block option has no key before `:`; write `//| key: value`",
                at: SourceLocation(line: 5, column: 1))
        ) {
            try note("```swift\n//| : x\n```\n")
        }
    }

    @Test func onlyOptions() throws {
        let n = try note("```swift\n//| echo: false\n```\n")
        #expect(n.codeBlocks[0].code == "")
        #expect(n.codeBlocks[0].codeStart == SourceLocation(line: 6, column: 1))
    }

    @Test func timeoutOption() {
        func timeout(_ text: String) -> Duration? { BlockOptions(entries: [(key: "timeout", value: text)]).timeout }
        #expect(timeout("10s") == .seconds(10))
        #expect(timeout("500ms") == .milliseconds(500))
        #expect(timeout("2m") == .seconds(120))
        #expect(timeout("3") == .seconds(3))
        #expect(timeout("soon") == nil)
        #expect(timeout("-1s") == nil)
    }
}
