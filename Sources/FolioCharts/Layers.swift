import Foundation

/// A mark resolved for drawing: channels broadcast to one length, categories kept apart from
/// numbers, histograms binned.
struct Layer {
    enum Kind: String { case line, point, bar, area, ruleX, ruleY, rect }
    enum Channel {
        case numbers([Double])
        case categories([String])
        var numbers: [Double]? { if case .numbers(let v) = self { v } else { nil } }
        var categories: [String]? { if case .categories(let v) = self { v } else { nil } }
        var isCategorical: Bool { categories != nil }
    }

    var kind: Kind
    var markName: String
    var count: Int
    var x: Channel
    var y: Channel
    var xEnd: [Double]? = nil
    var yStart: [Double]? = nil
    var value: [Double]? = nil
    var series: String?
    var isHistogram = false
    /// The stroke of a line or rule layer; `nil` for the default.
    var style: LineStyle? = nil

    static func resolve(_ mark: any ChartMark) throws -> Layer {
        switch mark {
        case let m as LineMark:
            let (n, c) = try broadcast("LineMark", [("x", m.x), ("y", m.y)])
            var layer = Layer(
                kind: .line, markName: "LineMark", count: n, x: c[0],
                y: .numbers(try numeric("LineMark", "y", c[1])), series: m.series)
            layer.style = m.style
            return layer
        case let m as PointMark:
            let (n, c) = try broadcast("PointMark", [("x", m.x), ("y", m.y)])
            return Layer(
                kind: .point, markName: "PointMark", count: n, x: c[0],
                y: .numbers(try numeric("PointMark", "y", c[1])), series: m.series)
        case let m as BarMark:
            if let xEnd = m.xEnd {
                let (n, c) = try broadcast("BarMark", [("xStart", m.x), ("xEnd", xEnd), ("y", m.y)])
                return Layer(
                    kind: .bar, markName: "BarMark", count: n,
                    x: .numbers(try numeric("BarMark", "xStart", c[0])),
                    y: .numbers(try numeric("BarMark", "y", c[2])),
                    xEnd: try numeric("BarMark", "xEnd", c[1]), series: m.series)
            }
            let (n, c) = try broadcast("BarMark", [("x", m.x), ("y", m.y)])
            return Layer(
                kind: .bar, markName: "BarMark", count: n, x: c[0],
                y: .numbers(try numeric("BarMark", "y", c[1])), series: m.series)
        case let m as AreaMark:
            let (n, c) = try broadcast("AreaMark", [("x", m.x), ("yStart", m.yStart), ("y", m.y)])
            return Layer(
                kind: .area, markName: "AreaMark", count: n, x: c[0],
                y: .numbers(try numeric("AreaMark", "y", c[2])),
                yStart: try numeric("AreaMark", "yStart", c[1]), series: m.series)
        case let m as RuleMark:
            let axis = m.orientation == .vertical ? "x" : "y"
            let (n, c) = try broadcast("RuleMark", [(axis, m.values)])
            var layer =
                m.orientation == .vertical
                ? Layer(kind: .ruleX, markName: "RuleMark", count: n, x: c[0], y: .numbers([]), series: m.series)
                : Layer(
                    kind: .ruleY, markName: "RuleMark", count: n, x: .numbers([]),
                    y: .numbers(try numeric("RuleMark", "y", c[0])), series: m.series)
            layer.style = m.style
            return layer
        case let m as RectangleMark:
            if let message = m.matrixError { throw ChartError(message) }
            let (n, c) = try broadcast("RectangleMark", [("x", m.x), ("y", m.y), ("value", m.value)])
            return Layer(
                kind: .rect, markName: "RectangleMark", count: n, x: c[0], y: c[1],
                value: try numeric("RectangleMark", "value", c[2]), series: nil)
        case let m as Histogram:
            let (edges, heights) = try m.binned()
            var layer = Layer(
                kind: .bar, markName: "Histogram", count: heights.count,
                x: .numbers(Array(edges.dropLast())), y: .numbers(heights),
                xEnd: Array(edges.dropFirst()), series: m.series)
            layer.isHistogram = true
            return layer
        default:
            throw ChartError("Chart: unsupported mark type \(type(of: mark))")
        }
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
            let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!
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
