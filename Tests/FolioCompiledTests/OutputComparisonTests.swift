import FolioCharts
import FolioScript
import Foundation
import Testing

@testable import FolioCompiled
@testable import FolioRuntime

@Suite struct OutputComparisonTests {
    /// A chart the compiled program recorded, read back from its JSON line.
    static func recorded(_ chart: Chart) throws -> RecordedOutput {
        let line = try JSONEncoder().encode(RecordedOutput(block: 0, kind: .chart, chart: chart))
        return try JSONDecoder().decode(RecordedOutput.self, from: line)
    }

    @Test func chartsMatchAsDrawnNaNGapsIncluded() throws {
        let chart = Chart { LineMark(x: [0, 1, 2, 3], y: [1, .nan, 2, 3], series: "a") }.chartTitle("gap")
        let interpreted = ComparableOutput.from(BlockResult(outputs: [.chart(chart)]))
        let compiled = ComparableOutput.from([try Self.recorded(chart)], moduleName: "Note_x")
        #expect(BlockComparison.difference(interpreted: interpreted, compiled: compiled) == nil)
        let other = Chart { LineMark(x: [0, 1, 2, 3], y: [1, .nan, 2, 4], series: "a") }.chartTitle("gap")
        let changed = ComparableOutput.from([try Self.recorded(other)], moduleName: "Note_x")
        let difference = try #require(BlockComparison.difference(interpreted: interpreted, compiled: changed))
        #expect(difference.what == "chart")
        #expect(difference.interpreted.hasPrefix("chart, ") && difference.interpreted.contains("bytes of SVG"))
    }

    @Test func tablesMatchAsShown() throws {
        let table = Table(columns: [Column("x", [0.5, .nan], format: .fixed(1))])
        let line = try JSONEncoder().encode(RecordedOutput(block: 0, kind: .table, table: table))
        let record = try JSONDecoder().decode(RecordedOutput.self, from: line)
        let interpreted = ComparableOutput.from(BlockResult(outputs: [.table(table)]))
        #expect(
            BlockComparison.difference(
                interpreted: interpreted, compiled: ComparableOutput.from([record], moduleName: "Note_x")) == nil)
        let wider = Table(columns: [Column("x", [0.5, .nan], format: .fixed(2))])
        let other = ComparableOutput.from(
            [RecordedOutput(block: 0, kind: .table, table: wider)], moduleName: "Note_x")
        #expect(BlockComparison.difference(interpreted: interpreted, compiled: other)?.what == "table")
    }

    @Test func printedChunksAreMergedBeforeComparing() {
        let interpreted = ComparableOutput.from(BlockResult(outputs: [.printed("a\nb\n")]))
        let compiled = ComparableOutput.from(
            [
                RecordedOutput(block: 0, kind: .begin), RecordedOutput(block: 0, kind: .printed, text: "a\n"),
                RecordedOutput(block: 0, kind: .printed, text: "b\n"), RecordedOutput(block: 0, kind: .end),
            ], moduleName: "Note_x")
        #expect(BlockComparison.difference(interpreted: interpreted, compiled: compiled) == nil)
    }

    @Test func theFirstDifferingOutputIsReportedWithBothVersions() throws {
        let check = CheckResult(kind: .expect, passed: true, expression: "x < 1", line: 4, column: 1)
        let interpreted = ComparableOutput.from(BlockResult(outputs: [.check(check), .printed("0.1\n")]))
        let compiled = ComparableOutput.from(
            [
                RecordedOutput(
                    block: 0, kind: .check,
                    check: RecordedCheck(
                        macro: "expect", passed: true, expression: "x < 1", line: 4, column: 1, comment: nil)),
                RecordedOutput(block: 0, kind: .printed, text: "0.10000000000000002\n"),
            ], moduleName: "Note_x")
        let difference = try #require(BlockComparison.difference(interpreted: interpreted, compiled: compiled))
        #expect(difference.what == "printed text")
        #expect(difference.interpreted == "\"0.1\\n\"")
        #expect(difference.compiled == "\"0.10000000000000002\\n\"")
    }

    @Test func aMissingOutputIsADifference() throws {
        let interpreted = ComparableOutput.from(BlockResult(outputs: [.value("3")]))
        let difference = try #require(BlockComparison.difference(interpreted: interpreted, compiled: []))
        #expect(difference.what == "displayed value")
        #expect(difference.compiled == "(nothing)")
    }

    @Test func theProgramsModuleNameReadsAsTheInterpretersInValues() {
        let compiled = ComparableOutput.from(
            [RecordedOutput(block: 0, kind: .value, text: "[Note_x.Point(x: 1)]")], moduleName: "Note_x")
        #expect(compiled == [.value("[Conformance.Point(x: 1)]")])
    }
}

@Suite struct FailedCheckValueTests {
    static let failed = CheckResult(
        kind: .expect, passed: false, expression: "xs.mean() > m", line: 7, column: 1,
        values: [
            ExpressionValue(expression: "xs.mean()", value: "2.0"),
            ExpressionValue(expression: "xs", value: "[1.0, 3.0]"),
            ExpressionValue(expression: "m", value: "2.5"),
        ])

    static func compiled(_ values: [RecordedValue]) -> [ComparableOutput] {
        ComparableOutput.from(
            [
                RecordedOutput(
                    block: 0, kind: .check,
                    check: RecordedCheck(
                        macro: "expect", passed: false, expression: "xs.mean() > m", line: 7, column: 1, comment: nil,
                        values: values))
            ], moduleName: "Note_x")
    }

    @Test func theOperandsTheProgramRecordedAreComparedWithTheInterpretersValues() throws {
        let interpreted = ComparableOutput.from(BlockResult(outputs: [.check(Self.failed)]))
        let same = Self.compiled([
            RecordedValue(expression: "xs.mean()", value: "2.0"), RecordedValue(expression: "m", value: "2.5"),
        ])
        #expect(BlockComparison.difference(interpreted: interpreted, compiled: same) == nil)
        // The interpreter's other sub-expressions (`xs`) are not asked of the program.
        let fewer = Self.compiled([RecordedValue(expression: "m", value: "2.5")])
        #expect(BlockComparison.difference(interpreted: interpreted, compiled: fewer) == nil)

        let other = Self.compiled([
            RecordedValue(expression: "xs.mean()", value: "2.0000000000000004"),
            RecordedValue(expression: "m", value: "2.5"),
        ])
        let difference = try #require(BlockComparison.difference(interpreted: interpreted, compiled: other))
        #expect(difference.what == "check 1")
        #expect(difference.interpreted.hasSuffix("failed\nxs.mean() → 2.0\nxs → [1.0, 3.0]\nm → 2.5"))
        #expect(difference.compiled.hasSuffix("failed\nxs.mean() → 2.0000000000000004\nm → 2.5"))
    }
}

@Suite struct CompiledErrorTests {
    @Test func aThrownErrorIsReadFromSwiftsFatalErrorLine() {
        let stderr =
            "Swift/ErrorType.swift:254: Fatal error: Error raised at top level: shapes [2] and [3] do not match\n\n"
            + "*** Program crashed: Illegal instruction at 0x00007fb4ce0f9361 ***\nBacktrace took 0.03s\n"
        let thrown = CompiledCheck.failure(fromStandardError: stderr, status: 132)
        #expect(thrown.message == "shapes [2] and [3] do not match")
        #expect(thrown.thrown)
        let trap = CompiledCheck.failure(
            fromStandardError: "Swift/ContiguousArrayBuffer.swift:691: Fatal error: Index out of range\n", status: 132)
        #expect(trap.message == "Index out of range")
        #expect(!trap.thrown)
        #expect(
            CompiledCheck.failure(fromStandardError: "", status: 9).message
                == "the compiled program exited with status 9")
    }

    @Test func thrownErrorsMatchTheInterpretersMessageAndTrapsMatchAnyError() {
        let interpreted = ComparableOutput.error("error thrown and not caught: Conformance.Bad.oops")
        #expect(interpreted.matches(.thrown("Conformance.Bad.oops")))
        #expect(ComparableOutput.error("shapes [2] and [3] differ").matches(.thrown("shapes [2] and [3] differ")))
        #expect(!interpreted.matches(.thrown("Conformance.Bad.other")))
        #expect(interpreted.matches(.error("Index out of range")))
    }
}

@Suite struct ReadableOutputTests {
    @Test func anExportedProgramRunByHandPrintsTextNotData() {
        let check = RecordedCheck(macro: "expect", passed: false, expression: "x < 1", line: 9, column: 1, comment: nil)
        #expect(NoteRecorder.readable(RecordedOutput(block: 0, kind: .printed, text: "a b\n")) == "a b\n")
        #expect(NoteRecorder.readable(RecordedOutput(block: 0, kind: .value, text: "3")) == "3\n")
        #expect(
            NoteRecorder.readable(RecordedOutput(block: 0, kind: .check, check: check))
                == "✗ #expect(x < 1) at line 9\n")
        #expect(NoteRecorder.readable(RecordedOutput(block: 0, kind: .begin)) == nil)
    }
}
