import FolioCharts
import FolioNumerics
import Foundation

/// The runtime of a compiled note: the generated program calls it where the interpreter would
/// record an output (`print`, a block's last value, a chart or table statement, a check), and it
/// writes each output as a JSON line, flushed at once, so what ran before a crash is kept.
///
/// It also gives each block what the interpreter gives it: the ambient random key
/// `RandomKey(seed:).foldIn(block)` for the samplers, a ``RandomStream`` on the same key for the
/// standard `random(in:)` family, and the note's folder for data files. Charts and tables are
/// recorded as values, which the page draws (and gives ids) as it draws the interpreter's.
public final class NoteRecorder {
    /// The stream `Double.random(in:)`, `shuffled()`, … draw from in the current block (the
    /// generated code passes it as `using: &recorder.stream`).
    public var stream = RandomStream(key: RandomKey(seed: 0))
    /// The note's folder: data files are read relative to it.
    public let noteFolder: URL
    private let seed: UInt64
    private let sink = RecordSink()
    private var block = 0
    /// The operands of the check being evaluated (``value(_:_:)``).
    private var operands: [(expression: String, value: Any)] = []

    /// The memory budget of a note that does not set `memory:`: the interpreter's default.
    public static let defaultMemoryBudget = 1 << 30

    /// A recorder for a note with `seed` in `noteFolder`, writing JSON lines to the file named
    /// by the environment variable `FOLIO_RECORD` (readable text on standard output when it is
    /// not set). With a `memoryBudget`, the program is stopped at the block running when it has
    /// grown by more than that many bytes, and with a `timeBudget` when it has run longer
    /// (``BudgetWatch``), as the interpreter stops a note.
    public init(seed: UInt64, noteFolder: String, memoryBudget: Int? = nil, timeBudget: Duration? = nil) {
        self.seed = seed
        self.noteFolder = URL(fileURLWithPath: noteFolder, isDirectory: true)
        if memoryBudget != nil || timeBudget != nil {
            BudgetWatch(budget: memoryBudget ?? .max, timeBudget: timeBudget, sink: sink).start()
        }
    }

    /// The time budget of a note that does not set `timeout:`: the interpreter's default.
    public static let defaultTimeBudget = Duration.seconds(60)

    /// `60 s`, `0.5 s`: a time budget as the interpreter words it.
    public static func seconds(_ duration: Duration) -> String { BudgetWatch.seconds(duration) }

    private func write(_ record: RecordedOutput) {
        sink.write(record)
    }

    /// An output as text for a person: printed text as printed, values on a line, checks with
    /// their outcome and place, charts and tables by their size.
    static func readable(_ record: RecordedOutput) -> String? {
        switch record.kind {
        case .begin, .end: nil
        case .printed: record.text
        case .value, .error: record.text + "\n"
        case .chart:
            record.chart.map { "[chart: \($0.marks.count) mark\($0.marks.count == 1 ? "" : "s")]\n" }
        case .table: record.table.map { "[table: \($0.columns.count) columns, \($0.rowCount) rows]\n" }
        case .check:
            record.check.map { check in
                "\(check.passed ? "✓" : "✗") #\(check.macro)(\(check.expression)) at line \(check.line)\n"
            }
        }
    }

    /// Block `index` starts: its random key and stream are set as the interpreter sets them.
    public func begin(block index: Int) {
        block = index
        let key = RandomKey(seed: seed).foldIn(UInt32(truncatingIfNeeded: index))
        AmbientRandom.setKey(key)
        stream = RandomStream(key: key)
        sink.begin(block: index)
    }

    /// The current block ran to its end.
    public func end() {
        write(RecordedOutput(block: block, kind: .end))
    }

    /// `print(_:separator:terminator:)`, recorded instead of written.
    public func print(_ items: [Any], separator: String, terminator: String) {
        let text = items.map { String(describing: $0) }.joined(separator: separator) + terminator
        write(RecordedOutput(block: block, kind: .printed, text: text))
    }

    /// A block's last expression of a type other than the ones below: its description.
    public func display<T>(_ value: T) {
        write(RecordedOutput(block: block, kind: .value, text: String(describing: value)))
    }

    /// A last expression of type `Void` shows nothing.
    public func display(_ value: Void) {}

    /// A chart as a block's last expression is an output.
    public func display(_ chart: Chart) throws { try statement(chart) }

    /// A table as a block's last expression is an output.
    public func display(_ table: Table) throws { try statement(table) }

    /// An expression statement whose value is neither a chart nor a table: nothing to record.
    public func statement<T>(_ value: T) {}

    /// A `Chart { … }` statement: the chart, once it is known to be drawable (a chart that is
    /// not throws here, at the statement, as in the interpreter).
    public func statement(_ chart: Chart) throws {
        try chart.validate()
        write(RecordedOutput(block: block, kind: .chart, chart: chart))
    }

    /// A `Table { … }` statement: the table, once its columns are checked.
    public func statement(_ table: Table) throws {
        try table.validate()
        write(RecordedOutput(block: block, kind: .table, table: table))
    }

    /// An operand of a check's comparison, as the condition evaluates it (the generated code
    /// wraps each one: `__folio.value(xs.mean(), "xs.mean()") < 0.5`): kept, unformatted, until
    /// the check is recorded, and shown only if it fails.
    public func value<T>(_ value: T, _ expression: String) -> T {
        operands.append((expression, value))
        return value
    }

    /// The operands recorded since the last check, formatted when the check failed.
    private func takeOperands(passed: Bool) -> [RecordedValue]? {
        defer { operands.removeAll(keepingCapacity: true) }
        guard !passed, !operands.isEmpty else { return nil }
        return operands.map { RecordedValue(expression: $0.expression, value: String(reflecting: $0.value)) }
    }

    /// `#expect(condition)`: records the outcome and goes on.
    public func expect(_ passed: Bool, _ comment: String? = nil, expression: String, line: Int, column: Int) {
        check("expect", passed, comment, expression: expression, line: line, column: column)
    }

    /// Records a check of `macro` with the operands recorded since the last one.
    private func check(
        _ macro: String, _ passed: Bool, _ comment: String?, expression: String, line: Int, column: Int
    ) {
        write(
            RecordedOutput(
                block: block, kind: .check,
                check: RecordedCheck(
                    macro: macro, passed: passed, expression: expression, line: line, column: column,
                    comment: comment, values: takeOperands(passed: passed))))
    }

    /// `#require(condition)`: records the outcome and, when it fails, stops the block by throwing.
    public func require(_ passed: Bool, _ comment: String? = nil, expression: String, line: Int, column: Int)
        throws
    {
        check("require", passed, comment, expression: expression, line: line, column: column)
        if !passed { throw RequirementFailed(expression: expression) }
    }

    /// An error escaped the block (the generated program reports it, then stops).
    public func fail(_ error: any Error) {
        write(RecordedOutput(block: block, kind: .error, text: String(describing: error)))
    }

    /// `readText("data/x.txt")`, relative to the note's folder.
    public func readText(_ path: String) throws -> String {
        try readNoteDataFile(path, folder: noteFolder).text
    }

    /// `Tensor(csvFile: "data/x.csv")`, relative to the note's folder.
    public func tensor(csvFile path: String) throws -> Tensor {
        try parseCSVTensor(try readNoteDataFile(path, folder: noteFolder).text, path: path)
    }
}

/// A failed `#require`: the block stops here.
public struct RequirementFailed: Error, CustomStringConvertible {
    /// The condition that did not hold.
    public let expression: String

    /// The failure of `expression`.
    public init(expression: String) {
        self.expression = expression
    }

    /// "requirement failed: …".
    public var description: String { "requirement failed: \(expression)" }
}
