import FolioScript
import Testing

@testable import FolioRender

/// A block that fails stops the note, but the syntax errors of the blocks after it are still
/// reported in the same run: they do not depend on what ran.
@Suite struct StaticErrorsAcrossBlocksTests {
    static let source = """
        ---
        title: Errors
        ---

        ```swift
        let xs = [1]
        print(xs[3])
        ```

        ```swift
        let y = (1
        ```

        ```swift
        //| error: "expected"
        let z = [2
        ```

        """

    @Test func syntaxErrorsOfBlocksThatDidNotRunAreReported() {
        let run = NoteRunner.run(source: Self.source, path: "notes/errors.md")
        let lines = run.diagnostics.filter { $0.severity == .error }.map(\.line)
        #expect(lines.contains(7), "the runtime error of the first block")
        #expect(lines.contains(11), "the syntax error of the second block, which did not run")
        #expect(!lines.contains(16), "a block that expects its error is not reported for it")
        #expect(run.blocksRun == 1)
    }
}
