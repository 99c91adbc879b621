import FolioCharts
import FolioNumerics

/// A value a mark's channel accepts in a note: a tensor, an array of numbers or of category
/// names, or one number (broadcast), as the interpreter converts them. Compiled notes get the
/// same mark initializers through the generic ones below.
public protocol Plottable {
    /// The channel data.
    var plotValues: PlotValues { get }
}

extension Tensor: Plottable {
    /// The tensor's scalars, row-major.
    public var plotValues: PlotValues { .numbers(scalars) }
}

extension Array: Plottable where Element: PlotElement {
    /// The elements as numbers or categories.
    public var plotValues: PlotValues { Element.plotValues(self) }
}

extension Double: Plottable {
    /// One number for every data point.
    public var plotValues: PlotValues { .constant(self) }
}

extension Int: Plottable {
    /// One number for every data point.
    public var plotValues: PlotValues { .constant(Double(self)) }
}

/// An element type of a plottable array.
public protocol PlotElement {
    /// The channel data of an array of these.
    static func plotValues(_ elements: [Self]) -> PlotValues
}

extension Double: PlotElement {
    /// Numbers.
    public static func plotValues(_ elements: [Double]) -> PlotValues { .numbers(elements) }
}

extension Int: PlotElement {
    /// Numbers.
    public static func plotValues(_ elements: [Int]) -> PlotValues { .numbers(elements.map(Double.init)) }
}

extension String: PlotElement {
    /// Categories.
    public static func plotValues(_ elements: [String]) -> PlotValues { .categories(elements) }
}

extension LineMark {
    /// A line through (x, y) from any plottable values.
    public init(x: some Plottable, y: some Plottable, series: String? = nil) {
        self.init(x: x.plotValues, y: y.plotValues, series: series)
    }
}

extension PointMark {
    /// Points at (x, y) from any plottable values.
    public init(x: some Plottable, y: some Plottable, series: String? = nil) {
        self.init(x: x.plotValues, y: y.plotValues, series: series)
    }
}

extension BarMark {
    /// Bars at x of height y from any plottable values.
    public init(x: some Plottable, y: some Plottable, series: String? = nil) {
        self.init(x: x.plotValues, y: y.plotValues, series: series)
    }

    /// Bars spanning xStart…xEnd of height y from any plottable values.
    public init(xStart: some Plottable, xEnd: some Plottable, y: some Plottable, series: String? = nil) {
        self.init(xStart: xStart.plotValues, xEnd: xEnd.plotValues, y: y.plotValues, series: series)
    }
}

extension AreaMark {
    /// The area under y from any plottable values.
    public init(x: some Plottable, y: some Plottable, series: String? = nil) {
        self.init(x: x.plotValues, y: y.plotValues, series: series)
    }

    /// The band yStart…yEnd from any plottable values.
    public init(x: some Plottable, yStart: some Plottable, yEnd: some Plottable, series: String? = nil) {
        self.init(x: x.plotValues, yStart: yStart.plotValues, yEnd: yEnd.plotValues, series: series)
    }
}

extension RuleMark {
    /// Vertical rules from any plottable values.
    public init(x: some Plottable, series: String? = nil) {
        self.init(x: x.plotValues, series: series)
    }

    /// Horizontal rules from any plottable values.
    public init(y: some Plottable, series: String? = nil) {
        self.init(y: y.plotValues, series: series)
    }

    /// Vertical rules at x from yStart to yEnd (error bars) from any plottable values.
    public init(x: some Plottable, yStart: some Plottable, yEnd: some Plottable, series: String? = nil) {
        self.init(x: x.plotValues, yStart: yStart.plotValues, yEnd: yEnd.plotValues, series: series)
    }

    /// Horizontal rules at y from xStart to xEnd (intervals) from any plottable values.
    public init(xStart: some Plottable, xEnd: some Plottable, y: some Plottable, series: String? = nil) {
        self.init(xStart: xStart.plotValues, xEnd: xEnd.plotValues, y: y.plotValues, series: series)
    }
}

extension RectangleMark {
    /// Heat-map cells from any plottable values.
    public init(x: some Plottable, y: some Plottable, value: some Plottable) {
        self.init(x: x.plotValues, y: y.plotValues, value: value.plotValues)
    }

    /// A heat map of a 2-D tensor.
    public init(matrix: Tensor, xLabels: [String]? = nil, yLabels: [String]? = nil) throws {
        self.init(matrix: try matrixRows(matrix), xLabels: xLabels, yLabels: yLabels)
    }
}

extension Histogram {
    /// A histogram of any plottable values.
    public init(
        values: some Plottable, bins: Int? = nil, range: ClosedRange<Double>? = nil, density: Bool = false,
        series: String? = nil
    ) {
        self.init(values: values.plotValues, bins: bins, range: range, density: density, series: series)
    }
}

extension Column {
    /// A column of any plottable values.
    public init(_ name: String, _ values: some Plottable, format: ColumnFormat = .automatic) {
        self.init(name, values.plotValues, format: format)
    }
}

extension Table {
    /// A 2-D tensor as a table.
    public init(
        matrix: Tensor, columnNames: [String]? = nil, rowNames: [String]? = nil, format: ColumnFormat = .automatic,
        caption: String? = nil
    ) throws {
        self.init(
            matrix: try matrixRows(matrix), columnNames: columnNames, rowNames: rowNames, format: format,
            caption: caption)
    }

    /// A 2-D tensor as a table.
    public init(
        _ matrix: Tensor, columnNames: [String]? = nil, rowNames: [String]? = nil, format: ColumnFormat = .automatic,
        caption: String? = nil
    ) throws {
        try self.init(matrix: matrix, columnNames: columnNames, rowNames: rowNames, format: format, caption: caption)
    }
}

/// The rows of a 2-D tensor (anything else is an error).
public func matrixRows(_ t: Tensor) throws -> [[Double]] {
    guard t.rank == 2 else { throw TensorError("a matrix needs a 2-D tensor, got shape \(t.shape)") }
    let scalars = t.scalars
    let columns = t.shape[1]
    return (0..<t.shape[0]).map { Array(scalars[($0 * columns)..<(($0 + 1) * columns)]) }
}
