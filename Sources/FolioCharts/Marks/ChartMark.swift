import Foundation

/// A mark of a chart. FolioCharts ships `LineMark`, `PointMark`, `BarMark`, `AreaMark`,
/// `RuleMark`, `RectangleMark` and `Histogram`; a chart throws if it meets any other conforming
/// type. Marks are values: equal when their data are, and coded (a compiled note records the
/// charts it makes, for the page to draw them as the interpreter's).
public protocol ChartMark: Sendable, Equatable, Codable {}

/// How one kind of mark takes part in a chart: the one internal protocol behind every mark
/// FolioCharts ships. A mark's file holds its public type and this conformance (how it
/// resolves its channels, what it adds to the scales, how it draws, its legend symbol), so
/// that the renderer knows no mark by name and a new mark is a file of its own.
protocol PlottedMark: ChartMark {
    /// The mark's channels, checked (numbers where numbers are needed) and broadcast to one
    /// length; errors name the mark and the channel.
    func resolve() throws -> Layer
    /// The channel the mark places on the x axis (`isX`) or the y axis; `nil` when it spans
    /// that axis (a vertical rule has no y).
    func channel(of layer: Layer, isX: Bool) -> Layer.Channel?
    /// Adds the mark's values (and the room it needs around them) to an axis's domain.
    func extend(_ domain: inout DomainExtent, with layer: Layer, isX: Bool)
    /// Whether the mark takes its series' colour and legend entry.
    func takesSeriesColor(_ layer: Layer) -> Bool
    /// What the mark adds to its series' legend entry; `nil` for none.
    var legendSymbol: LegendSymbol? { get }
    /// Whether the bands of a categorical axis it sits on are padded apart (cells are not).
    var padsBands: Bool { get }
    /// Whether the mark hangs from y = 0 (a zero line is drawn when the y domain spans zero).
    var hangsFromZero: Bool { get }
    /// Whether marks of several series on one categorical x share each band side by side.
    var sharesBands: Bool { get }
    /// The numbers the mark is coloured by (the chart then gets a colour bar); `nil` for none.
    func colorValues(_ layer: Layer) -> [Double]?
    /// What a chart of only this kind of mark is called (`Line chart`); `nil` for marks that
    /// annotate others (rules), which do not name a chart.
    var chartKind: String? { get }
    /// A title for an untitled chart of this kind better than the generic one, if any.
    func summaryTitle(_ layer: Layer, namedSeries: [String]) -> String?
    /// The mark's SVG, in `color` (a series colour, or `currentColor`); `seriesClass` is
    /// ` series-<n>` or empty.
    func draw(_ layer: Layer, color: String, seriesClass: String, in plot: PlotArea) -> String
}

extension PlottedMark {
    func channel(of layer: Layer, isX: Bool) -> Layer.Channel? { isX ? layer.x : layer.y }
    func takesSeriesColor(_ layer: Layer) -> Bool { true }
    var padsBands: Bool { true }
    var hangsFromZero: Bool { false }
    var sharesBands: Bool { false }
    func colorValues(_ layer: Layer) -> [Double]? { nil }
    func summaryTitle(_ layer: Layer, namedSeries: [String]) -> String? { nil }
}

/// What a legend entry shows, from the marks of its series: a line (in the style of the
/// series' first styled line), a dot, or a filled square when the series has no line.
enum LegendSymbol {
    case line, point, swatch
}

/// An axis's domain as the marks extend it, with what the scale needs to know of them.
struct DomainExtent {
    /// Whether the axis is logarithmic (non-positive values are skipped).
    let isLog: Bool
    var lo = Double.infinity
    var hi = -Double.infinity
    /// Points are drawn: their dots need room inside the domain.
    var hasPoints = false
    /// Bars are drawn: their x domain is kept exact, and points get no log padding.
    var hasBars = false
    /// Cells are drawn: the domain is exactly the cells' extent.
    var hasCells = false
    /// Something hangs from zero: the y domain includes it.
    var includesZero = false

    init(isLog: Bool) {
        self.isLog = isLog
    }

    /// Adds a value (a non-finite one, or a non-positive one on a log axis, adds nothing).
    mutating func add(_ v: Double) {
        guard v.isFinite, !isLog || v > 0 else { return }
        lo = Swift.min(lo, v)
        hi = Swift.max(hi, v)
    }

    /// Adds each value.
    mutating func add(_ values: [Double]?) {
        for v in values ?? [] { add(v) }
    }

    /// Adds each value widened by half the smallest gap between values (bars centred on
    /// numbers, cells on a grid), a ratio on a log axis.
    mutating func addCentred(_ values: [Double]) {
        let half = halfGap(values, log: isLog)
        for v in values where v.isFinite {
            if isLog {
                add(v / half)
                add(v * half)
            } else {
                add(v - half)
                add(v + half)
            }
        }
    }
}

/// The plot area as the marks draw into it: the axes with their pixel ranges, the plot's
/// rectangle, the heat-map colour domain and the series that share bands.
struct PlotArea {
    let xAxis: Axis
    let yAxis: Axis
    let x: Double
    let y: Double
    let width: Double
    let height: Double
    /// The colour scale's domain, when a mark colours by value.
    let colorDomain: (Double, Double)?
    /// The series of band-sharing marks on a categorical x, in order: one sub-band each.
    let bandGroups: [String?]

    /// The pixel x of point `i` of `layer` (NaN when it has none).
    func px(_ layer: Layer, _ i: Int) -> Double {
        switch layer.x {
        case .numbers(let v): xAxis.map(v[i])
        case .categories(let c): xAxis.bandCenter(c[i])
        }
    }

    /// The pixel y of point `i` of `layer` (NaN when it has none).
    func py(_ layer: Layer, _ i: Int) -> Double {
        switch layer.y {
        case .numbers(let v): yAxis.map(v[i])
        case .categories(let c): yAxis.bandCenter(c[i])
        }
    }
}
