import Foundation

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

extension RectangleMark: PlottedMark {
    func resolve() throws -> Layer {
        if let message = matrixError { throw ChartError(message) }
        let (n, c) = try Layer.broadcast("RectangleMark", [("x", x), ("y", y), ("value", value)])
        var layer = Layer(self, count: n, x: c[0], y: c[1], series: nil)
        layer.value = try Layer.numeric("RectangleMark", "value", c[2])
        return layer
    }

    /// Cells on numbers span each value ± half the grid step, and the domain is exactly that.
    func extend(_ domain: inout DomainExtent, with layer: Layer, isX: Bool) {
        domain.hasCells = true
        guard let values = (isX ? layer.x : layer.y).numbers else { return }
        domain.addCentred(values)
    }

    /// Cells are coloured by value, not by series.
    func takesSeriesColor(_ layer: Layer) -> Bool { false }

    var legendSymbol: LegendSymbol? { nil }

    /// Cells fill their bands edge to edge.
    var padsBands: Bool { false }

    func colorValues(_ layer: Layer) -> [Double]? { layer.value ?? [] }

    var chartKind: String? { "Heat map" }

    /// `Heat map of 3 × 4 cells` (rows × columns).
    func summaryTitle(_ layer: Layer, namedSeries: [String]) -> String? {
        let cols = Set(layer.x.categories ?? layer.x.numbers?.map { "\($0)" } ?? []).count
        let rows = Set(layer.y.categories ?? layer.y.numbers?.map { "\($0)" } ?? []).count
        return "Heat map of \(rows) × \(cols) cells"
    }

    /// Cells in viridis, their edges snapped so that neighbours share them.
    func draw(_ layer: Layer, color: String, seriesClass cls: String, in plot: PlotArea) -> String {
        let (clo, chi) = plot.colorDomain ?? (0, 1)
        let values = layer.value ?? []
        func span(_ channel: Layer.Channel, _ axis: Axis, _ i: Int) -> (Double, Double)? {
            switch channel {
            case .categories(let c):
                guard let k = axis.index[c[i]] else { return nil }
                return (axis.bandStart(k), axis.bandStart(k) + axis.bandwidth)
            case .numbers(let v):
                let h = halfGap(v, log: axis.kind == .log)
                let a = axis.kind == .log ? axis.map(v[i] / h) : axis.map(v[i] - h)
                let b = axis.kind == .log ? axis.map(v[i] * h) : axis.map(v[i] + h)
                guard a.isFinite, b.isFinite else { return nil }
                return (Swift.min(a, b), Swift.max(a, b))
            }
        }
        var out = "<g class=\"cells\" shape-rendering=\"crispEdges\">"
        // Gaps computed once per numeric channel would be faster; heat maps are small.
        for i in 0..<layer.count {
            let v = values[i]
            guard v.isFinite, let (x0, x1) = span(layer.x, plot.xAxis, i), let (y0, y1) = span(layer.y, plot.yAxis, i)
            else {
                continue
            }
            let fill = Palette.viridis((v - clo) / (chi - clo))
            // Snap the edges to the output's hundredths before taking the size, so that a
            // cell ends exactly where its neighbour starts: rounding x and width separately
            // left 0.01 px slivers that crispEdges drew as white seams.
            let (sx0, sx1, sy0, sy1) = (Fmt.snap(x0), Fmt.snap(x1), Fmt.snap(y0), Fmt.snap(y1))
            out +=
                "<rect x=\"\(Fmt.coord(sx0))\" y=\"\(Fmt.coord(sy0))\" width=\"\(Fmt.coord(sx1 - sx0))\" height=\"\(Fmt.coord(sy1 - sy0))\" fill=\"\(fill)\"/>"
        }
        out += "</g>\n"
        return out
    }
}
