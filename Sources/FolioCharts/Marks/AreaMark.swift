import Foundation

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

extension AreaMark: PlottedMark {
    func resolve() throws -> Layer {
        let (n, c) = try Layer.broadcast("AreaMark", [("x", x), ("yStart", yStart), ("y", y)])
        var layer = Layer(
            self, count: n, x: c[0], y: .numbers(try Layer.numeric("AreaMark", "y", c[2])), series: series)
        layer.yStart = try Layer.numeric("AreaMark", "yStart", c[1])
        return layer
    }

    func extend(_ domain: inout DomainExtent, with layer: Layer, isX: Bool) {
        if isX {
            domain.add(layer.x.numbers)
        } else {
            domain.add(layer.y.numbers)
            domain.add(layer.yStart)
            if layer.yStart?.contains(0) == true { domain.includesZero = true }
        }
    }

    var legendSymbol: LegendSymbol? { .swatch }

    var hangsFromZero: Bool { true }

    var chartKind: String? { "Area chart" }

    /// The filled band, one subpath per run of finite points, and its upper edge stroked.
    func draw(_ layer: Layer, color: String, seriesClass cls: String, in plot: PlotArea) -> String {
        let yAxis = plot.yAxis
        let px = { plot.px(layer, $0) }
        let py = { plot.py(layer, $0) }
        let ys = layer.yStart ?? Array(repeating: 0, count: layer.count)
        let y0: (Int) -> Double = { i in
            let v = yAxis.map(ys[i])
            if v.isNaN && yAxis.kind == .log && ys[i].isFinite { return yAxis.r0 }
            return v
        }
        var d = ""
        var upper = ""
        var segment: [Int] = []
        func flush() {
            guard !segment.isEmpty else { return }
            let keep = segment.count > Int(plot.width) ? decimate(segment, px: px, py: py) : segment
            d += "M" + keep.map { "\(Fmt.coord(px($0))),\(Fmt.coord(py($0)))" }.joined(separator: "L")
            d +=
                "L" + keep.reversed().map { "\(Fmt.coord(px($0))),\(Fmt.coord(y0($0)))" }.joined(separator: "L")
                + "Z"
            upper += "M" + keep.map { "\(Fmt.coord(px($0))),\(Fmt.coord(py($0)))" }.joined(separator: "L")
            segment = []
        }
        for i in 0..<layer.count {
            if px(i).isFinite && py(i).isFinite && y0(i).isFinite { segment.append(i) } else { flush() }
        }
        flush()
        var out = "<path class=\"area\(cls)\" d=\"\(d)\" fill=\"\(color)\" fill-opacity=\"0.3\" stroke=\"none\"/>\n"
        out +=
            "<path class=\"line\(cls)\" d=\"\(upper)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.5\" stroke-linejoin=\"round\"/>\n"
        return out
    }
}
