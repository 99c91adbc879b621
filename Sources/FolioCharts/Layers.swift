import Foundation

/// A mark resolved for drawing: channels broadcast to one length, categories kept apart from
/// numbers, histograms binned.
struct Layer {
    /// One channel's values: numbers, or categories (a band scale).
    enum Channel {
        case numbers([Double])
        case categories([String])
        var numbers: [Double]? { if case .numbers(let v) = self { v } else { nil } }
        var categories: [String]? { if case .categories(let v) = self { v } else { nil } }
        var isCategorical: Bool { categories != nil }
    }

    /// The mark, which knows how the layer takes part in the chart.
    var mark: any PlottedMark
    /// The mark's type name, for errors.
    var markName: String
    var count: Int
    var x: Channel
    var y: Channel
    var xEnd: [Double]? = nil
    var yStart: [Double]? = nil
    var value: [Double]? = nil
    var series: String?
    /// The stroke of a line or rule layer; `nil` for the default.
    var style: LineStyle? = nil

    /// A layer of `count` points of `mark`.
    init(_ mark: some PlottedMark, count: Int, x: Channel, y: Channel, series: String?) {
        self.mark = mark
        self.markName = MarkCatalog.name(of: type(of: mark))
        self.count = count
        self.x = x
        self.y = y
        self.series = series
    }

    /// The layer of `mark`; a mark FolioCharts does not ship is an error.
    static func resolve(_ mark: any ChartMark) throws -> Layer {
        guard let plotted = mark as? any PlottedMark else {
            throw ChartError("Chart: unsupported mark type \(type(of: mark))")
        }
        return try plotted.resolve()
    }

    /// Checks that the non-constant channels have one length and broadcasts constants to it.
    static func broadcast(_ mark: String, _ channels: [(String, PlotValues)]) throws -> (Int, [Channel]) {
        var n: Int? = nil
        var firstName = ""
        for (name, values) in channels {
            guard let c = values.count else { continue }
            if let m = n, m != c {
                throw ChartError("\(mark): \(firstName) has \(m) value\(m == 1 ? "" : "s") but \(name) has \(c)")
            }
            if n == nil {
                n = c
                firstName = name
            }
        }
        let count = n ?? 1
        if count == 0 {
            let names = channels.map(\.0)
            let list =
                names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
            throw ChartError("\(mark): no data (\(list) \(names.count == 1 ? "is" : "are") empty)")
        }
        let resolved: [Channel] = channels.map { _, values in
            switch values {
            case .numbers(let v): .numbers(v)
            case .categories(let v): .categories(v)
            case .constant(let c): .numbers(Array(repeating: c, count: count))
            }
        }
        return (count, resolved)
    }

    static func numeric(_ mark: String, _ name: String, _ channel: Channel) throws -> [Double] {
        guard let v = channel.numbers else { throw ChartError("\(mark): \(name) must be numbers, not categories") }
        return v
    }
}
