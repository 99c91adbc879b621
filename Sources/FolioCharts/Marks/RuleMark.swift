import Foundation

/// Reference lines across the whole plot: vertical at each `x`, or horizontal at each `y`.
/// Without a series they are drawn dashed in the text colour.
///
/// With a range, as in Swift Charts' `RuleMark(x:yStart:yEnd:)` and
/// `RuleMark(xStart:xEnd:y:)`, each rule spans only its own interval: error bars, whiskers,
/// time spans. Ranged rules are solid unless styled.
public struct RuleMark: ChartMark {
    /// Vertical rules (constant x) or horizontal rules (constant y).
    public enum Orientation: String, Sendable, Equatable, Codable { case vertical, horizontal }
    /// Which way the rules run.
    public var orientation: Orientation
    /// The positions of the rules: x values for vertical rules, y values for horizontal ones.
    public var values: PlotValues
    /// The series name; without one the rules are dashed in the text colour.
    public var series: String?
    /// How the rules are stroked; `nil`: dashed without a series, solid with one (ranged rules:
    /// solid).
    public var style: LineStyle?
    /// Where each rule starts on the axis it runs along (y for vertical rules); `nil`: rules
    /// span the whole plot.
    public var start: PlotValues?
    /// Where each rule ends; set together with ``start``.
    public var end: PlotValues?
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
    /// Vertical rules at `x[i]` from `yStart[i]` to `yEnd[i]` (error bars).
    public init(x: PlotValues, yStart: PlotValues, yEnd: PlotValues, series: String? = nil) {
        self.init(x: x, series: series)
        self.start = yStart
        self.end = yEnd
    }
    /// Horizontal rules at `y[i]` from `xStart[i]` to `xEnd[i]` (spans, intervals).
    public init(xStart: PlotValues, xEnd: PlotValues, y: PlotValues, series: String? = nil) {
        self.init(y: y, series: series)
        self.start = xStart
        self.end = xEnd
    }
    /// Error bars at numeric x.
    public init(x: [Double], yStart: [Double], yEnd: [Double], series: String? = nil) {
        self.init(x: .numbers(x), yStart: .numbers(yStart), yEnd: .numbers(yEnd), series: series)
    }
    /// Error bars over categories.
    public init(x: [String], yStart: [Double], yEnd: [Double], series: String? = nil) {
        self.init(x: .categories(x), yStart: .numbers(yStart), yEnd: .numbers(yEnd), series: series)
    }
    /// Intervals at numeric y.
    public init(xStart: [Double], xEnd: [Double], y: [Double], series: String? = nil) {
        self.init(xStart: .numbers(xStart), xEnd: .numbers(xEnd), y: .numbers(y), series: series)
    }
    /// Intervals, one row per category (a band scale on y).
    public init(xStart: [Double], xEnd: [Double], y: [String], series: String? = nil) {
        self.init(xStart: .numbers(xStart), xEnd: .numbers(xEnd), y: .categories(y), series: series)
    }
}

extension RuleMark: PlottedMark {
    func resolve() throws -> Layer {
        if let start, let end { return try resolveRanged(start, end) }
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

    /// Ranged rules: the position and, along the rule, the start in `yStart` or `x` and the
    /// end in `y` or `xEnd`.
    private func resolveRanged(_ start: PlotValues, _ end: PlotValues) throws -> Layer {
        if orientation == .vertical {
            let (n, c) = try Layer.broadcast("RuleMark", [("x", values), ("yStart", start), ("yEnd", end)])
            var layer = Layer(
                self, count: n, x: c[0], y: .numbers(try Layer.numeric("RuleMark", "yEnd", c[2])), series: series)
            layer.yStart = try Layer.numeric("RuleMark", "yStart", c[1])
            layer.style = style
            return layer
        }
        let (n, c) = try Layer.broadcast("RuleMark", [("xStart", start), ("xEnd", end), ("y", values)])
        var layer = Layer(
            self, count: n, x: .numbers(try Layer.numeric("RuleMark", "xStart", c[0])), y: c[2], series: series)
        layer.xEnd = try Layer.numeric("RuleMark", "xEnd", c[1])
        layer.style = style
        return layer
    }

    /// A vertical rule spans the y axis and a horizontal one the x axis: they place nothing
    /// there, unless ranged.
    func channel(of layer: Layer, isX: Bool) -> Layer.Channel? {
        if start != nil { return isX ? layer.x : layer.y }
        return switch orientation {
        case .vertical: isX ? layer.x : nil
        case .horizontal: isX ? nil : layer.y
        }
    }

    func extend(_ domain: inout DomainExtent, with layer: Layer, isX: Bool) {
        if start != nil {
            domain.add(isX ? layer.x.numbers : layer.y.numbers)
            domain.add(isX ? layer.xEnd : layer.yStart)
            return
        }
        switch orientation {
        case .vertical: if isX { domain.add(layer.x.numbers) }
        case .horizontal: if !isX { domain.add(layer.y.numbers) }
        }
    }

    /// Rules without a series are reference lines in the text colour, outside the legend.
    func takesSeriesColor(_ layer: Layer) -> Bool { layer.series != nil }

    var legendSymbol: LegendSymbol? { .line }

    var chartKind: String? { nil }

    /// Lines across the plot: dashed and faint without a series unless styled. Ranged rules:
    /// each across its interval, solid unless styled.
    func draw(_ layer: Layer, color: String, seriesClass cls: String, in plot: PlotArea) -> String {
        if start != nil { return drawRanged(layer, color: color, seriesClass: cls, in: plot) }
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

    private func drawRanged(_ layer: Layer, color: String, seriesClass cls: String, in plot: PlotArea) -> String {
        let style = layer.style ?? .solid
        var out = "<g class=\"rules\(cls)\" stroke=\"\(color)\" stroke-width=\"1.25\"\(style.svgAttributes)>"
        for i in 0..<layer.count {
            let (x0, x1, y0, y1): (Double, Double, Double, Double)
            if orientation == .vertical {
                let x = plot.px(layer, i)
                (x0, x1) = (x, x)
                (y0, y1) = (plot.yAxis.map(layer.yStart?[i] ?? .nan), plot.py(layer, i))
            } else {
                let y = plot.py(layer, i)
                (x0, x1) = (plot.px(layer, i), plot.xAxis.map(layer.xEnd?[i] ?? .nan))
                (y0, y1) = (y, y)
            }
            guard x0.isFinite, x1.isFinite, y0.isFinite, y1.isFinite else { continue }
            out +=
                "<line x1=\"\(Fmt.coord(x0))\" x2=\"\(Fmt.coord(x1))\" y1=\"\(Fmt.coord(y0))\" y2=\"\(Fmt.coord(y1))\"/>"
        }
        out += "</g>\n"
        return out
    }
}
