import FolioHTML
import Foundation

/// Lays out and draws a `Chart` as SVG text. Internal: the public entry point is
/// `Chart.svg(idPrefix:)`.
struct SVGRenderer {
    let chart: Chart
    let prefix: String
    let fontSize = 12.0
    let titleSize = 14.0
    let outer = 10.0
    let tickLength = 5.0
    let fontFamily = "Helvetica, Arial, &#39;Liberation Sans&#39;, sans-serif"

    init(chart: Chart, idPrefix: String) {
        self.chart = chart
        var p = String(
            idPrefix.unicodeScalars.map { s -> Character in
                let ok =
                    (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || s == "-" || s == "_"
                    || s == "."
                return ok ? Character(s) : "-"
            })
        if p.isEmpty { p = "chart" }
        if let f = p.unicodeScalars.first, !(f >= "a" && f <= "z") && !(f >= "A" && f <= "Z") && f != "_" {
            p = "c" + p
        }
        self.prefix = p
    }

    // MARK: - Series

    struct SeriesInfo {
        var name: String?
        var color: String
        var line = false, point = false, fill = false
        /// The stroke of the series' lines in the legend (the first styled line or rule wins).
        var style: LineStyle = .solid
    }

    // MARK: - Render

    func render() throws -> String {
        let layout = try layout()
        var out = header(layout)
        out += grid(layout)
        out += marks(layout)
        out += zeroLine(layout)
        out += xAxisGroup(layout)
        out += yAxisGroup(layout)
        out += colorBar(layout)
        out += legend(layout)
        out += titleText(layout)
        out += "</svg>\n"
        return out
    }

    /// A coordinate on the pixel grid's centre, so that 1-pixel lines stay crisp.
    func crisp(_ v: Double) -> String { Fmt.coord((v - 0.5).rounded() + 0.5) }

    /// The `<svg>` element's start: title, description, clip path and gradient.
    func header(_ layout: ChartLayout) -> String {
        let (W, H) = (layout.W, layout.H)
        let (plotX, plotY, plotW, plotH) = (layout.plotX, layout.plotY, layout.plotW, layout.plotH)
        var out = ""
        out.reserveCapacity(4096)
        let titleText = chart.title ?? summaryTitle(layout.layers, series: layout.series)
        let descText = description(layout.layers, series: layout.series, xAxis: layout.xAxis, yAxis: layout.yAxis)
        out +=
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"folio-chart\" width=\"\(Fmt.coord(W))\" height=\"\(Fmt.coord(H))\" viewBox=\"0 0 \(Fmt.coord(W)) \(Fmt.coord(H))\" role=\"img\" aria-labelledby=\"\(prefix)-title \(prefix)-desc\" font-family=\"\(fontFamily)\" font-size=\"\(Fmt.coord(fontSize))\" style=\"max-width:100%;height:auto\">\n"
        out += "<title id=\"\(prefix)-title\">\(HTMLText.escape(titleText))</title>\n"
        out += "<desc id=\"\(prefix)-desc\">\(HTMLText.escape(descText))</desc>\n"
        out +=
            "<defs><clipPath id=\"\(prefix)-clip\"><rect x=\"\(Fmt.coord(plotX - 4))\" y=\"\(Fmt.coord(plotY - 4))\" width=\"\(Fmt.coord(plotW + 8))\" height=\"\(Fmt.coord(plotH + 8))\"/></clipPath>"
        if layout.colorDomain != nil {
            out += "<linearGradient id=\"\(prefix)-viridis\" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">"
            for i in 0...16 {
                let t = Double(i) / 16
                out += "<stop offset=\"\(Fmt.coord(t))\" stop-color=\"\(Palette.viridis[min(255, Int(t * 255))])\"/>"
            }
            out += "</linearGradient>"
        }
        out += "</defs>\n"
        return out
    }

    /// The marks, clipped to the plot area.
    func marks(_ layout: ChartLayout) -> String {
        let seriesIndex = layout.seriesIndex
        var out = ""
        out += "<g class=\"marks\" clip-path=\"url(#\(prefix)-clip)\">\n"
        let plot = PlotArea(
            xAxis: layout.xAxis, yAxis: layout.yAxis, x: layout.plotX, y: layout.plotY, width: layout.plotW,
            height: layout.plotH, colorDomain: layout.colorDomain,
            bandGroups: bandGroupKeys(layout.layers, xAxis: layout.xAxis))
        for (i, layer) in layout.layers.enumerated() {
            let seriesClass = layer.series.flatMap { seriesIndex[$0] } ?? seriesIndex[nil].map { $0 }
            out += layer.mark.draw(
                layer, color: layout.layerColor[i] ?? "currentColor",
                seriesClass: seriesClass.map { " series-\($0)" } ?? "",
                in: plot)
        }
        out += "</g>\n"
        return out
    }

    /// The series of band-sharing marks (bars) on a categorical x axis, in order: one sub-band each.
    func bandGroupKeys(_ layers: [Layer], xAxis: Axis) -> [String?] {
        guard xAxis.kind == .band else { return [] }
        var keys: [String?] = []
        for l in layers where l.mark.sharesBands && !keys.contains(where: { $0 == l.series }) { keys.append(l.series) }
        return keys
    }

    /// The chart title, when there is one.
    func titleText(_ layout: ChartLayout) -> String {
        let plotX = layout.plotX
        let plotW = layout.plotW
        var out = ""
        if let title = chart.title {
            out +=
                "<text class=\"chart-title\" text-anchor=\"middle\" x=\"\(Fmt.coord(plotX + plotW / 2))\" y=\"\(Fmt.coord(outer + titleSize * 0.9))\" font-size=\"\(Fmt.coord(titleSize))\" font-weight=\"600\" fill=\"currentColor\">\(HTMLText.escape(title))</text>\n"
        }
        return out
    }

    // MARK: - Accessibility text

    /// What the chart is (`Line chart`, `Heat map`), from its marks; `Chart` when they differ.
    func kindName(_ layers: [Layer]) -> String {
        let kinds = Set(layers.compactMap { $0.mark.chartKind })
        guard kinds.count <= 1 else { return "Chart" }
        return layers.lazy.compactMap { $0.mark.chartKind }.first ?? "Chart"
    }

    /// A title for an untitled chart: its kind and series, or what its marks say of it.
    func summaryTitle(_ layers: [Layer], series: [SeriesInfo]) -> String {
        let kind = kindName(layers)
        let named = series.compactMap(\.name)
        if let main = layers.first(where: { $0.mark.chartKind == kind }),
            let title = main.mark.summaryTitle(main, namedSeries: named)
        {
            return title
        }
        if named.count == 1 { return "\(kind) of \(named[0])" }
        if named.count > 1 { return "\(kind) of \(named.count) series" }
        return kind
    }

    func description(_ layers: [Layer], series: [SeriesInfo], xAxis: Axis, yAxis: Axis) -> String {
        var parts: [String] = []
        let named = series.compactMap(\.name)
        if !named.isEmpty { parts.append("Series: " + named.joined(separator: ", ") + ".") }
        func axisText(_ a: Axis, _ label: String?, _ name: String) -> String {
            let l = label.map { "\(name) axis “\($0)”" } ?? "\(name) axis"
            switch a.kind {
            case .band: return "\(l): \(a.categories.count) categories"
            case .linear: return "\(l) from \(Fmt.brief(a.lo)) to \(Fmt.brief(a.hi))"
            case .log: return "\(l) (log scale) from \(Fmt.brief(a.lo)) to \(Fmt.brief(a.hi))"
            }
        }
        parts.append(axisText(xAxis, chart.xAxisLabel, "x") + "; " + axisText(yAxis, chart.yAxisLabel, "y") + ".")
        return parts.joined(separator: " ")
    }
}
