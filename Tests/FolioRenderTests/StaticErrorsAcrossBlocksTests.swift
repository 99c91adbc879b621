import FolioScript
import Testing

@testable import FolioRender

/// A block that fails stops the note, but the static errors (syntax, types, names) of the blocks
/// after it are still reported in the same run, as a compiler does: those blocks are lowered,
/// never run, and errors that only follow from an earlier failure are not reported.
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

    /// The lines of the error diagnostics of `source`, run as a note.
    static func errorLines(_ source: String) -> (NoteRun, [Int]) {
        let run = NoteRunner.run(source: source, path: "notes/errors.md")
        return (run, run.diagnostics.filter { $0.severity == .error }.map(\.line))
    }

    @Test func independentStaticErrorsOfEveryBlockAreReported() {
        let (run, lines) = Self.errorLines(
            """
            ---
            title: Three
            ---

            ```swift
            let a: Int = "x"
            ```

            ```swift
            let b = undefinedName + 1
            ```

            ```swift
            func f() -> Int { return "s" }
            ```

            """)
        #expect(lines == [6, 10, 14])
        #expect(run.diagnostics.contains { $0.line == 10 && $0.id == .cannotFindInScope })
        #expect(run.blocksRun == 1)
    }

    @Test func errorsThatFollowFromAFailedBlockAreNotReported() {
        let (run, lines) = Self.errorLines(
            """
            ---
            title: Dependent
            ---

            ```swift
            let a: Int = "x"
            ```

            ```swift
            print(a)
            let c = a + 1
            ```

            ```swift
            print(c)
            ```

            ```swift
            //| error: "cannot convert"
            let z: Int = "no"
            ```

            ```swift
            print(z, a)
            let w: Double = true
            ```

            """)
        // `a`'s block failed, so `c`'s failed only because of it, and `z`'s block (meant to
        // fail) was not checked: only the first error and the independent one on line 25.
        #expect(lines == [6, 25])
        #expect(!run.diagnostics.contains { $0.id == .cannotFindInScope })
    }

    @Test func blocksThatLowerAfterAStopDoNotRun() {
        let (run, lines) = Self.errorLines(
            """
            ---
            title: Not run
            ---

            ```swift
            let xs = [1]
            let y = xs[3]
            ```

            ```swift
            func twice(_ n: Int) -> Int { 2 * n }
            print("not printed", twice(y))
            ```

            ```swift
            print(twice(1))
            let s: String = twice(2)
            ```

            """)
        // The first block failed at run time, so `y` was declared; `twice`, lowered without
        // running, is visible to the block after it.
        #expect(lines == [7, 17])
        #expect(run.blocksRun == 1)
        #expect(run.blockResults[1] == nil && run.blockResults[2] == nil, "a lowered block shows as not run")
        let printed = run.blockResults.values.flatMap(\.outputs).contains {
            if case .printed = $0 { return true } else { return false }
        }
        #expect(!printed)
    }

    @Test func aBlockThatFailsAsExpectedStillLetsTheNoteRun() {
        let (run, lines) = Self.errorLines(
            """
            ---
            title: Expected
            ---

            ```swift
            //| error: "cannot convert"
            let z: Int = "no"
            ```

            ```swift
            print("runs")
            ```

            """)
        #expect(lines.isEmpty)
        #expect(run.blocksRun == 2)
        #expect(run.blockResults[1]?.outputs.contains { if case .printed = $0 { true } else { false } } == true)
    }
}
