import FolioMarkdown
import Testing

@testable import FolioRender

/// `folio mutate`'s engine: which tokens it changes, how, and how it classifies the outcome.
@Suite(.enabled(if: realImplementations, "needs the real FolioMarkdown and FolioScript"))
struct MutationTests {
    static let note = """
        ---
        title: Squares
        ---

        $$
        \\sum_{k=1}^{n} (2k - 1) = n^2
        $$ {#eq-odd}

        ```swift
        //| verifies: eq-odd
        var total = 0
        for k in 1...10 {
            total += 2 * k - 1
        }
        let unused = 3.5
        #expect(abs(Double(total - 10 * 10)) < 0.5)
        print(total * 1)
        ```

        ```swift
        let notVerifying = 7
        ```
        """

    @Test func findsLiteralsAndOperatorsOfVerifyingBlocksOnly() throws {
        let mutants = MutationTesting.mutants(source: Self.note, path: "n.md")
        let changes = mutants.map {
            "\($0.line):\($0.column) \($0.original)→\($0.replacement)\($0.inCheck ? " check" : "")"
        }
        #expect(
            changes == [
                "11:13 0→1", "12:10 1→2", "12:14 10→11", "13:14 2→3", "13:16 *→/", "13:20 -→+", "13:22 1→2",
                "15:14 3.5→3.85", "16:28 10→11 check", "16:33 10→11 check", "16:40 0.5→0.55 check",
                "17:13 *→/", "17:15 1→2",
            ])
        #expect(!mutants.contains { $0.original == "7" })  // the block that verifies nothing
        #expect(mutants.allSatisfy { $0.equations == ["eq-odd"] })
    }

    @Test func appliesAtTheRightPlace() throws {
        let mutant = Mutant(
            file: "n.md", line: 13, column: 16, original: "*", replacement: "/", equations: ["eq-odd"], inCheck: false)
        let mutated = try #require(MutantSearch.apply(mutant, to: Self.note))
        #expect(mutated.contains("total += 2 / k - 1"))
        let wrong = Mutant(
            file: "n.md", line: 13, column: 15, original: "*", replacement: "/", equations: [], inCheck: false)
        #expect(MutantSearch.apply(wrong, to: Self.note) == nil)
    }

    @Test func classifiesOutcomes() throws {
        let baseline = NoteRunner.run(source: Self.note, path: "n.md")
        #expect(baseline.succeeded)
        var outcomes: [String: MutantOutcome] = [:]
        for mutant in MutationTesting.mutants(source: Self.note, path: "n.md") {
            outcomes["\(mutant.line):\(mutant.column)"] = MutationTesting.evaluate(
                mutant, source: Self.note, baseline: baseline)
        }
        #expect(outcomes["13:16"] == .caught)  // 2 / k: the sum changes
        #expect(outcomes["15:14"] == .noEffect)  // an unused constant
        #expect(outcomes["16:40"] == .loosenedCheck)  // a wider tolerance
        #expect(outcomes["17:13"] == .noEffect)  // total / 1 prints the same
        #expect(outcomes["17:15"] == .displayOnly)  // prints 200: only the output changed
        let report = MutationReport(results: [])
        #expect(report.caughtFraction == 1)
    }

    static let noteWithHelpers = """
        ---
        title: Helpers
        ---

        $$
        f(x) = 2x
        $$ {#eq-double}

        ```swift
        func double(_ x: Double) -> Double { scale * x }
        let scale = 2.0
        let figureOnly = 9
        let x = 5
        ```

        ```swift
        //| verifies: eq-double
        let values = [3.0].map { x in double(x) }
        #expect(values == [6])
        ```
        """

    @Test func mutatesTheDefinitionsOfOtherBlocksThatAVerifyingBlockUses() throws {
        let mutants = MutationTesting.mutants(source: Self.noteWithHelpers, path: "n.md")
        let fromDefinitions = mutants.filter { $0.definition != nil }.map {
            "\($0.line):\($0.column) \($0.original)→\($0.replacement) in \($0.definition ?? "")"
        }
        // `double` directly, `scale` through it; not `figureOnly`, nor the `x` the verifying
        // block's closure declares itself.
        #expect(fromDefinitions == ["10:44 *→/ in double", "11:13 2.0→2.2 in scale"])
        #expect(mutants.filter { $0.definition != nil }.allSatisfy { $0.equations == ["eq-double"] })
        let baseline = NoteRunner.run(source: Self.noteWithHelpers, path: "n.md")
        #expect(baseline.succeeded)
        for mutant in mutants where mutant.definition != nil {
            #expect(MutationTesting.evaluate(mutant, source: Self.noteWithHelpers, baseline: baseline) == .caught)
        }
    }

    static let noteWithFigure = """
        ---
        title: Figure data
        ---

        $$
        \\sum_{k=1}^{n} (2k - 1) = n^2
        $$ {#eq-odd}

        ```swift
        //| verifies: eq-odd
        var total = 0
        var xs: [Double] = []
        for k in 1...10 {
            total += 2 * k - 1
            xs.append(Double(k) / 2)
        }
        var ys: [Double] = []
        for x in xs { ys.append(x * 3) }
        let jitter = Double.random(in: 0...1) * 4
        let draw = Double.random(in: 0..<1)
        #expect(total == 100 && draw < 1)
        Chart { LineMark(x: xs, y: ys.map { $0 + jitter }) }
        ```
        """

    @Test func tokensThatOnlyFeedAFigureDoNotReachACheck() throws {
        let mutants = MutationTesting.mutants(source: Self.noteWithFigure, path: "n.md")
        let unreached = mutants.filter { !$0.reachesCheck }.map { "\($0.line):\($0.column) \($0.original)" }
        // xs's values, ys's factor and the chart's jitter feed only the chart; the loop bounds, the sum and the
        // jitter's statement (its draw moves the stream the check's draw comes from) do reach
        // the check.
        #expect(unreached == ["15:25 /", "15:27 2", "18:27 *", "18:29 3", "22:40 +"])
        let baseline = NoteRunner.run(source: Self.noteWithFigure, path: "n.md")
        let factor = try #require(mutants.first { $0.line == 18 && $0.original == "3" })
        #expect(MutationTesting.evaluate(factor, source: Self.noteWithFigure, baseline: baseline) == .doesNotReachCheck)
    }

    static let noteWithFreeParameter = """
        ---
        title: Free
        ---

        $$
        x > 0
        $$ {#eq-positive}

        ```swift
        //| verifies: eq-positive
        //| mutate-free: samples
        let samples = 100
        let other = 3
        #expect(samples > 0 && other > 0)
        print(samples, other)
        ```
        """

    @Test func constantsDeclaredFreeAreListedNotCounted() throws {
        let mutants = MutationTesting.mutants(source: Self.noteWithFreeParameter, path: "n.md")
        let baseline = NoteRunner.run(source: Self.noteWithFreeParameter, path: "n.md")
        let outcomes = mutants.filter { !$0.inCheck }.map {
            "\($0.original) \(MutationTesting.evaluate($0, source: Self.noteWithFreeParameter, baseline: baseline))"
        }
        #expect(outcomes == ["100 declaredFree", "3 survived"])
        let report = MutationReport(results: [
            MutantResult(mutant: mutants[0], outcome: .declaredFree),
            MutantResult(mutant: mutants[1], outcome: .caught),
        ])
        #expect(report.caughtFraction == 1)
    }

    static let noteWithCheckLoopAndFigureBlock = """
        ---
        title: Loops
        ---

        $$
        x > 0
        $$ {#eq-positive}

        ```swift
        //| verifies: eq-positive
        let xs = [1.0, 2.0, 3.0]
        var path: [Double] = []
        for x in xs { path.append(x * 2) }
        for i in 0..<3 {
            #expect(xs[i] > 0)
        }
        ```

        ```swift
        Chart { LineMark(x: path, y: path) }
        ```
        """

    @Test func loopsOverChecksAndFigureBlocks() throws {
        let mutants = MutationTesting.mutants(source: Self.noteWithCheckLoopAndFigureBlock, path: "n.md")
        // The range of a loop whose body only checks is part of the check.
        let range = try #require(mutants.first { $0.line == 14 && $0.original == "0" })
        #expect(range.inCheck)
        // `path` is drawn by a block without checks: its values reach no check.
        let factor = try #require(mutants.first { $0.line == 13 && $0.original == "2" })
        #expect(!factor.reachesCheck)
        let value = try #require(mutants.first { $0.line == 11 && $0.original == "1.0" })
        #expect(value.reachesCheck)
    }

    static let noteWithHelperInFigure = """
        ---
        title: Helper
        ---

        $$
        x > 0
        $$ {#eq-positive}

        ```swift
        //| verifies: eq-positive
        func square(_ x: Double) -> Double { x * x }
        let xs = [1.0, 2.0]
        #expect(square(3) == 9)
        Chart { LineMark(x: xs, y: xs.map { square($0) }) }
        ```
        """

    @Test func callingAFunctionDoesNotRedefineIt() throws {
        // The chart calls square(), which the check uses too; the call does not change square,
        // so the chart's data still cannot reach the check.
        let mutants = MutationTesting.mutants(source: Self.noteWithHelperInFigure, path: "n.md")
        let data = try #require(mutants.first { $0.line == 12 && $0.original == "2.0" })
        #expect(!data.reachesCheck)
        let body = try #require(mutants.first { $0.line == 11 && $0.original == "*" })
        #expect(body.reachesCheck)
    }

    static let noteWithLoopVariables = """
        ---
        title: Loop variables
        ---

        $$
        x > 0
        $$ {#eq-positive}

        ```swift
        //| verifies: eq-positive
        let xs = [1.0, 2.0]
        var sums = [0.0, 0.0]
        for i in 0..<2 {
            sums[i] += xs[i]
        }
        for i in 0..<2 {
            #expect(xs[i] > 0)
        }
        Chart {
            for i in 0..<2 {
                PointMark(x: [sums[i]], y: [0.0])
            }
        }
        ```
        """

    @Test func aLoopVariableDoesNotLinkTwoLoops() throws {
        // The first loop only fills the chart; neither its `i` nor the chart's is the checked
        // loop's `i`.
        let mutants = MutationTesting.mutants(source: Self.noteWithLoopVariables, path: "n.md")
        let range = try #require(mutants.first { $0.line == 13 && $0.original == "2" })
        #expect(!range.reachesCheck)
    }
}
