import Testing

@testable import FolioRender

/// Checks are counted by site: a `#expect` in a loop is one check, however often it runs.
@Suite(.enabled(if: realImplementations, "needs the real FolioMarkdown and FolioScript"))
struct CheckCountTests {
    @Test func aCheckInALoopCountsOnceWithItsEvaluations() throws {
        let source = """
            ---
            title: Loop
            ---

            ```swift
            for k in 0..<5 {
                #expect(k < 3)
                #expect(k >= 0)
            }
            #expect(true)
            ```
            """
        let run = NoteRunner.run(source: source, path: "loop.md")
        #expect(run.checksPassed == 2)  // k >= 0 and true held every time
        #expect(run.checksFailed == 1)  // k < 3 failed twice: one failed check
        #expect(run.checkEvaluations == 11)
        #expect(PageRenderer.statusLine(run).contains("2/3 checks passed (11 evaluations)"))
    }
}
