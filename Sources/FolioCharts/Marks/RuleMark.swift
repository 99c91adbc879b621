import Foundation

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

extension RuleMark: PlottedMark {
    func resolve() throws -> Layer {
        let axis = orientation == .vertical ? "x" : "y"
        let (n, c) = try Layer.broadcast("RuleMark", [(axis, values)])
        var layer =
            orientation == .vertical
            ? Layer(self, count: n, x: c[0], y: .numbers([]), series: series)
            : Layer(
                self, count: n, x: .numbers([]), y: .numbers(try Layer.numeric("RuleMark", "y", c[0])), series: series)
        layer.style = style
        return layer
    }

    /// A vertical rule spans the y axis and a horizontal one the x axis: they place nothing there.
    func channel(of layer: Layer, isX: Bool) -> Layer.Channel? {
        switch orientation {
        case .vertical: isX ? layer.x : nil
        case .horizontal: isX ? nil : layer.y
        }
    }

    func extend(_ domain: inout DomainExtent, with layer: Layer, isX: Bool) {
        switch orientation {
        case .vertical: if isX { domain.add(layer.x.numbers) }
        case .horizontal: if !isX { domain.add(layer.y.numbers) }
        }
    }

    /// Rules without a series are reference lines in the text colour, outside the legend.
    func takesSeriesColor(_ layer: Layer) -> Bool { layer.series != nil }

    var legendSymbol: LegendSymbol? { .line }

    var chartKind: String? { nil }

    /// Lines across the plot: dashed and faint without a series unless styled.
    func draw(_ layer: Layer, color: String, seriesClass cls: String, in plot: PlotArea) -> String {
        let style = layer.style ?? (layer.series == nil ? .dashed : .solid)
        let faint = layer.series == nil ? " stroke-opacity=\"0.7\"" : ""
        var out =
            "<g class=\"rules\(cls)\" stroke=\"\(color)\" stroke-width=\"1.25\"\(style.svgAttributes)\(style == .solid ? "" : faint)>"
        for i in 0..<layer.count {
            if orientation == .vertical {
                let x = plot.px(layer, i)
                guard x.isFinite else { continue }
                out +=
                    "<line x1=\"\(Fmt.coord(x))\" x2=\"\(Fmt.coord(x))\" y1=\"\(Fmt.coord(plot.y))\" y2=\"\(Fmt.coord(plot.y + plot.height))\"/>"
            } else {
                let y = plot.py(layer, i)
                guard y.isFinite else { continue }
                out +=
                    "<line x1=\"\(Fmt.coord(plot.x))\" x2=\"\(Fmt.coord(plot.x + plot.width))\" y1=\"\(Fmt.coord(y))\" y2=\"\(Fmt.coord(y))\"/>"
            }
        }
        out += "</g>\n"
        return out
    }
}
