import Foundation

/// The type of a numeric scale.
public enum ScaleType: Sendable, Equatable {
    case linear
    /// Base-10 logarithmic; non-positive values are skipped.
    case log
}

/// Where the legend goes. `.automatic` puts it above the plot, or at the trailing side when it
/// would need more than two rows there.
public enum LegendPosition: Sendable, Equatable {
    case automatic, top, bottom, trailing, hidden
}

/// A chart: marks plus the modifiers of Swift Charts. Values are immutable; every modifier
/// returns a modified copy.
///
/// ```swift
/// let chart = Chart {
///     LineMark(x: t, y: sin, series: "sin")
///     LineMark(x: t, y: cos, series: "cos")
/// }
/// .chartXAxisLabel("t")
/// .chartTitle("Two waves")
/// let svg = try chart.svg(idPrefix: "fig-1")
/// ```
public struct Chart: Sendable {
    public var marks: [any ChartMark]
    public var title: String?
    public var xAxisLabel: String?
    public var yAxisLabel: String?
    public var xScaleType: ScaleType = .linear
    public var yScaleType: ScaleType = .linear
    /// An explicit x domain; `nil` means derived from the data.
    public var xDomain: ClosedRange<Double>?
    public var yDomain: ClosedRange<Double>?
    public var legendPosition: LegendPosition = .automatic
    /// Size in CSS pixels (the SVG scales down to narrower containers).
    public var width: Double = 640
    public var height: Double = 400

    public init(marks: [any ChartMark]) {
        self.marks = marks
    }

    public init(@ChartContentBuilder _ content: () -> [any ChartMark]) {
        self.marks = content()
    }

    /// The x scale: an explicit `domain` and/or a `type`; `nil` keeps the current setting.
    public func chartXScale(domain: ClosedRange<Double>? = nil, type: ScaleType? = nil) -> Chart {
        var c = self
        if let domain { c.xDomain = domain }
        if let type { c.xScaleType = type }
        return c
    }

    /// The y scale: an explicit `domain` and/or a `type`; `nil` keeps the current setting.
    public func chartYScale(domain: ClosedRange<Double>? = nil, type: ScaleType? = nil) -> Chart {
        var c = self
        if let domain { c.yDomain = domain }
        if let type { c.yScaleType = type }
        return c
    }

    public func chartXAxisLabel(_ label: String) -> Chart {
        var c = self
        c.xAxisLabel = label
        return c
    }

    public func chartYAxisLabel(_ label: String) -> Chart {
        var c = self
        c.yAxisLabel = label
        return c
    }

    public func chartTitle(_ title: String) -> Chart {
        var c = self
        c.title = title
        return c
    }

    public func chartLegend(position: LegendPosition) -> Chart {
        var c = self
        c.legendPosition = position
        return c
    }

    /// The chart's size in CSS pixels (at least 160 × 120; `nil` keeps the current value).
    public func frame(width: Double? = nil, height: Double? = nil) -> Chart {
        var c = self
        if let width { c.width = width }
        if let height { c.height = height }
        return c
    }

    /// The chart as an SVG fragment (an `<svg>` element, no XML declaration), ready to inline in
    /// HTML. `idPrefix` (e.g. `"fig-1"`) prefixes every `id` inside the SVG, so several charts can
    /// share a page and the bytes are deterministic; characters other than ASCII letters, digits,
    /// `-`, `_` and `.` are replaced by `-`. The root element itself gets no `id`, so the caller may
    /// use the same string for a surrounding `<figure>`.
    public func svg(idPrefix: String) throws -> String {
        try SVGRenderer(chart: self, idPrefix: idPrefix).render()
    }
}

/// Builds the marks of `Chart { … }`: marks, `if`/`else`, `for` loops and optional marks.
@resultBuilder
public enum ChartContentBuilder {
    public static func buildExpression(_ mark: any ChartMark) -> [any ChartMark] { [mark] }
    public static func buildExpression(_ marks: [any ChartMark]) -> [any ChartMark] { marks }
    public static func buildBlock(_ parts: [any ChartMark]...) -> [any ChartMark] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [any ChartMark]?) -> [any ChartMark] { part ?? [] }
    public static func buildEither(first: [any ChartMark]) -> [any ChartMark] { first }
    public static func buildEither(second: [any ChartMark]) -> [any ChartMark] { second }
    public static func buildArray(_ parts: [[any ChartMark]]) -> [any ChartMark] { parts.flatMap { $0 } }
    public static func buildLimitedAvailability(_ part: [any ChartMark]) -> [any ChartMark] { part }
}
