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

    /// Lays the chart out: resolves the marks, assigns series colours, builds the axes and
    /// ticks, and settles the margins (which depend on tick labels, which depend on the plot
    /// size). Every error a chart can have is found here, before anything is drawn.
    func layout() throws -> ChartLayout {
        guard !chart.marks.isEmpty else { throw ChartError("Chart: no marks") }
        guard chart.width.isFinite, chart.height.isFinite, chart.width > 0, chart.height > 0 else {
            throw ChartError("frame: width and height must be positive numbers")
        }
        let W = max(160, chart.width)
        let H = max(120, chart.height)
        let layers = try chart.marks.map(Layer.resolve)

        // Series and colours, in order of first appearance.
        var series: [SeriesInfo] = []
        var seriesIndex: [String?: Int] = [:]
        var layerColor: [String?] = []
        for layer in layers {
            let colored: Bool
            switch layer.kind {
            case .rect: colored = false
            case .ruleX, .ruleY: colored = layer.series != nil
            default: colored = true
            }
            guard colored else {
                layerColor.append(nil)
                continue
            }
            let key = layer.series
            if seriesIndex[key] == nil {
                seriesIndex[key] = series.count
                series.append(SeriesInfo(name: key, color: Palette.seriesColor(series.count)))
            }
            let i = seriesIndex[key]!
            switch layer.kind {
            case .line, .ruleX, .ruleY:
                if !series[i].line, let style = layer.style { series[i].style = style }
                series[i].line = true
            case .point: series[i].point = true
            case .bar, .area: series[i].fill = true
            case .rect: break
            }
            layerColor.append(series[i].color)
        }
        let named = series.filter { $0.name != nil }
        let legendWanted = chart.legendPosition != .hidden && !named.isEmpty && series.count >= 2

        // Axes.
        var xAxis = try makeAxis(layers, isX: true, length: W * 0.8)
        var yAxis = try makeAxis(layers, isX: false, length: H * 0.7)

        // Colour scale of heat maps.
        let rectValues = layers.filter { $0.kind == .rect }.flatMap { $0.value ?? [] }.filter(\.isFinite)
        var colorDomain: (Double, Double)? = nil
        if layers.contains(where: { $0.kind == .rect }) {
            if var lo = rectValues.min(), var hi = rectValues.max() {
                if lo == hi {
                    lo -= 0.5
                    hi += 0.5
                }
                colorDomain = (lo, hi)
            } else {
                colorDomain = (0, 1)
            }
        }

        // Legend geometry.
        let legendEntries: [(SVGRenderer.SeriesInfo, Double)] =
            legendWanted
            ? named.map { ($0, 18 + 5 + TextMetrics.width($0.name!, size: fontSize)) } : []
        func rows(width: Double) -> [[Int]] {
            var out: [[Int]] = []
            var row: [Int] = []
            var used = 0.0
            for (i, e) in legendEntries.enumerated() {
                let w = e.1 + (row.isEmpty ? 0 : 16)
                if !row.isEmpty && used + w > width {
                    out.append(row)
                    row = []
                    used = 0
                }
                used += row.isEmpty ? e.1 : w
                row.append(i)
            }
            if !row.isEmpty { out.append(row) }
            return out
        }
        var legendPosition = chart.legendPosition
        let legendRowHeight = 18.0
        var legendRows = rows(width: W - 2 * outer)
        if legendPosition == .automatic { legendPosition = legendRows.count <= 2 ? .top : .trailing }
        if !legendWanted {
            legendPosition = .hidden
            legendRows = []
        }
        let legendTrailingWidth = legendPosition == .trailing ? (legendEntries.map(\.1).max() ?? 0) + 16 : 0
        let legendBlockHeight = Double(legendRows.count) * legendRowHeight

        // Layout: margins depend on tick labels, which depend on the plot size. Three passes settle it.
        let titleBlock = chart.title != nil ? titleSize * 1.3 + 6 : 0
        let xLabelBlock = chart.xAxisLabel != nil ? fontSize * 1.3 + 6 : 0
        let yLabelBlock = chart.yAxisLabel != nil ? fontSize * 1.3 + 6 : 0
        var left = 50.0
        var right = 20.0
        var top = 20.0
        var bottom = 40.0
        var xTicks = TickSet()
        var yTicks = TickSet()
        var xBand = BandLabels()
        var yBand = BandLabels()
        var colorTicks = TickSet()
        var colorBarWidth = 0.0
        for _ in 0..<3 {
            let plotW = max(40, W - left - right)
            let plotH = max(30, H - top - bottom)
            xAxis.r0 = left
            xAxis.r1 = left + plotW
            if yAxis.kind == .band {
                yAxis.r0 = top
                yAxis.r1 = top + plotH
            } else {
                yAxis.r0 = top + plotH
                yAxis.r1 = top
            }

            var yLabelWidth = 0.0
            if yAxis.kind == .band {
                yBand = bandLabels(yAxis, horizontal: false)
                yLabelWidth = yBand.maxWidth
            } else {
                yTicks = TickChooser.choose(yAxis, horizontal: false, fontSize: fontSize)
                yLabelWidth = yTicks.labels.map { TextMetrics.width($0, size: fontSize) }.max() ?? 0
            }
            var xLabelHeight = fontSize
            var xFirstHalf = 0.0
            var xLastHalf = 0.0
            if xAxis.kind == .band {
                xBand = bandLabels(xAxis, horizontal: true)
                xLabelHeight = xBand.height
                if !xBand.rotated, let f = xBand.shown.first, let l = xBand.shown.last {
                    xFirstHalf =
                        TextMetrics.width(xAxis.categories[f], size: fontSize) / 2
                        - (xAxis.bandStart(f) + xAxis.bandwidth / 2 - xAxis.r0)
                    xLastHalf =
                        TextMetrics.width(xAxis.categories[l], size: fontSize) / 2
                        - (xAxis.r1 - xAxis.bandStart(l) - xAxis.bandwidth / 2)
                } else if xBand.rotated, let f = xBand.shown.first {
                    xFirstHalf = xBand.maxWidth * 0.71 - (xAxis.bandStart(f) + xAxis.bandwidth / 2 - xAxis.r0)
                }
            } else {
                xTicks = TickChooser.choose(xAxis, horizontal: true, fontSize: fontSize)
                if let f = xTicks.values.first, let l = xTicks.values.last {
                    xFirstHalf = TextMetrics.width(xTicks.labels.first!, size: fontSize) / 2 - (xAxis.map(f) - xAxis.r0)
                    xLastHalf = TextMetrics.width(xTicks.labels.last!, size: fontSize) / 2 - (xAxis.r1 - xAxis.map(l))
                }
            }
            if let (lo, hi) = colorDomain {
                var cAxis = Axis(kind: .linear, lo: lo, hi: hi)
                cAxis.r0 = top + plotH
                cAxis.r1 = top
                colorTicks = TickChooser.choose(cAxis, horizontal: false, fontSize: fontSize)
                let w = colorTicks.labels.map { TextMetrics.width($0, size: fontSize) }.max() ?? 0
                colorBarWidth = 16 + 14 + tickLength + 3 + w
            }
            left = max(outer + yLabelBlock + yLabelWidth + tickLength + 4, outer + xFirstHalf + 2)
            bottom =
                outer + tickLength + 4 + xLabelHeight + xLabelBlock
                + (xTicks.multiplier != nil && xAxis.isNumeric ? fontSize + 4 : 0)
                + (legendPosition == .bottom ? legendBlockHeight + 8 : 0)
            top =
                outer + titleBlock + (legendPosition == .top ? legendBlockHeight + 6 : 0)
                + (yAxis.kind == .band ? 0 : fontSize / 2)
                + ((yTicks.multiplier != nil && yAxis.isNumeric) || colorTicks.multiplier != nil ? fontSize + 4 : 0)
            right = max(outer + 4, outer + xLastHalf) + colorBarWidth + legendTrailingWidth
            if yAxis.kind != .band { right = max(right, outer) }
        }
        let plotW = max(40, W - left - right)
        let plotH = max(30, H - top - bottom)
        let plotX = left
        let plotY = top
        return ChartLayout(
            W: W,
            H: H,
            layers: layers,
            series: series,
            seriesIndex: seriesIndex,
            layerColor: layerColor,
            xAxis: xAxis,
            yAxis: yAxis,
            colorDomain: colorDomain,
            legendEntries: legendEntries,
            legendPosition: legendPosition,
            legendRows: legendRows,
            legendTrailingWidth: legendTrailingWidth,
            legendBlockHeight: legendBlockHeight,
            legendRowHeight: legendRowHeight,
            titleBlock: titleBlock,
            xTicks: xTicks,
            yTicks: yTicks,
            xBand: xBand,
            yBand: yBand,
            colorTicks: colorTicks,
            plotX: plotX,
            plotY: plotY,
            plotW: plotW,
            plotH: plotH)
    }

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
    private func crisp(_ v: Double) -> String { Fmt.coord((v - 0.5).rounded() + 0.5) }

    /// The `<svg>` element's start: title, description, clip path and gradient.
    private func header(_ layout: ChartLayout) -> String {
        let W = layout.W
        let H = layout.H
        let layers = layout.layers
        let series = layout.series
        let xAxis = layout.xAxis
        let yAxis = layout.yAxis
        let colorDomain = layout.colorDomain
        let plotX = layout.plotX
        let plotY = layout.plotY
        let plotW = layout.plotW
        let plotH = layout.plotH
        var out = ""
        out.reserveCapacity(4096)
        let titleText = chart.title ?? summaryTitle(layers, series: series)
        let descText = description(layers, series: series, xAxis: xAxis, yAxis: yAxis)
        out +=
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"folio-chart\" width=\"\(Fmt.coord(W))\" height=\"\(Fmt.coord(H))\" viewBox=\"0 0 \(Fmt.coord(W)) \(Fmt.coord(H))\" role=\"img\" aria-labelledby=\"\(prefix)-title \(prefix)-desc\" font-family=\"\(fontFamily)\" font-size=\"\(Fmt.coord(fontSize))\" style=\"max-width:100%;height:auto\">\n"
        out += "<title id=\"\(prefix)-title\">\(HTMLText.escape(titleText))</title>\n"
        out += "<desc id=\"\(prefix)-desc\">\(HTMLText.escape(descText))</desc>\n"
        out +=
            "<defs><clipPath id=\"\(prefix)-clip\"><rect x=\"\(Fmt.coord(plotX - 4))\" y=\"\(Fmt.coord(plotY - 4))\" width=\"\(Fmt.coord(plotW + 8))\" height=\"\(Fmt.coord(plotH + 8))\"/></clipPath>"
        if colorDomain != nil {
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

    /// Grid lines at the numeric ticks.
    private func grid(_ layout: ChartLayout) -> String {
        let xAxis = layout.xAxis
        let yAxis = layout.yAxis
        let xTicks = layout.xTicks
        let yTicks = layout.yTicks
        let plotX = layout.plotX
        let plotY = layout.plotY
        let plotBottom = layout.plotBottom
        let plotRight = layout.plotRight
        var out = ""
        out += "<g class=\"grid\" stroke=\"currentColor\" stroke-opacity=\"0.12\" stroke-width=\"1\">"
        if yAxis.isNumeric {
            for t in yTicks.values {
                let y = crisp(yAxis.map(t))
                out += "<line x1=\"\(Fmt.coord(plotX))\" x2=\"\(Fmt.coord(plotRight))\" y1=\"\(y)\" y2=\"\(y)\"/>"
            }
        }
        if xAxis.isNumeric {
            for t in xTicks.values {
                let x = crisp(xAxis.map(t))
                out += "<line x1=\"\(x)\" x2=\"\(x)\" y1=\"\(Fmt.coord(plotY))\" y2=\"\(Fmt.coord(plotBottom))\"/>"
            }
        }
        out += "</g>\n"
        return out
    }

    /// The marks, clipped to the plot area.
    private func marks(_ layout: ChartLayout) -> String {
        let layers = layout.layers
        let seriesIndex = layout.seriesIndex
        let layerColor = layout.layerColor
        let xAxis = layout.xAxis
        let yAxis = layout.yAxis
        let colorDomain = layout.colorDomain
        let plotX = layout.plotX
        let plotY = layout.plotY
        let plotW = layout.plotW
        let plotH = layout.plotH
        var out = ""
        out += "<g class=\"marks\" clip-path=\"url(#\(prefix)-clip)\">\n"
        let barGroups = barGroupKeys(layers, xAxis: xAxis)
        for (i, layer) in layers.enumerated() {
            out += drawLayer(
                layer, color: layerColor[i], xAxis: xAxis, yAxis: yAxis,
                seriesClass: layer.series.flatMap { seriesIndex[$0] } ?? seriesIndex[nil].map { $0 },
                barGroups: barGroups, colorDomain: colorDomain, plot: (plotX, plotY, plotW, plotH))
        }
        out += "</g>\n"
        return out
    }

    /// A line at zero when the y domain spans it and bars or areas hang from it.
    private func zeroLine(_ layout: ChartLayout) -> String {
        let layers = layout.layers
        let yAxis = layout.yAxis
        let plotX = layout.plotX
        let plotRight = layout.plotRight
        var out = ""
        if yAxis.kind == .linear, yAxis.lo < 0, yAxis.hi > 0,
            layers.contains(where: { $0.kind == .bar || $0.kind == .area })
        {
            let y = crisp(yAxis.map(0))
            out +=
                "<line class=\"zero\" x1=\"\(Fmt.coord(plotX))\" x2=\"\(Fmt.coord(plotRight))\" y1=\"\(y)\" y2=\"\(y)\" stroke=\"currentColor\" stroke-opacity=\"0.6\"/>\n"
        }
        return out
    }

    /// The x axis: domain line, ticks, tick labels, multiplier and label.
    private func xAxisGroup(_ layout: ChartLayout) -> String {
        let xAxis = layout.xAxis
        let yAxis = layout.yAxis
        let xTicks = layout.xTicks
        let xBand = layout.xBand
        let plotX = layout.plotX
        let plotW = layout.plotW
        let plotBottom = layout.plotBottom
        let plotRight = layout.plotRight
        var out = ""
        out += "<g class=\"axis x-axis\" fill=\"currentColor\">"
        if yAxis.kind != .band {
            out +=
                "<line class=\"domain\" x1=\"\(Fmt.coord(plotX))\" x2=\"\(Fmt.coord(plotRight))\" y1=\"\(crisp(plotBottom))\" y2=\"\(crisp(plotBottom))\" stroke=\"currentColor\" stroke-opacity=\"0.6\"/>"
        }
        let labelBase = plotBottom + tickLength + 3
        if xAxis.kind == .band {
            for i in xBand.shown {
                let c = xAxis.bandStart(i) + xAxis.bandwidth / 2
                out +=
                    "<line class=\"tick\" x1=\"\(crisp(c))\" x2=\"\(crisp(c))\" y1=\"\(Fmt.coord(plotBottom))\" y2=\"\(Fmt.coord(plotBottom + tickLength))\" stroke=\"currentColor\" stroke-opacity=\"0.6\"/>"
                let text = HTMLText.escape(xBand.text[i])
                if xBand.rotated {
                    out +=
                        "<text class=\"tick-label\" text-anchor=\"end\" transform=\"translate(\(Fmt.coord(c + fontSize * 0.3)),\(Fmt.coord(labelBase + 2))) rotate(-45)\" dy=\"0.71em\">\(text)</text>"
                } else {
                    out +=
                        "<text class=\"tick-label\" text-anchor=\"middle\" x=\"\(Fmt.coord(c))\" y=\"\(Fmt.coord(labelBase + fontSize * 0.76))\">\(text)</text>"
                }
            }
        } else {
            for t in xTicks.minor {
                let x = crisp(xAxis.map(t))
                out +=
                    "<line class=\"minor-tick\" x1=\"\(x)\" x2=\"\(x)\" y1=\"\(Fmt.coord(plotBottom))\" y2=\"\(Fmt.coord(plotBottom + 3))\" stroke=\"currentColor\" stroke-opacity=\"0.4\"/>"
            }
            for (t, label) in zip(xTicks.values, xTicks.labels) {
                let x = xAxis.map(t)
                out +=
                    "<line class=\"tick\" x1=\"\(crisp(x))\" x2=\"\(crisp(x))\" y1=\"\(Fmt.coord(plotBottom))\" y2=\"\(Fmt.coord(plotBottom + tickLength))\" stroke=\"currentColor\" stroke-opacity=\"0.6\"/>"
                out +=
                    "<text class=\"tick-label\" text-anchor=\"middle\" x=\"\(Fmt.coord(x))\" y=\"\(Fmt.coord(labelBase + fontSize * 0.76))\">\(HTMLText.escape(label))</text>"
            }
        }
        let xMultiplier = xAxis.isNumeric ? xTicks.multiplier : nil
        if let m = xMultiplier {
            out +=
                "<text class=\"axis-multiplier\" text-anchor=\"end\" x=\"\(Fmt.coord(plotRight))\" y=\"\(Fmt.coord(labelBase + fontSize + 4 + fontSize * 0.76))\">\(HTMLText.escape(m))</text>"
        }
        if let label = chart.xAxisLabel {
            let y =
                labelBase + (xAxis.kind == .band ? xBand.height : fontSize) + 6 + fontSize * 0.9
                + (xMultiplier != nil ? fontSize + 4 : 0)
            out +=
                "<text class=\"axis-label\" text-anchor=\"middle\" x=\"\(Fmt.coord(plotX + plotW / 2))\" y=\"\(Fmt.coord(y))\">\(HTMLText.escape(label))</text>"
        }
        out += "</g>\n"
        return out
    }

    /// The y axis: domain line, ticks, tick labels, multiplier and label.
    private func yAxisGroup(_ layout: ChartLayout) -> String {
        let xAxis = layout.xAxis
        let yAxis = layout.yAxis
        let yTicks = layout.yTicks
        let yBand = layout.yBand
        let plotX = layout.plotX
        let plotY = layout.plotY
        let plotH = layout.plotH
        let plotBottom = layout.plotBottom
        var out = ""
        out += "<g class=\"axis y-axis\" fill=\"currentColor\">"
        if xAxis.kind != .band || yAxis.kind != .band {
            out +=
                "<line class=\"domain\" x1=\"\(crisp(plotX))\" x2=\"\(crisp(plotX))\" y1=\"\(Fmt.coord(plotY))\" y2=\"\(Fmt.coord(plotBottom))\" stroke=\"currentColor\" stroke-opacity=\"0.6\"/>"
        }
        let yLabelX = plotX - tickLength - 3
        if yAxis.kind == .band {
            for i in yBand.shown {
                let c = yAxis.bandStart(i) + yAxis.bandwidth / 2
                out +=
                    "<line class=\"tick\" x1=\"\(Fmt.coord(plotX - tickLength))\" x2=\"\(Fmt.coord(plotX))\" y1=\"\(crisp(c))\" y2=\"\(crisp(c))\" stroke=\"currentColor\" stroke-opacity=\"0.6\"/>"
                out +=
                    "<text class=\"tick-label\" text-anchor=\"end\" x=\"\(Fmt.coord(yLabelX))\" y=\"\(Fmt.coord(c + fontSize * 0.35))\">\(HTMLText.escape(yBand.text[i]))</text>"
            }
        } else {
            for t in yTicks.minor {
                let y = crisp(yAxis.map(t))
                out +=
                    "<line class=\"minor-tick\" x1=\"\(Fmt.coord(plotX - 3))\" x2=\"\(Fmt.coord(plotX))\" y1=\"\(y)\" y2=\"\(y)\" stroke=\"currentColor\" stroke-opacity=\"0.4\"/>"
            }
            for (t, label) in zip(yTicks.values, yTicks.labels) {
                let y = yAxis.map(t)
                out +=
                    "<line class=\"tick\" x1=\"\(Fmt.coord(plotX - tickLength))\" x2=\"\(Fmt.coord(plotX))\" y1=\"\(crisp(y))\" y2=\"\(crisp(y))\" stroke=\"currentColor\" stroke-opacity=\"0.6\"/>"
                out +=
                    "<text class=\"tick-label\" text-anchor=\"end\" x=\"\(Fmt.coord(yLabelX))\" y=\"\(Fmt.coord(y + fontSize * 0.35))\">\(HTMLText.escape(label))</text>"
            }
        }
        if yAxis.isNumeric, let m = yTicks.multiplier {
            out +=
                "<text class=\"axis-multiplier\" text-anchor=\"start\" x=\"\(Fmt.coord(plotX))\" y=\"\(Fmt.coord(plotY - fontSize * 0.5 - 4))\">\(HTMLText.escape(m))</text>"
        }
        if let label = chart.yAxisLabel {
            let x = outer + fontSize * 0.8
            out +=
                "<text class=\"axis-label\" text-anchor=\"middle\" transform=\"translate(\(Fmt.coord(x)),\(Fmt.coord(plotY + plotH / 2))) rotate(-90)\">\(HTMLText.escape(label))</text>"
        }
        out += "</g>\n"
        return out
    }

    /// The heat map's colour bar, when there is one.
    private func colorBar(_ layout: ChartLayout) -> String {
        let colorDomain = layout.colorDomain
        let colorTicks = layout.colorTicks
        let plotY = layout.plotY
        let plotH = layout.plotH
        let plotBottom = layout.plotBottom
        let plotRight = layout.plotRight
        var out = ""
        if let (lo, hi) = colorDomain {
            let x = plotRight + 16
            out += "<g class=\"color-bar\" fill=\"currentColor\">"
            out +=
                "<rect x=\"\(Fmt.coord(x))\" y=\"\(Fmt.coord(plotY))\" width=\"14\" height=\"\(Fmt.coord(plotH))\" fill=\"url(#\(prefix)-viridis)\"/>"
            var cAxis = Axis(kind: .linear, lo: lo, hi: hi)
            cAxis.r0 = plotBottom
            cAxis.r1 = plotY
            for (t, label) in zip(colorTicks.values, colorTicks.labels) {
                let y = cAxis.map(t)
                out +=
                    "<line class=\"tick\" x1=\"\(Fmt.coord(x + 14))\" x2=\"\(Fmt.coord(x + 14 + tickLength))\" y1=\"\(crisp(y))\" y2=\"\(crisp(y))\" stroke=\"currentColor\" stroke-opacity=\"0.6\"/>"
                out +=
                    "<text class=\"tick-label\" x=\"\(Fmt.coord(x + 14 + tickLength + 3))\" y=\"\(Fmt.coord(y + fontSize * 0.35))\">\(HTMLText.escape(label))</text>"
            }
            if let m = colorTicks.multiplier {
                out +=
                    "<text class=\"axis-multiplier\" x=\"\(Fmt.coord(x))\" y=\"\(Fmt.coord(plotY - fontSize * 0.5 - 4))\">\(HTMLText.escape(m))</text>"
            }
            out += "</g>\n"
        }
        return out
    }

    /// The legend, when there are two or more named series.
    private func legend(_ layout: ChartLayout) -> String {
        let W = layout.W
        let H = layout.H
        let legendEntries = layout.legendEntries
        let legendPosition = layout.legendPosition
        let legendRows = layout.legendRows
        let legendTrailingWidth = layout.legendTrailingWidth
        let legendBlockHeight = layout.legendBlockHeight
        let legendRowHeight = layout.legendRowHeight
        let titleBlock = layout.titleBlock
        let plotX = layout.plotX
        let plotY = layout.plotY
        var out = ""
        if legendPosition != .hidden && !legendEntries.isEmpty {
            out += "<g class=\"legend\" fill=\"currentColor\">"
            func entry(_ e: (SeriesInfo, Double), _ x: Double, _ y: Double) -> String {
                let (s, _) = e
                var o = ""
                let cy = y + legendRowHeight / 2
                if s.fill && !s.line {
                    o +=
                        "<rect x=\"\(Fmt.coord(x + 3))\" y=\"\(Fmt.coord(cy - 6))\" width=\"12\" height=\"12\" fill=\"\(s.color)\"/>"
                }
                if s.line {
                    o +=
                        "<line x1=\"\(Fmt.coord(x))\" x2=\"\(Fmt.coord(x + 18))\" y1=\"\(Fmt.coord(cy))\" y2=\"\(Fmt.coord(cy))\" stroke=\"\(s.color)\" stroke-width=\"2\"\(s.style.svgAttributes)/>"
                }
                if s.point {
                    o += "<circle cx=\"\(Fmt.coord(x + 9))\" cy=\"\(Fmt.coord(cy))\" r=\"3.5\" fill=\"\(s.color)\"/>"
                }
                o +=
                    "<text x=\"\(Fmt.coord(x + 23))\" y=\"\(Fmt.coord(cy + fontSize * 0.35))\">\(HTMLText.escape(s.name ?? ""))</text>"
                return o
            }
            switch legendPosition {
            case .trailing:
                let x = W - outer - legendTrailingWidth + 16
                for (k, e) in legendEntries.enumerated() { out += entry(e, x, plotY + Double(k) * legendRowHeight) }
            default:
                let y0 = legendPosition == .top ? outer + titleBlock : H - outer - legendBlockHeight
                var widest = 0.0
                for row in legendRows {
                    var w = Double(max(0, row.count - 1)) * 16
                    for i in row { w += legendEntries[i].1 }
                    widest = max(widest, w)
                }
                let x0 = widest <= W - plotX - outer ? plotX : outer
                for (r, row) in legendRows.enumerated() {
                    var x = x0
                    for i in row {
                        out += entry(legendEntries[i], x, y0 + Double(r) * legendRowHeight)
                        x += legendEntries[i].1 + 16
                    }
                }
            }
            out += "</g>\n"
        }
        return out
    }

    /// The chart title, when there is one.
    private func titleText(_ layout: ChartLayout) -> String {
        let plotX = layout.plotX
        let plotW = layout.plotW
        var out = ""
        if let title = chart.title {
            out +=
                "<text class=\"chart-title\" text-anchor=\"middle\" x=\"\(Fmt.coord(plotX + plotW / 2))\" y=\"\(Fmt.coord(outer + titleSize * 0.9))\" font-size=\"\(Fmt.coord(titleSize))\" font-weight=\"600\" fill=\"currentColor\">\(HTMLText.escape(title))</text>\n"
        }
        return out
    }

    // MARK: - Axes from data

    func makeAxis(_ layers: [Layer], isX: Bool, length: Double) throws -> Axis {
        let name = isX ? "x" : "y"
        let type = isX ? chart.xScaleType : chart.yScaleType
        let explicit = isX ? chart.xDomain : chart.yDomain
        func channel(_ l: Layer) -> Layer.Channel? {
            switch l.kind {
            case .ruleX: isX ? l.x : nil
            case .ruleY: isX ? nil : l.y
            default: isX ? l.x : l.y
            }
        }
        // Categorical?
        var categorical: Layer? = nil
        var numeric: Layer? = nil
        for l in layers {
            if let c = channel(l) {
                if c.isCategorical { categorical = categorical ?? l } else { numeric = numeric ?? l }
            }
        }
        if let c = categorical {
            if let n = numeric {
                throw ChartError("Chart: \(name) mixes categories (\(c.markName)) and numbers (\(n.markName))")
            }
            if type == .log {
                throw ChartError(
                    "chart\(name.uppercased())Scale: a log scale needs numbers, but \(c.markName) has categories on \(name)"
                )
            }
            var seen = Set<String>()
            var order: [String] = []
            for l in layers {
                for s in channel(l)?.categories ?? [] where !seen.contains(s) {
                    seen.insert(s)
                    order.append(s)
                }
            }
            let padding = !layers.allSatisfy { $0.kind == .rect || (channel($0) == nil) }
            return Axis.band(order, padding: padding)
        }

        let isLog = type == .log
        if let d = explicit {
            guard d.lowerBound.isFinite, d.upperBound.isFinite, d.lowerBound < d.upperBound else {
                throw ChartError("chart\(name.uppercased())Scale: domain must be finite with lower < upper, got \(d)")
            }
            if isLog && d.lowerBound <= 0 {
                throw ChartError("chart\(name.uppercased())Scale: a log domain must be positive, got \(d)")
            }
            return Axis(kind: isLog ? .log : .linear, lo: d.lowerBound, hi: d.upperBound)
        }

        var lo = Double.infinity
        var hi = -Double.infinity
        func add(_ v: Double) {
            guard v.isFinite, !isLog || v > 0 else { return }
            lo = Swift.min(lo, v)
            hi = Swift.max(hi, v)
        }
        var hasPoints = false
        var hasBars = false
        var hasRect = false
        var hasFromZero = false
        for l in layers {
            switch l.kind {
            case .line, .area, .point:
                if l.kind == .point { hasPoints = true }
                if isX {
                    l.x.numbers?.forEach(add)
                } else {
                    l.y.numbers?.forEach(add)
                    if l.kind == .area {
                        l.yStart?.forEach(add)
                        if l.yStart?.contains(0) == true { hasFromZero = true }
                    }
                }
            case .bar:
                hasBars = true
                if isX {
                    guard let xs = l.x.numbers else { continue }
                    if let xe = l.xEnd {
                        xs.forEach(add)
                        xe.forEach(add)
                    } else {
                        let half = halfGap(xs, log: isLog)
                        for v in xs where v.isFinite {
                            if isLog {
                                add(v / half)
                                add(v * half)
                            } else {
                                add(v - half)
                                add(v + half)
                            }
                        }
                    }
                } else {
                    l.y.numbers?.forEach(add)
                    hasFromZero = true
                }
            case .ruleX: if isX { l.x.numbers?.forEach(add) }
            case .ruleY: if !isX { l.y.numbers?.forEach(add) }
            case .rect:
                hasRect = true
                guard let vs = (isX ? l.x : l.y).numbers else { continue }
                let half = halfGap(vs, log: isLog)
                for v in vs where v.isFinite {
                    if isLog {
                        add(v / half)
                        add(v * half)
                    } else {
                        add(v - half)
                        add(v + half)
                    }
                }
            }
        }
        if !isX && hasFromZero && !isLog { add(0) }
        if !lo.isFinite || !hi.isFinite {
            if isLog {
                let hasData = layers.contains { l in channel(l)?.numbers?.contains(where: \.isFinite) ?? false }
                if hasData {
                    throw ChartError("chart\(name.uppercased())Scale(type: .log): no positive \(name) values to plot")
                }
                return Axis(kind: .log, lo: 1, hi: 10)
            }
            return Axis(kind: .linear, lo: 0, hi: 1)
        }
        if isLog {
            if lo == hi {
                lo /= 10
                hi *= 10
            }
            if hasPoints && !hasBars {
                let pad = (log10(hi) - log10(lo)) * 0.05
                lo /= pow(10, pad)
                hi *= pow(10, pad)
            }
            if !isX && !hasRect {
                // Extend to whole decades when that adds little.
                let flo = NiceTicks.decimalValue(1, Int(log10(lo).rounded(.down)))
                let chi = NiceTicks.decimalValue(1, Int(log10(hi).rounded(.up)))
                let span = log10(hi) - log10(lo)
                if log10(lo) - log10(flo) <= span * 0.2 { lo = flo } else { lo /= pow(10, span * 0.05) }
                if log10(chi) - log10(hi) <= span * 0.2 { hi = chi } else { hi *= pow(10, span * 0.05) }
            }
            return Axis(kind: .log, lo: lo, hi: hi)
        }
        if lo == hi {
            let d = lo == 0 ? 1 : abs(lo) * 0.1
            lo -= d
            hi += d
        }
        let count = max(2, Int(length / (isX ? 64 : 42)))
        if hasRect || (isX && hasBars) { return Axis(kind: .linear, lo: lo, hi: hi) }
        if hasPoints && isX {
            let pad = (hi - lo) * 0.05
            return Axis(kind: .linear, lo: lo - pad, hi: hi + pad)
        }
        let (nlo, nhi) = NiceTicks.nice(from: lo, to: hi, count: count)
        if isX && ((lo - nlo) + (nhi - hi)) > 0.1 * (hi - lo) { return Axis(kind: .linear, lo: lo, hi: hi) }
        return Axis(kind: .linear, lo: nlo, hi: nhi)
    }

    /// Half the smallest gap between distinct sorted values (for bars and cells on a numeric
    /// axis); a ratio for log axes.
    func halfGap(_ values: [Double], log: Bool) -> Double {
        let v = Array(Set(values.filter { $0.isFinite && (!log || $0 > 0) })).sorted()
        guard v.count > 1 else { return log ? pow(10, 0.5) : 0.5 }
        var gap = Double.infinity
        for i in 1..<v.count { gap = Swift.min(gap, log ? v[i] / v[i - 1] : v[i] - v[i - 1]) }
        return log ? gap.squareRoot() : gap / 2
    }

    // MARK: - Band labels

    struct BandLabels {
        var shown: [Int] = []
        var text: [String] = []
        var rotated = false
        var maxWidth = 0.0
        var height = 12.0
    }

    func bandLabels(_ axis: Axis, horizontal: Bool) -> BandLabels {
        var b = BandLabels()
        b.text = axis.categories.map { $0.count > 28 ? String($0.prefix(27)) + "…" : $0 }
        let widths = b.text.map { TextMetrics.width($0, size: fontSize) }
        b.maxWidth = widths.max() ?? 0
        let step = axis.step
        var every = 1
        if horizontal {
            if b.maxWidth + 6 <= step {
                b.height = fontSize
            } else {
                b.rotated = true
                if step < fontSize * 1.2 { every = Int((fontSize * 1.2 / step).rounded(.up)) }
                b.height = b.maxWidth * 0.71 + fontSize * 0.71 + 2
            }
        } else {
            if step < fontSize * 1.2 { every = Int((fontSize * 1.2 / step).rounded(.up)) }
        }
        b.shown = Array(stride(from: 0, to: axis.categories.count, by: every))
        return b
    }

    // MARK: - Bars

    /// The keys (series) of bar marks on a categorical x axis, in order: one sub-band each.
    func barGroupKeys(_ layers: [Layer], xAxis: Axis) -> [String?] {
        guard xAxis.kind == .band else { return [] }
        var keys: [String?] = []
        for l in layers where l.kind == .bar && !keys.contains(where: { $0 == l.series }) { keys.append(l.series) }
        return keys
    }

    // MARK: - Drawing marks

    func drawLayer(
        _ layer: Layer, color: String?, xAxis: Axis, yAxis: Axis, seriesClass: Int?, barGroups: [String?],
        colorDomain: (Double, Double)?, plot: (Double, Double, Double, Double)
    ) -> String {
        let (plotX, plotY, plotW, plotH) = plot
        let cls = seriesClass.map { " series-\($0)" } ?? ""
        func px(_ i: Int) -> Double {
            switch layer.x {
            case .numbers(let v): xAxis.map(v[i])
            case .categories(let c): xAxis.bandCenter(c[i])
            }
        }
        func py(_ i: Int) -> Double {
            switch layer.y {
            case .numbers(let v): yAxis.map(v[i])
            case .categories(let c): yAxis.bandCenter(c[i])
            }
        }
        let color = color ?? "currentColor"
        var out = ""
        switch layer.kind {
        case .line:
            let d = linePath(count: layer.count, px: px, py: py, plotWidth: plotW)
            let dash = (layer.style ?? .solid).svgAttributes
            out +=
                "<path class=\"line\(cls)\" d=\"\(d)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.75\" stroke-linejoin=\"round\"\(dash.isEmpty ? " stroke-linecap=\"round\"" : dash)/>\n"
        case .area:
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
                let keep = segment.count > Int(plotW) ? decimate(segment, px: px, py: py) : segment
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
            out += "<path class=\"area\(cls)\" d=\"\(d)\" fill=\"\(color)\" fill-opacity=\"0.3\" stroke=\"none\"/>\n"
            out +=
                "<path class=\"line\(cls)\" d=\"\(upper)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.5\" stroke-linejoin=\"round\"/>\n"
        case .point:
            let many = layer.count > 2000
            out += "<g class=\"points\(cls)\" fill=\"\(color)\"\(many ? " fill-opacity=\"0.6\"" : "")>"
            var seen = Set<Int64>()
            let r = many ? "1.5" : "3"
            for i in 0..<layer.count {
                let x = px(i)
                let y = py(i)
                guard x.isFinite, y.isFinite else { continue }
                let key = Int64((x * 2).rounded()) &* 1_000_003 &+ Int64((y * 2).rounded())
                if !seen.insert(key).inserted { continue }
                out += "<circle cx=\"\(Fmt.coord(x))\" cy=\"\(Fmt.coord(y))\" r=\"\(r)\"/>"
            }
            out += "</g>\n"
        case .bar:
            out += "<g class=\"bars\(cls)\" fill=\"\(color)\">"
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
            let groupIndex = barGroups.firstIndex(where: { $0 == layer.series }) ?? 0
            let groups = max(1, barGroups.count)
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
        case .ruleX, .ruleY:
            let style = layer.style ?? (layer.series == nil ? .dashed : .solid)
            let faint = layer.series == nil ? " stroke-opacity=\"0.7\"" : ""
            out +=
                "<g class=\"rules\(cls)\" stroke=\"\(color)\" stroke-width=\"1.25\"\(style.svgAttributes)\(style == .solid ? "" : faint)>"
            for i in 0..<layer.count {
                if layer.kind == .ruleX {
                    let x = px(i)
                    guard x.isFinite else { continue }
                    out +=
                        "<line x1=\"\(Fmt.coord(x))\" x2=\"\(Fmt.coord(x))\" y1=\"\(Fmt.coord(plotY))\" y2=\"\(Fmt.coord(plotY + plotH))\"/>"
                } else {
                    let y = py(i)
                    guard y.isFinite else { continue }
                    out +=
                        "<line x1=\"\(Fmt.coord(plotX))\" x2=\"\(Fmt.coord(plotX + plotW))\" y1=\"\(Fmt.coord(y))\" y2=\"\(Fmt.coord(y))\"/>"
                }
            }
            out += "</g>\n"
        case .rect:
            let (clo, chi) = colorDomain ?? (0, 1)
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
            out += "<g class=\"cells\" shape-rendering=\"crispEdges\">"
            // Gaps computed once per numeric channel would be faster; heat maps are small.
            for i in 0..<layer.count {
                let v = values[i]
                guard v.isFinite, let (x0, x1) = span(layer.x, xAxis, i), let (y0, y1) = span(layer.y, yAxis, i) else {
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
        }
        return out
    }

    /// The `d` of a line: one subpath per run of finite points, decimated when a run has more
    /// points than the plot has pixel columns.
    func linePath(count: Int, px: (Int) -> Double, py: (Int) -> Double, plotWidth: Double) -> String {
        var d = ""
        var segment: [Int] = []
        func flush() {
            guard !segment.isEmpty else { return }
            let keep = segment.count > Int(plotWidth) ? decimate(segment, px: px, py: py) : segment
            d += "M" + keep.map { "\(Fmt.coord(px($0))),\(Fmt.coord(py($0)))" }.joined(separator: "L")
            if keep.count == 1 { d += "h0" }  // a lone point still shows (round cap)
            segment = []
        }
        for i in 0..<count {
            if px(i).isFinite && py(i).isFinite { segment.append(i) } else { flush() }
        }
        flush()
        return d
    }

    /// M4 decimation: for each run of consecutive points in one pixel column keep the first,
    /// the minimum, the maximum and the last, in their original order.
    func decimate(_ indices: [Int], px: (Int) -> Double, py: (Int) -> Double) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(4 * 1024)
        var k = 0
        let n = indices.count
        while k < n {
            let first = indices[k]
            let column = px(first).rounded(.down)
            var minI = first
            var maxI = first
            var minY = py(first)
            var maxY = minY
            var last = first
            var j = k + 1
            while j < n {
                let idx = indices[j]
                if px(idx).rounded(.down) != column { break }
                let y = py(idx)
                if y < minY {
                    minY = y
                    minI = idx
                }
                if y > maxY {
                    maxY = y
                    maxI = idx
                }
                last = idx
                j += 1
            }
            for idx in [first, minI, maxI, last].sorted() where out.last != idx { out.append(idx) }
            k = j
        }
        return out
    }

    // MARK: - Accessibility text

    func kindName(_ layers: [Layer]) -> String {
        let kinds = Set(layers.map { $0.isHistogram ? "histogram" : $0.kind.rawValue })
        let main = layers.first { $0.kind != .ruleX && $0.kind != .ruleY } ?? layers[0]
        let first = main.isHistogram ? "histogram" : main.kind.rawValue
        let names = [
            "line": "Line chart", "point": "Scatter plot", "bar": "Bar chart", "area": "Area chart",
            "rect": "Heat map", "histogram": "Histogram", "ruleX": "Chart", "ruleY": "Chart",
        ]
        let nonRule = kinds.subtracting(["ruleX", "ruleY"])
        return nonRule.count > 1 ? "Chart" : names[first] ?? "Chart"
    }

    func summaryTitle(_ layers: [Layer], series: [SeriesInfo]) -> String {
        let kind = kindName(layers)
        let named = series.compactMap(\.name)
        if kind == "Heat map", let l = layers.first(where: { $0.kind == .rect }) {
            let cols = Set(l.x.categories ?? l.x.numbers?.map { "\($0)" } ?? []).count
            let rows = Set(l.y.categories ?? l.y.numbers?.map { "\($0)" } ?? []).count
            return "Heat map of \(rows) × \(cols) cells"
        }
        if named.count == 1 { return "\(kind) of \(named[0])" }
        if named.count > 1 { return "\(kind) of \(named.count) series" }
        if kind == "Histogram", let l = layers.first(where: { $0.isHistogram }) {
            let total = (l.y.numbers ?? []).reduce(0, +)
            return "Histogram of \(Fmt.brief(total)) values in \(l.count) bins"
        }
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

/// A chart laid out: everything `SVGRenderer`'s drawing steps read.
struct ChartLayout {
    /// The chart's width (at least 160).
    let W: Double
    /// The chart's height (at least 120).
    let H: Double
    /// The marks, resolved to drawable layers.
    let layers: [Layer]
    /// The series in order of first appearance, with their colours.
    let series: [SVGRenderer.SeriesInfo]
    /// Each series name's index in `series`.
    let seriesIndex: [String?: Int]
    /// Each layer's colour (nil: not coloured by series).
    let layerColor: [String?]
    /// The x axis, its range set to the plot.
    let xAxis: Axis
    /// The y axis, its range set to the plot.
    let yAxis: Axis
    /// The heat-map colour scale's domain, when a layer is a heat map.
    let colorDomain: (Double, Double)?
    /// The legend's entries with their widths.
    let legendEntries: [(SVGRenderer.SeriesInfo, Double)]
    /// Where the legend is drawn (`.hidden` for none).
    let legendPosition: LegendPosition
    /// The legend's rows, as indices into `legendEntries`.
    let legendRows: [[Int]]
    /// The width a trailing legend takes.
    let legendTrailingWidth: Double
    /// The height a top or bottom legend takes.
    let legendBlockHeight: Double
    /// The height of one legend row.
    let legendRowHeight: Double
    /// The height the title takes.
    let titleBlock: Double
    /// Ticks of a numeric x axis.
    let xTicks: TickSet
    /// Ticks of a numeric y axis.
    let yTicks: TickSet
    /// Labels of a categorical x axis.
    let xBand: SVGRenderer.BandLabels
    /// Labels of a categorical y axis.
    let yBand: SVGRenderer.BandLabels
    /// Ticks of the colour bar.
    let colorTicks: TickSet
    /// The plot area's left edge.
    let plotX: Double
    /// The plot area's top edge.
    let plotY: Double
    /// The plot area's width.
    let plotW: Double
    /// The plot area's height.
    let plotH: Double
    /// The plot area's bottom edge.
    var plotBottom: Double { plotY + plotH }
    /// The plot area's right edge.
    var plotRight: Double { plotX + plotW }
}
