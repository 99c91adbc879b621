import Foundation

extension SVGRenderer {
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

        let (series, seriesIndex, layerColor) = seriesColors(layers)
        let named = series.filter { $0.name != nil }
        let legendWanted = chart.legendPosition != .hidden && !named.isEmpty && series.count >= 2

        // Axes.
        var xAxis = try makeAxis(layers, isX: true, length: W * 0.8)
        var yAxis = try makeAxis(layers, isX: false, length: H * 0.7)

        let colorDomain = colorScaleDomain(layers)

        let legend = legendGeometry(named, wanted: legendWanted, width: W)
        let legendEntries = legend.entries
        let legendPosition = legend.position
        let legendRows = legend.rows
        let legendTrailingWidth = legend.trailingWidth
        let legendBlockHeight = legend.blockHeight
        let legendRowHeight = legend.rowHeight

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
                if let f = xTicks.values.first, let l = xTicks.values.last, let fLabel = xTicks.labels.first,
                    let lLabel = xTicks.labels.last
                {
                    xFirstHalf = TextMetrics.width(fLabel, size: fontSize) / 2 - (xAxis.map(f) - xAxis.r0)
                    xLastHalf = TextMetrics.width(lLabel, size: fontSize) / 2 - (xAxis.r1 - xAxis.map(l))
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

    /// Series and their colours, in order of first appearance, and each layer's colour
    /// (`nil`: the mark does not take a series colour).
    func seriesColors(_ layers: [Layer]) -> (series: [SeriesInfo], index: [String?: Int], layerColor: [String?]) {
        var series: [SeriesInfo] = []
        var seriesIndex: [String?: Int] = [:]
        var layerColor: [String?] = []
        for layer in layers {
            guard layer.mark.takesSeriesColor(layer) else {
                layerColor.append(nil)
                continue
            }
            let key = layer.series
            let i: Int
            if let known = seriesIndex[key] {
                i = known
            } else {
                i = series.count
                seriesIndex[key] = i
                series.append(SeriesInfo(name: key, color: Palette.seriesColor(i)))
            }
            switch layer.mark.legendSymbol {
            case .line?:
                if !series[i].line, let style = layer.style { series[i].style = style }
                series[i].line = true
            case .point?: series[i].point = true
            case .swatch?: series[i].fill = true
            case nil: break
            }
            layerColor.append(series[i].color)
        }
        return (series, seriesIndex, layerColor)
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
