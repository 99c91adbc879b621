import Foundation

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

extension PointMark: PlottedMark {
    func resolve() throws -> Layer {
        let (n, c) = try Layer.broadcast("PointMark", [("x", x), ("y", y)])
        return Layer(
            self, count: n, x: c[0], y: .numbers(try Layer.numeric("PointMark", "y", c[1])), series: series)
    }

    func extend(_ domain: inout DomainExtent, with layer: Layer, isX: Bool) {
        domain.hasPoints = true
        domain.add(isX ? layer.x.numbers : layer.y.numbers)
    }

    var legendSymbol: LegendSymbol? { .point }

    var chartKind: String? { "Scatter plot" }

    /// Dots (smaller and translucent past 2000 points); a dot on the same half pixel as an
    /// earlier one is drawn once.
    func draw(_ layer: Layer, color: String, seriesClass cls: String, in plot: PlotArea) -> String {
        let many = layer.count > 2000
        var out = "<g class=\"points\(cls)\" fill=\"\(color)\"\(many ? " fill-opacity=\"0.6\"" : "")>"
        var seen = Set<Int64>()
        let r = many ? "1.5" : "3"
        for i in 0..<layer.count {
            let x = plot.px(layer, i)
            let y = plot.py(layer, i)
            guard x.isFinite, y.isFinite else { continue }
            let key = Int64((x * 2).rounded()) &* 1_000_003 &+ Int64((y * 2).rounded())
            if !seen.insert(key).inserted { continue }
            out += "<circle cx=\"\(Fmt.coord(x))\" cy=\"\(Fmt.coord(y))\" r=\"\(r)\"/>"
        }
        out += "</g>\n"
        return out
    }
}
