import FolioCharts

/// One thing a block produced, as data: what a compiled note writes (one JSON object per line)
/// and what `folio check --compiled` compares with the interpreter's outputs.
public struct RecordedOutput: Codable, Equatable, Sendable {
    /// What kind of output.
    public enum Kind: String, Codable, Sendable {
        /// A block starts (`text` is empty).
        case begin
        /// Text written by `print`.
        case printed
        /// The block's last expression, formatted as `String(describing:)`.
        case value
        /// A `#expect` or `#require` that ran (`check` holds it).
        case check
        /// A chart (`chart` holds it).
        case chart
        /// A table (`table` holds it).
        case table
        /// An error that stopped the block (`text` is its message).
        case error
        /// A block ran to its end.
        case end
    }

    /// The block's index among the note's executable blocks (as the interpreter numbers them).
    public var block: Int
    /// What kind of output this is.
    public var kind: Kind
    /// The text: printed text, formatted value or an error message.
    public var text: String
    /// For a check: the check.
    public var check: RecordedCheck?
    /// For a chart: the chart, as a value (the page draws it as it draws the interpreter's).
    public var chart: Chart?
    /// For a table: the table, as a value.
    public var table: Table?

    /// An output of `block`.
    public init(
        block: Int, kind: Kind, text: String = "", check: RecordedCheck? = nil, chart: Chart? = nil,
        table: Table? = nil
    ) {
        self.block = block
        self.kind = kind
        self.text = text
        self.check = check
        self.chart = chart
        self.table = table
    }
}

/// A check that ran, as data: which macro, whether it held, and where it is in the note.
public struct RecordedCheck: Codable, Equatable, Sendable {
    /// `expect` or `require`.
    public var macro: String
    /// Whether the condition held.
    public var passed: Bool
    /// The condition as written.
    public var expression: String
    /// 1-based line in the note.
    public var line: Int
    /// 1-based column in the note.
    public var column: Int
    /// The comment argument, if any.
    public var comment: String?
    /// On failure, the operands of the condition's comparison with their values
    /// (`String(reflecting:)`), as the interpreter shows a failed check's sub-expressions;
    /// `nil` when the check passed or its condition is not one comparison.
    public var values: [RecordedValue]?

    /// A check from its parts.
    public init(
        macro: String, passed: Bool, expression: String, line: Int, column: Int, comment: String?,
        values: [RecordedValue]? = nil
    ) {
        self.macro = macro
        self.passed = passed
        self.expression = expression
        self.line = line
        self.column = column
        self.comment = comment
        self.values = values
    }
}

/// A sub-expression of a failed check and its value.
public struct RecordedValue: Codable, Equatable, Sendable {
    /// The sub-expression as written.
    public var expression: String
    /// Its value, as `String(reflecting:)` gives it.
    public var value: String

    /// A value from its parts.
    public init(expression: String, value: String) {
        self.expression = expression
        self.value = value
    }
}
