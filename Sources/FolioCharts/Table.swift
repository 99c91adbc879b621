import FolioHTML
import Foundation

/// How a numeric table column prints its values. Non-finite values print as Swift does (`nan`,
/// `inf`, `-inf`) in every format.
public enum ColumnFormat: Sendable, Equatable, Codable {
    /// Swift's own `description` (`3.0`, `0.1`, `1e-05`; integers as `3`).
    case automatic
    /// `n` digits after the point: `.fixed(2)` of 3.14159 is `3.14`.
    case fixed(Int)
    /// C's `%.ne`: `.scientific(2)` of 12345 is `1.23e+04`.
    case scientific(Int)
    /// The value × 100 with `n` decimals and `%`: `.percent(1)` of 0.1234 is `12.3%`.
    case percent(Int)
    /// Rounded to the nearest integer (ties away from zero): `.integer` of 3.0 is `3`.
    case integer

    /// `value` formatted (negative zero after rounding prints without its sign).
    public func format(_ value: Double) -> String {
        guard value.isFinite else { return value.description }
        let s: String
        switch self {
        case .automatic: return value.description
        case .fixed(let n): s = String(format: "%.\(Self.clamp(n))f", value)
        case .scientific(let n): s = String(format: "%.\(Self.clamp(n))e", value)
        case .percent(let n): s = String(format: "%.\(Self.clamp(n))f", value * 100) + "%"
        case .integer:
            let r = value.rounded(.toNearestOrAwayFromZero)
            s = abs(r) < 9e18 ? String(Int(r)) : String(format: "%.0f", r)
        }
        return Self.dropNegativeZero(s)
    }

    /// `value` formatted; `.automatic` prints integers without a decimal point.
    public func format(_ value: Int) -> String {
        switch self {
        case .automatic, .integer: String(value)
        default: format(Double(value))
        }
    }

    private static func clamp(_ n: Int) -> Int { min(17, max(0, n)) }

    private static func dropNegativeZero(_ s: String) -> String {
        guard s.hasPrefix("-") else { return s }
        let body = s.dropFirst()
        let isZero = body.prefix { $0 != "e" }.allSatisfy { $0 == "0" || $0 == "." || $0 == "%" }
        return isZero ? String(body) : s
    }
}

/// One column of a `Table`: a header and numbers (right-aligned, formatted) or strings.
public struct Column: Sendable, Equatable, Codable {
    /// The cells of a column: numbers (formatted) or strings (as they are).
    public enum Values: Sendable, Equatable {
        /// Numbers printed with the column's format; NaN and infinities print as Swift does.
        case doubles([Double])
        /// Integers, printed exactly by `.automatic` and `.integer`.
        case integers([Int])
        /// Text, escaped, left-aligned.
        case strings([String])
        var count: Int {
            switch self {
            case .doubles(let v): v.count
            case .integers(let v): v.count
            case .strings(let v): v.count
            }
        }
    }
    /// The header text.
    public var name: String
    /// The cells, one per row.
    public var values: Values
    /// How numeric cells print; ignored for string columns.
    public var format: ColumnFormat

    /// A numeric column.
    public init(_ name: String, _ values: [Double], format: ColumnFormat = .automatic) {
        self.name = name
        self.values = .doubles(values)
        self.format = format
    }
    /// An integer column (`.automatic` prints `3`, not `3.0`).
    public init(_ name: String, _ values: [Int], format: ColumnFormat = .automatic) {
        self.name = name
        self.values = .integers(values)
        self.format = format
    }
    /// A text column.
    public init(_ name: String, _ values: [String]) {
        self.name = name
        self.values = .strings(values)
        self.format = .automatic
    }
    /// A column from plot values: numbers, categories (strings) or a constant (repeated to the
    /// table's length).
    public init(_ name: String, _ values: PlotValues, format: ColumnFormat = .automatic) {
        self.name = name
        self.format = format
        switch values {
        case .numbers(let v): self.values = .doubles(v)
        case .categories(let v): self.values = .strings(v)
        case .constant(let c):
            self.values = .doubles([c])
            self.isConstant = true
        }
    }
    var isConstant = false

    /// Whether the cells are numbers (right-aligned, `class="num"`).
    public var isNumeric: Bool { if case .strings = values { false } else { true } }

    func cell(_ i: Int) -> String {
        let j = isConstant ? 0 : i
        switch values {
        case .doubles(let v): return format.format(v[j])
        case .integers(let v): return format.format(v[j])
        case .strings(let v): return v[j]
        }
    }
}

/// A table of columns, rendered as an HTML `<table class="folio-table">`.
///
/// ```swift
/// Table(caption: "Losses") {
///     Column("step", [1, 2, 3])
///     Column("loss", losses, format: .fixed(4))
/// }
/// ```
///
/// The markup: an optional `<caption>`, a `<thead>` with one `<th scope="col">` per column, a
/// `<tbody>`; cells and headers of numeric columns carry `class="num"` (right-align them and use
/// tabular figures, see `Table.css`). Every text is escaped.
public struct Table: Sendable, Equatable, Codable {
    /// The columns, left to right; all must have the same length.
    public var columns: [Column]
    /// An optional `<caption>` above the table.
    public var caption: String?
    var pendingError: String?

    /// A table of `columns`; lengths are checked when it is rendered.
    public init(columns: [Column], caption: String? = nil) {
        self.columns = columns
        self.caption = caption
    }

    /// A table of the columns the builder closure lists.
    public init(caption: String? = nil, @TableBuilder _ content: () -> [Column]) {
        self.columns = content()
        self.caption = caption
    }

    /// A matrix as a table: one column per matrix column (named `columnNames`, default
    /// `"0"`, `"1"`, …), preceded by a string column of `rowNames` when given. A ragged matrix
    /// makes `html()` throw.
    public init(
        matrix: [[Double]], columnNames: [String]? = nil, rowNames: [String]? = nil,
        format: ColumnFormat = .automatic, caption: String? = nil
    ) {
        let width = matrix.first?.count ?? 0
        let names = columnNames ?? (0..<width).map(String.init)
        var cols: [Column] = []
        if let rowNames { cols.append(Column("", rowNames)) }
        for j in 0..<width {
            cols.append(
                Column(
                    j < names.count ? names[j] : String(j), matrix.map { j < $0.count ? $0[j] : .nan }, format: format))
        }
        self.columns = cols
        self.caption = caption
        if let bad = matrix.firstIndex(where: { $0.count != width }) {
            pendingError = "Table: matrix row \(bad) has \(matrix[bad].count) values but row 0 has \(width)"
        } else if names.count != width {
            pendingError = "Table: \(names.count) column names for a matrix with \(width) columns"
        } else if let rowNames, rowNames.count != matrix.count {
            pendingError = "Table: \(rowNames.count) row names for a matrix with \(matrix.count) rows"
        }
    }

    /// The number of rows (the length of the non-constant columns).
    public var rowCount: Int {
        columns.first(where: { !$0.isConstant })?.values.count ?? (columns.isEmpty ? 0 : 1)
    }

    /// Throws when the table cannot be shown: no columns, or columns of different lengths
    /// (the message names both columns).
    public func validate() throws {
        if let pendingError { throw ChartError(pendingError) }
        guard !columns.isEmpty else { throw ChartError("Table: no columns") }
        let sized = columns.filter { !$0.isConstant }
        guard let first = sized.first else { return }
        for c in sized.dropFirst() where c.values.count != first.values.count {
            throw ChartError(
                "Table: column \"\(first.name)\" has \(first.values.count) values but column \"\(c.name)\" has \(c.values.count)"
            )
        }
    }

    /// The table as an HTML fragment.
    public func html() throws -> String {
        try validate()
        var out = "<table class=\"folio-table\">\n"
        if let caption { out += "<caption>\(HTMLText.escape(caption))</caption>\n" }
        out += "<thead><tr>"
        for c in columns {
            out += "<th scope=\"col\"\(c.isNumeric ? " class=\"num\"" : "")>\(HTMLText.escape(c.name))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for i in 0..<rowCount {
            out += "<tr>"
            for c in columns {
                out += "<td\(c.isNumeric ? " class=\"num\"" : "")>\(HTMLText.escape(c.cell(i)))</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out
    }

    /// Suggested CSS for tables (the page renderer may use its own).
    public static let css = """
        table.folio-table { border-collapse: collapse; margin: 1em 0; font-variant-numeric: tabular-nums; }
        table.folio-table caption { caption-side: top; text-align: left; padding-bottom: .4em; }
        table.folio-table th, table.folio-table td { padding: .25em .75em; border-bottom: 1px solid rgba(127,127,127,.3); }
        table.folio-table thead th { border-bottom: 2px solid currentColor; text-align: left; }
        table.folio-table .num { text-align: right; }
        """
}

/// Builds the columns of `Table { … }`.
@resultBuilder
public enum TableBuilder {
    /// One column.
    public static func buildExpression(_ column: Column) -> [Column] { [column] }
    /// An array of columns, spliced in.
    public static func buildExpression(_ columns: [Column]) -> [Column] { columns }
    /// The statements of the closure, in order.
    public static func buildBlock(_ parts: [Column]...) -> [Column] { parts.flatMap { $0 } }
    /// An `if` without `else`: no columns when the condition is false.
    public static func buildOptional(_ part: [Column]?) -> [Column] { part ?? [] }
    /// The `if` branch of an `if`/`else`.
    public static func buildEither(first: [Column]) -> [Column] { first }
    /// The `else` branch of an `if`/`else`.
    public static func buildEither(second: [Column]) -> [Column] { second }
    /// A `for` loop: the columns of every iteration, in order.
    public static func buildArray(_ parts: [[Column]]) -> [Column] { parts.flatMap { $0 } }
}
