import Foundation

/// The type of a numeric scale.
public enum ScaleType: String, Sendable, Equatable, Codable {
    /// Evenly spaced values; the default. Domains are extended to nice tick values.
    case linear
    /// Base-10 logarithmic; non-positive values are skipped.
    case log
}

/// Where the legend goes. `.automatic` puts it above the plot, or at the trailing side when it
/// would need more than two rows there.
public enum LegendPosition: String, Sendable, Equatable, Codable {
    /// `automatic` chooses top or trailing; `top`/`bottom` place a row above/below the plot,
    /// `trailing` a column at its right; `hidden` draws no legend even with several series.
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
    /// The marks, drawn in order (later marks on top).
    public var marks: [any ChartMark]
    /// A title above the plot; `nil` draws none.
    public var title: String?
    /// The x axis label, centred under the tick labels; `nil` draws none.
    public var xAxisLabel: String?
    /// The y axis label, rotated, left of the tick labels; `nil` draws none.
    public var yAxisLabel: String?
    /// The x scale type for numeric x; categorical x is always a band scale.
    public var xScaleType: ScaleType = .linear
    /// The y scale type; a log scale skips non-positive values.
    public var yScaleType: ScaleType = .linear
    /// An explicit x domain; `nil` means derived from the data.
    public var xDomain: ClosedRange<Double>?
    /// An explicit y domain; `nil` means derived from the data (including zero for bars and areas).
    public var yDomain: ClosedRange<Double>?
    /// Where the legend goes when there are two or more series.
    public var legendPosition: LegendPosition = .automatic
    /// Size in CSS pixels (the SVG scales down to narrower containers).
    public var width: Double = 640
    /// Height in CSS pixels.
    public var height: Double = 400

    /// A chart of `marks` with default modifiers (640 × 400, linear scales, automatic legend).
    public init(marks: [any ChartMark]) {
        self.marks = marks
    }

    /// A chart of the marks the builder closure lists, including marks from `for` and `if`.
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

    /// A copy with `label` under the x axis.
    public func chartXAxisLabel(_ label: String) -> Chart {
        var c = self
        c.xAxisLabel = label
        return c
    }

    /// A copy with `label` beside the y axis.
    public func chartYAxisLabel(_ label: String) -> Chart {
        var c = self
        c.yAxisLabel = label
        return c
    }

    /// A copy with `title` above the plot (also the SVG `<title>`).
    public func chartTitle(_ title: String) -> Chart {
        var c = self
        c.title = title
        return c
    }

    /// A copy with the legend at `position`; a single series never gets a legend.
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

    /// Throws the error ``svg(idPrefix:)`` would throw (no marks, channels of different
    /// lengths, a bad domain…) without drawing: the interpreter reports a chart's error at the
    /// statement that shows it, and the page renderer draws it later.
    public func validate() throws {
        _ = try SVGRenderer(chart: self, idPrefix: "chart").layout()
    }
}

/// Builds the marks of `Chart { … }`: marks, `if`/`else`, `for` loops and optional marks.
@resultBuilder
public enum ChartContentBuilder {
    /// One mark.
    public static func buildExpression(_ mark: any ChartMark) -> [any ChartMark] { [mark] }
    /// An array of marks, spliced in.
    public static func buildExpression(_ marks: [any ChartMark]) -> [any ChartMark] { marks }
    /// The statements of the closure, in order.
    public static func buildBlock(_ parts: [any ChartMark]...) -> [any ChartMark] { parts.flatMap { $0 } }
    /// An `if` without `else`: no marks when the condition is false.
    public static func buildOptional(_ part: [any ChartMark]?) -> [any ChartMark] { part ?? [] }
    /// The `if` branch of an `if`/`else`.
    public static func buildEither(first: [any ChartMark]) -> [any ChartMark] { first }
    /// The `else` branch of an `if`/`else`.
    public static func buildEither(second: [any ChartMark]) -> [any ChartMark] { second }
    /// A `for` loop: the marks of every iteration, in order.
    public static func buildArray(_ parts: [[any ChartMark]]) -> [any ChartMark] { parts.flatMap { $0 } }
    /// `if #available`: the marks unchanged.
    public static func buildLimitedAvailability(_ part: [any ChartMark]) -> [any ChartMark] { part }
}
