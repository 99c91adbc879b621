import Foundation

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

extension BarMark: PlottedMark {
    func resolve() throws -> Layer {
        if let xEnd {
            let (n, c) = try Layer.broadcast("BarMark", [("xStart", x), ("xEnd", xEnd), ("y", y)])
            var layer = Layer(
                self, count: n, x: .numbers(try Layer.numeric("BarMark", "xStart", c[0])),
                y: .numbers(try Layer.numeric("BarMark", "y", c[2])), series: series)
            layer.xEnd = try Layer.numeric("BarMark", "xEnd", c[1])
            return layer
        }
        let (n, c) = try Layer.broadcast("BarMark", [("x", x), ("y", y)])
        return Layer(self, count: n, x: c[0], y: .numbers(try Layer.numeric("BarMark", "y", c[1])), series: series)
    }

    func extend(_ domain: inout DomainExtent, with layer: Layer, isX: Bool) {
        Self.extendBars(&domain, with: layer, isX: isX)
    }

    var legendSymbol: LegendSymbol? { .swatch }

    var hangsFromZero: Bool { true }

    var sharesBands: Bool { true }

    var chartKind: String? { "Bar chart" }

    func draw(_ layer: Layer, color: String, seriesClass cls: String, in plot: PlotArea) -> String {
        Self.drawBars(layer, color: color, seriesClass: cls, in: plot)
    }

    /// Bars from zero: on x their extent (`xStart…xEnd`, or each centre ± half the smallest
    /// gap), on y their heights and zero. Histograms are drawn as bars too.
    static func extendBars(_ domain: inout DomainExtent, with layer: Layer, isX: Bool) {
        domain.hasBars = true
        if isX {
            guard let xs = layer.x.numbers else { return }
            if let xe = layer.xEnd {
                domain.add(xs)
                domain.add(xe)
            } else {
                domain.addCentred(xs)
            }
        } else {
            domain.add(layer.y.numbers)
            domain.includesZero = true
        }
    }

    /// Bars from zero (the bottom of a log axis): in a category's band (a sub-band per series
    /// when several share it), across `xStart…xEnd`, or centred on a number, as wide as the
    /// smallest gap between numbers allows.
    static func drawBars(_ layer: Layer, color: String, seriesClass cls: String, in plot: PlotArea) -> String {
        let xAxis = plot.xAxis
        let yAxis = plot.yAxis
        var out = "<g class=\"bars\(cls)\" fill=\"\(color)\">"
        let base: Double = {
            if yAxis.kind == .log { return yAxis.r0 }
            let zero = Swift.min(Swift.max(0, Swift.min(yAxis.lo, yAxis.hi)), Swift.max(yAxis.lo, yAxis.hi))
            return yAxis.map(zero)
        }()
        let ys = layer.y.numbers ?? []
        var halfPx = 0.0
        if case .numbers(let xs) = layer.x, layer.xEnd == nil {
            let h = halfGap(xs, log: xAxis.kind == .log)
            if let c = xs.first(where: { $0.isFinite && (xAxis.kind != .log || $0 > 0) }) {
                halfPx =
                    xAxis.kind == .log ? abs(xAxis.map(c * h) - xAxis.map(c)) : abs(xAxis.map(c + h) - xAxis.map(c))
            }
        }
        let groupIndex = plot.bandGroups.firstIndex(where: { $0 == layer.series }) ?? 0
        let groups = max(1, plot.bandGroups.count)
        for i in 0..<layer.count {
            let y = yAxis.map(ys[i])
            guard y.isFinite else { continue }
            var x0: Double
            var x1: Double
            switch layer.x {
            case .categories(let c):
                guard let k = xAxis.index[c[i]] else { continue }
                let sub = xAxis.bandwidth / Double(groups)
                x0 = xAxis.bandStart(k) + sub * Double(groupIndex)
                x1 = x0 + sub
                if groups > 1 {
                    let inset = sub * 0.04
                    x0 += inset
                    x1 -= inset
                }
            case .numbers(let xs):
                if let xe = layer.xEnd {
                    x0 = xAxis.map(xs[i])
                    x1 = xAxis.map(xe[i])
                    if x1 < x0 { swap(&x0, &x1) }
                    if x1 - x0 > 2 {
                        x0 += 0.5
                        x1 -= 0.5
                    }
                } else {
                    let c = xAxis.map(xs[i])
                    x0 = c - halfPx * 0.8
                    x1 = c + halfPx * 0.8
                }
            }
            guard x0.isFinite, x1.isFinite else { continue }
            let top = Swift.min(y, base)
            let height = abs(y - base)
            out +=
                "<rect x=\"\(Fmt.coord(x0))\" y=\"\(Fmt.coord(top))\" width=\"\(Fmt.coord(x1 - x0))\" height=\"\(Fmt.coord(height))\"/>"
        }
        out += "</g>\n"
        return out
    }
}
