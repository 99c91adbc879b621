import Foundation

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

extension LineMark: PlottedMark {
    func resolve() throws -> Layer {
        let (n, c) = try Layer.broadcast("LineMark", [("x", x), ("y", y)])
        var layer = Layer(
            self, count: n, x: c[0], y: .numbers(try Layer.numeric("LineMark", "y", c[1])), series: series)
        layer.style = style
        return layer
    }

    func extend(_ domain: inout DomainExtent, with layer: Layer, isX: Bool) {
        domain.add(isX ? layer.x.numbers : layer.y.numbers)
    }

    var legendSymbol: LegendSymbol? { .line }

    var chartKind: String? { "Line chart" }

    func draw(_ layer: Layer, color: String, seriesClass cls: String, in plot: PlotArea) -> String {
        let d = linePath(
            count: layer.count, px: { plot.px(layer, $0) }, py: { plot.py(layer, $0) }, plotWidth: plot.width)
        let dash = (layer.style ?? .solid).svgAttributes
        return
            "<path class=\"line\(cls)\" d=\"\(d)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.75\" stroke-linejoin=\"round\"\(dash.isEmpty ? " stroke-linecap=\"round\"" : dash)/>\n"
    }
}
