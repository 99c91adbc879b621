import FolioHTML
import Foundation

/// The axes: their domains from the marks, their tick and band labels, and their drawing.
extension SVGRenderer {
    func makeAxis(_ layers: [Layer], isX: Bool, length: Double) throws -> Axis {
        let name = isX ? "x" : "y"
        let type = isX ? chart.xScaleType : chart.yScaleType
        let explicit = isX ? chart.xDomain : chart.yDomain
        func channel(_ l: Layer) -> Layer.Channel? { l.mark.channel(of: l, isX: isX) }
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
            let padding = !layers.allSatisfy { !$0.mark.padsBands || (channel($0) == nil) }
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

        var domain = DomainExtent(isLog: isLog)
        for l in layers { l.mark.extend(&domain, with: l, isX: isX) }
        if !isX && domain.includesZero && !isLog { domain.add(0) }
        var lo = domain.lo
        var hi = domain.hi
        let (hasPoints, hasBars, hasRect) = (domain.hasPoints, domain.hasBars, domain.hasCells)
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

    /// A line at zero when the y domain spans it and bars or areas hang from it.
    func zeroLine(_ layout: ChartLayout) -> String {
        let layers = layout.layers
        let yAxis = layout.yAxis
        let plotX = layout.plotX
        let plotRight = layout.plotRight
        var out = ""
        if yAxis.kind == .linear, yAxis.lo < 0, yAxis.hi > 0,
            layers.contains(where: { $0.mark.hangsFromZero })
        {
            let y = crisp(yAxis.map(0))
            out +=
                "<line class=\"zero\" x1=\"\(Fmt.coord(plotX))\" x2=\"\(Fmt.coord(plotRight))\" y1=\"\(y)\" y2=\"\(y)\" stroke=\"currentColor\" stroke-opacity=\"0.6\"/>\n"
        }
        return out
    }

    /// The x axis: domain line, ticks, tick labels, multiplier and label.
    func xAxisGroup(_ layout: ChartLayout) -> String {
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
    func yAxisGroup(_ layout: ChartLayout) -> String {
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
}
