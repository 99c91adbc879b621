import Foundation

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

extension Histogram: PlottedMark {
    /// The bins, as bars spanning their edges.
    func resolve() throws -> Layer {
        let (edges, heights) = try binned()
        var layer = Layer(
            self, count: heights.count, x: .numbers(Array(edges.dropLast())), y: .numbers(heights), series: series)
        layer.xEnd = Array(edges.dropFirst())
        return layer
    }

    func extend(_ domain: inout DomainExtent, with layer: Layer, isX: Bool) {
        BarMark.extendBars(&domain, with: layer, isX: isX)
    }

    var legendSymbol: LegendSymbol? { .swatch }

    var hangsFromZero: Bool { true }

    var sharesBands: Bool { true }

    var chartKind: String? { "Histogram" }

    /// `Histogram of 1000 values in 20 bins` when no series is named.
    func summaryTitle(_ layer: Layer, namedSeries: [String]) -> String? {
        guard namedSeries.isEmpty else { return nil }
        let total = (layer.y.numbers ?? []).reduce(0, +)
        return "Histogram of \(Fmt.brief(total)) values in \(layer.count) bins"
    }

    func draw(_ layer: Layer, color: String, seriesClass cls: String, in plot: PlotArea) -> String {
        BarMark.drawBars(layer, color: color, seriesClass: cls, in: plot)
    }
}
