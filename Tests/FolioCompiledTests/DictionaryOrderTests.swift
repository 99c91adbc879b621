import FolioScript
import Testing

@testable import FolioCompiled
@testable import FolioRuntime

@Suite struct DictionaryOrderTests {
    @Test func aDictionaryInAnotherOrderIsTheSameDictionary() {
        #expect(DictionaryOrder.sameUpToDictionaryOrder("[\"a\": 1, \"b\": 2]\n", "[\"b\": 2, \"a\": 1]\n"))
        #expect(
            DictionaryOrder.sameUpToDictionaryOrder(
                "counts: [\"x, y\": [1: \"p: q\", 2: \"r\"], \"z\": [:]] total 3",
                "counts: [\"z\": [:], \"x, y\": [2: \"r\", 1: \"p: q\"]] total 3"))
        // Inside a value's description too.
        #expect(
            DictionaryOrder.sameUpToDictionaryOrder(
                "Stats(n: 2, by: [\"a\": 1.5, \"b\": 2.0])", "Stats(n: 2, by: [\"b\": 2.0, \"a\": 1.5])"))
    }

    @Test func differentContentsStayDifferent() {
        // A value differs, a key differs, an entry is missing, the text around differs.
        #expect(!DictionaryOrder.sameUpToDictionaryOrder("[\"a\": 1, \"b\": 2]", "[\"b\": 3, \"a\": 1]"))
        #expect(!DictionaryOrder.sameUpToDictionaryOrder("[\"a\": 1, \"b\": 2]", "[\"c\": 2, \"a\": 1]"))
        #expect(!DictionaryOrder.sameUpToDictionaryOrder("[\"a\": 1, \"b\": 2]", "[\"a\": 1]"))
        #expect(!DictionaryOrder.sameUpToDictionaryOrder("n = [\"a\": 1, \"b\": 2]", "m = [\"b\": 2, \"a\": 1]"))
        // Equal texts are not a reordering.
        #expect(!DictionaryOrder.sameUpToDictionaryOrder("[\"a\": 1]", "[\"a\": 1]"))
    }

    @Test func arraysKeepTheirOrder() {
        #expect(!DictionaryOrder.sameUpToDictionaryOrder("[1, 2, 3]", "[3, 2, 1]"))
        #expect(!DictionaryOrder.sameUpToDictionaryOrder("[P(x: 1), P(x: 2)]", "[P(x: 2), P(x: 1)]"))
        #expect(
            !DictionaryOrder.sameUpToDictionaryOrder("[(a: 1, b: 2), (a: 3, b: 4)]", "[(a: 3, b: 4), (a: 1, b: 2)]"))
        // A dictionary inside an array is normalised; the array's order is not.
        #expect(DictionaryOrder.sameUpToDictionaryOrder("[[\"a\": 1, \"b\": 2], [:]]", "[[\"b\": 2, \"a\": 1], [:]]"))
        #expect(!DictionaryOrder.sameUpToDictionaryOrder("[[\"a\": 1, \"b\": 2], [:]]", "[[:], [\"b\": 2, \"a\": 1]]"))
    }

    @Test func reorderedElementsOrLinesAreExplainedButRemainDifferences() {
        let set = DictionaryOrder.explanation(interpreted: "[1, 2, 3]\n", compiled: "[3, 1, 2]\n")
        #expect(set?.hasPrefix("the same elements in another order: if this is a Set") == true)
        let lines = DictionaryOrder.explanation(interpreted: "a 1\nb 2\n", compiled: "b 2\na 1\n")
        #expect(lines?.hasPrefix("the same lines in another order") == true)
        #expect(DictionaryOrder.explanation(interpreted: "[1, 2]", compiled: "[1, 3]") == nil)
    }

    @Test func theComparisonReportsAReorderedDictionaryAsANoteNotAPass() {
        let interpreted = ComparableOutput.from(
            BlockResult(outputs: [.printed("[\"a\": 1, \"b\": 2]\n"), .value("[\"x\": 1, \"y\": 2]")]))
        let compiled = ComparableOutput.from(
            [
                RecordedOutput(block: 0, kind: .printed, text: "[\"b\": 2, \"a\": 1]\n"),
                RecordedOutput(block: 0, kind: .value, text: "[\"y\": 2, \"x\": 1]"),
            ], moduleName: "Note_x")
        let outcome = BlockComparison.compare(interpreted: interpreted, compiled: compiled)
        #expect(outcome.difference == nil)
        #expect(outcome.reordered.map(\.what) == ["printed text", "displayed value"])
        #expect(outcome.reordered.first?.compiled == "\"[\\\"b\\\": 2, \\\"a\\\": 1]\\n\"")
    }

    @Test func aDictionaryWhoseContentsDifferIsStillADifference() throws {
        let interpreted = ComparableOutput.from(BlockResult(outputs: [.printed("[\"a\": 1, \"b\": 2]\n")]))
        let compiled = ComparableOutput.from(
            [RecordedOutput(block: 0, kind: .printed, text: "[\"b\": 2, \"a\": 7]\n")], moduleName: "Note_x")
        let outcome = BlockComparison.compare(interpreted: interpreted, compiled: compiled)
        #expect(outcome.reordered.isEmpty)
        let difference = try #require(outcome.difference)
        #expect(difference.what == "printed text")
        #expect(difference.explanation == nil)
    }
}
