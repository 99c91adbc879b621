import Foundation

/// A mark of a chart. FolioCharts ships `LineMark`, `PointMark`, `BarMark`, `AreaMark`,
/// `RuleMark`, `RectangleMark` and `Histogram`; a chart throws if it meets any other conforming
/// type. Marks are values: equal when their data are, and coded (a compiled note records the
/// charts it makes, for the page to draw them as the interpreter's).
public protocol ChartMark: Sendable, Equatable, Codable {}

/// A line through the points `(x[i], y[i])` in data order. Non-finite values break the line.
/// Lines with more points than the plot has pixel columns are decimated for output, keeping each
/// pixel column's first, minimum, maximum and last point, so extremes survive.
///
/// Initializers take concrete array types (not a generic parameter) so that Swift type-checks
/// `LineMark(x: t, y: t.map { sin($0) })` quickly; use `PlotValues` for anything else.
public struct LineMark: ChartMark {
    /// The x positions: numbers, categories or a constant.
    public var x: PlotValues
    /// The y values; NaN and ±infinity break the line.
    public var y: PlotValues
    /// The series name: lines of one series join; two or more series get colours and a legend.
    public var series: String?
    /// How the line is stroked (solid unless ``lineStyle(_:)`` says otherwise).
    public var style: LineStyle = .solid
    /// A line through `(x[i], y[i])`; channels of different lengths make the chart throw.
    public init(x: PlotValues, y: PlotValues, series: String? = nil) {
        self.x = x
        self.y = y
        self.series = series
    }
    /// The same line stroked with `style` (`.dashed`, `.dotted`); the legend shows it too.
    public func lineStyle(_ style: LineStyle) -> LineMark {
        var copy = self
        copy.style = style
        return copy
    }
    /// A line through numeric points (tensors convert with `.scalars`).
    public init(x: [Double], y: [Double], series: String? = nil) {
        self.init(x: .numbers(x), y: .numbers(y), series: series)
    }
    /// A line across categories, in order of first appearance.
    public init(x: [String], y: [Double], series: String? = nil) {
        self.init(x: .categories(x), y: .numbers(y), series: series)
    }
}

/// A dot at each `(x[i], y[i])`; points with a non-finite coordinate are skipped.
public struct PointMark: ChartMark {
    /// The x positions: numbers, categories or a constant.
    public var x: PlotValues
    /// The y positions; a point with a non-finite coordinate is skipped.
    public var y: PlotValues
    /// The series name (colour and legend entry).
    public var series: String?
    /// Dots at `(x[i], y[i])`; channels of different lengths make the chart throw.
    public init(x: PlotValues, y: PlotValues, series: String? = nil) {
        self.x = x
        self.y = y
        self.series = series
    }
    /// Dots at numeric points.
    public init(x: [Double], y: [Double], series: String? = nil) {
        self.init(x: .numbers(x), y: .numbers(y), series: series)
    }
    /// Dots over categories (a band scale on x).
    public init(x: [String], y: [Double], series: String? = nil) {
        self.init(x: .categories(x), y: .numbers(y), series: series)
    }
}

/// Bars from zero to `y[i]`, centred on a category (band scale) or a number, or spanning
/// `xStart[i]...xEnd[i]` (histograms). Bar marks of several series that share categorical x are
/// drawn side by side (grouped).
public struct BarMark: ChartMark {
    /// Bar positions: categories (band scale) or numbers (bars centred on them).
    public var x: PlotValues
    /// Set for bars spanning `x[i]...xEnd[i]`.
    public var xEnd: PlotValues?
    /// Bar heights from zero; non-finite heights skip the bar.
    public var y: PlotValues
    /// The series name; series sharing categorical x are grouped side by side.
    public var series: String?
    /// Bars of height `y[i]` at `x[i]`.
    public init(x: PlotValues, y: PlotValues, series: String? = nil) {
        self.x = x
        self.xEnd = nil
        self.y = y
        self.series = series
    }
    /// Categorical bars, one band per category.
    public init(x: [String], y: [Double], series: String? = nil) {
        self.init(x: .categories(x), y: .numbers(y), series: series)
    }
    /// Bars centred on numbers, as wide as the smallest gap between them allows.
    public init(x: [Double], y: [Double], series: String? = nil) {
        self.init(x: .numbers(x), y: .numbers(y), series: series)
    }
    /// Bars spanning `xStart[i]...xEnd[i]` on a numeric x axis.
    public init(xStart: PlotValues, xEnd: PlotValues, y: PlotValues, series: String? = nil) {
        self.x = xStart
        self.xEnd = xEnd
        self.y = y
        self.series = series
    }
    /// Bars spanning `xStart[i]...xEnd[i]` (the edges of histogram bins).
    public init(xStart: [Double], xEnd: [Double], y: [Double], series: String? = nil) {
        self.init(xStart: .numbers(xStart), xEnd: .numbers(xEnd), y: .numbers(y), series: series)
    }
}

/// The area between `yStart` (default zero) and `y`, with the `y` edge stroked. Non-finite values
/// break the area.
public struct AreaMark: ChartMark {
    /// The x positions, in data order.
    public var x: PlotValues
    /// The lower edge (zero unless a band was asked for).
    public var yStart: PlotValues
    /// The upper edge, stroked.
    public var y: PlotValues
    /// The series name (colour and legend entry).
    public var series: String?
    /// A band between `yStart` and `yEnd`.
    public init(x: PlotValues, yStart: PlotValues, yEnd: PlotValues, series: String? = nil) {
        self.x = x
        self.yStart = yStart
        self.y = yEnd
        self.series = series
    }
    /// The area between zero and `y`.
    public init(x: PlotValues, y: PlotValues, series: String? = nil) {
        self.init(x: x, yStart: .constant(0), yEnd: y, series: series)
    }
    /// The area between zero and `y`, on numeric x.
    public init(x: [Double], y: [Double], series: String? = nil) {
        self.init(x: .numbers(x), yStart: .constant(0), yEnd: .numbers(y), series: series)
    }
    /// The area between zero and `y`, across categories.
    public init(x: [String], y: [Double], series: String? = nil) {
        self.init(x: .categories(x), yStart: .constant(0), yEnd: .numbers(y), series: series)
    }
    /// The band between `yStart` and `yEnd` (a confidence band, ± one standard deviation).
    public init(x: [Double], yStart: [Double], yEnd: [Double], series: String? = nil) {
        self.init(x: .numbers(x), yStart: .numbers(yStart), yEnd: .numbers(yEnd), series: series)
    }
}

/// Reference lines across the whole plot: vertical at each `x`, or horizontal at each `y`.
/// Without a series they are drawn dashed in the text colour.
public struct RuleMark: ChartMark {
    /// Vertical rules (constant x) or horizontal rules (constant y).
    public enum Orientation: String, Sendable, Equatable, Codable { case vertical, horizontal }
    /// Which way the rules run.
    public var orientation: Orientation
    /// The positions of the rules: x values for vertical rules, y values for horizontal ones.
    public var values: PlotValues
    /// The series name; without one the rules are dashed in the text colour.
    public var series: String?
    /// How the rules are stroked; `nil`: dashed without a series, solid with one.
    public var style: LineStyle?
    /// The same rules stroked with `style`.
    public func lineStyle(_ style: LineStyle) -> RuleMark {
        var copy = self
        copy.style = style
        return copy
    }
    /// Vertical rules at `x` (numbers, or categories on a categorical x axis).
    public init(x: PlotValues, series: String? = nil) {
        self.orientation = .vertical
        self.values = x
        self.series = series
    }
    /// Horizontal rules at `y`.
    public init(y: PlotValues, series: String? = nil) {
        self.orientation = .horizontal
        self.values = y
        self.series = series
    }
    /// One vertical rule at `x`.
    public init(x: Double, series: String? = nil) { self.init(x: .constant(x), series: series) }
    /// Vertical rules at each value of `x`.
    public init(x: [Double], series: String? = nil) { self.init(x: .numbers(x), series: series) }
    /// One horizontal rule at `y`.
    public init(y: Double, series: String? = nil) { self.init(y: .constant(y), series: series) }
    /// Horizontal rules at each value of `y`.
    public init(y: [Double], series: String? = nil) { self.init(y: .numbers(y), series: series) }
}

/// Heat-map cells: a cell at each `(x[i], y[i])` (categories, or numbers on a regular grid)
/// coloured by `value[i]` with viridis; the chart gets a colour bar. Non-finite values leave the
/// cell empty. Categorical y runs top to bottom, like the rows of a matrix.
public struct RectangleMark: ChartMark {
    /// The cell columns: categories, or numbers on a regular grid (cells as wide as its step).
    public var x: PlotValues
    /// The cell rows: categories (top to bottom) or numbers (bottom to top).
    public var y: PlotValues
    /// The cell values, coloured by viridis from their minimum to their maximum.
    public var value: PlotValues
    var matrixError: String?
    /// A cell at each `(x[i], y[i])` coloured by `value[i]`; lengths must match.
    public init(x: PlotValues, y: PlotValues, value: PlotValues) {
        self.x = x
        self.y = y
        self.value = value
    }
    /// Cells on categorical axes.
    public init(x: [String], y: [String], value: [Double]) {
        self.init(x: .categories(x), y: .categories(y), value: .numbers(value))
    }
    /// Cells on a numeric grid.
    public init(x: [Double], y: [Double], value: [Double]) {
        self.init(x: .numbers(x), y: .numbers(y), value: .numbers(value))
    }
    /// A heat map of a matrix: row `i` is drawn as the `i`-th row from the top, column `j` as the
    /// `j`-th column. Labels default to the indices `"0"`, `"1"`, …. A ragged matrix, or labels
    /// that do not match its shape, make the chart throw.
    ///
    /// Labels may repeat (the tokens of a sentence on an attention map: "the cat sat on the
    /// mat"): position, not text, identifies a row or column, so each repeat keeps its own band.
    public init(matrix: [[Double]], xLabels: [String]? = nil, yLabels: [String]? = nil) {
        let columns = matrix.map(\.count).max() ?? 0
        let xl = Self.distinct(xLabels ?? (0..<columns).map(String.init))
        let yl = Self.distinct(yLabels ?? (0..<matrix.count).map(String.init))
        var xs: [String] = []
        var ys: [String] = []
        var vs: [Double] = []
        for (i, row) in matrix.enumerated() {
            for (j, v) in row.enumerated() {
                xs.append(j < xl.count ? xl[j] : String(j))
                ys.append(i < yl.count ? yl[i] : String(i))
                vs.append(v)
            }
        }
        self.x = .categories(xs)
        self.y = .categories(ys)
        self.value = .numbers(vs)
        if let bad = matrix.firstIndex(where: { $0.count != columns }) {
            self.matrixError =
                "RectangleMark: matrix row \(bad) has \(matrix[bad].count) values but the longest row has \(columns)"
        } else if xl.count != columns || yl.count != matrix.count {
            self.matrixError =
                "RectangleMark: matrix is \(matrix.count) × \(columns) but got \(yl.count) y labels and \(xl.count) x labels"
        }
    }

    /// Band categories are keyed by text, so a repeated label would merge two rows (or columns)
    /// into one band and draw one over the other. The k-th repeat gets k zero-width spaces
    /// appended: a distinct key that prints, and measures, exactly like the label.
    static func distinct(_ labels: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return labels.map { label in
            let repeats = seen[label, default: 0]
            seen[label] = repeats + 1
            guard repeats > 0 else { return label }
            var key = label + String(repeating: "\u{200B}", count: repeats)
            while seen[key] != nil { key += "\u{200B}" }
            seen[key] = 1
            return key
        }
    }
}

/// A histogram of `values` drawn as adjacent bars. `bins` defaults to NumPy's `"auto"` rule (the
/// larger of the Sturges and Freedman–Diaconis bin counts, at most 200); bins are equal-width
/// over `range` (default: the finite values' extent), the last bin closed like NumPy's. With
/// `density: true` bar heights integrate to one. Non-finite values are ignored.
public struct Histogram: ChartMark {
    /// The values to bin; non-finite ones are ignored.
    public var values: PlotValues
    /// The number of bins; `nil` picks NumPy's `"auto"` count.
    public var bins: Int?
    /// The binned range; `nil` uses the finite values' extent; values outside are dropped.
    public var range: ClosedRange<Double>?
    /// Whether bar heights are densities (integrating to one) instead of counts.
    public var density: Bool
    /// The series name (colour and legend entry).
    public var series: String?
    /// A histogram of `values`; a non-positive `bins` or an empty range makes the chart throw.
    public init(
        values: PlotValues, bins: Int? = nil, range: ClosedRange<Double>? = nil,
        density: Bool = false, series: String? = nil
    ) {
        self.values = values
        self.bins = bins
        self.range = range
        self.density = density
        self.series = series
    }

    /// A histogram of numbers.
    public init(
        values: [Double], bins: Int? = nil, range: ClosedRange<Double>? = nil,
        density: Bool = false, series: String? = nil
    ) {
        self.init(values: .numbers(values), bins: bins, range: range, density: density, series: series)
    }

    /// The bin edges (`bins + 1` values) and counts (or densities) of the histogram.
    public func binned() throws -> (edges: [Double], heights: [Double]) {
        let data: [Double]
        switch values {
        case .numbers(let v): data = v.filter(\.isFinite)
        case .constant(let c): data = c.isFinite ? [c] : []
        case .categories: throw ChartError("Histogram: values must be numbers, not categories")
        }
        if let bins, bins < 1 { throw ChartError("Histogram: bins must be at least 1, got \(bins)") }
        var lo: Double
        var hi: Double
        if let range {
            guard range.lowerBound.isFinite, range.upperBound.isFinite else {
                throw ChartError("Histogram: range must be finite")
            }
            (lo, hi) = (range.lowerBound, range.upperBound)
        } else {
            guard let mn = data.min(), let mx = data.max() else { throw ChartError("Histogram: no finite values") }
            (lo, hi) = (mn, mx)
        }
        if lo == hi {
            lo -= 0.5
            hi += 0.5
        }
        let inRange = data.filter { $0 >= lo && $0 <= hi }
        let n = bins ?? Histogram.autoBins(inRange, lo: lo, hi: hi)
        let width = (hi - lo) / Double(n)
        let edges = (0...n).map { i in i == n ? hi : lo + Double(i) * width }
        var counts = [Double](repeating: 0, count: n)
        for v in inRange {
            var i = Int(((v - lo) / width).rounded(.down))
            if i >= n { i = n - 1 }
            if i < 0 { i = 0 }
            counts[i] += 1
        }
        if density, !inRange.isEmpty {
            let total = Double(inRange.count)
            counts = counts.map { $0 / (total * width) }
        }
        return (edges, counts)
    }

    static func autoBins(_ data: [Double], lo: Double, hi: Double) -> Int {
        let n = data.count
        guard n > 1 else { return 1 }
        let sturges = Int((log2(Double(n))).rounded(.up)) + 1
        let sorted = data.sorted()
        func quantile(_ q: Double) -> Double {
            let p = q * Double(n - 1)
            let i = Int(p.rounded(.down))
            let f = p - Double(i)
            return i + 1 < n ? sorted[i] + f * (sorted[i + 1] - sorted[i]) : sorted[i]
        }
        let iqr = quantile(0.75) - quantile(0.25)
        var fd = 0
        if iqr > 0 {
            let h = 2 * iqr / pow(Double(n), 1.0 / 3.0)
            fd = Int(((hi - lo) / h).rounded(.up))
        }
        return min(200, max(1, sturges, fd))
    }
}

/// How a line or a rule is stroked (``LineMark/lineStyle(_:)``, ``RuleMark/lineStyle(_:)``).
public enum LineStyle: String, Sendable, Equatable, Codable {
    /// A continuous stroke.
    case solid
    /// Dashes of 5 px with gaps of 4 px.
    case dashed
    /// Round dots 4 px apart.
    case dotted

    /// The SVG attributes of the stroke (empty for solid).
    var svgAttributes: String {
        switch self {
        case .solid: ""
        case .dashed: " stroke-dasharray=\"5 4\""
        case .dotted: " stroke-dasharray=\"0.5 4\" stroke-linecap=\"round\""
        }
    }
}
