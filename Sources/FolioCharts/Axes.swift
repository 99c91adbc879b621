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
        let yAxis = layout.yAxis
        guard yAxis.kind == .linear, yAxis.lo < 0, yAxis.hi > 0,
            layout.layers.contains(where: { $0.mark.hangsFromZero })
        else { return "" }
        return axisLine(
            "zero", at: yAxis.map(0), from: layout.plotX, to: layout.plotRight, vertical: false, opacity: "0.6") + "\n"
    }

    /// A line of an axis, snapped to the pixel grid across its direction: vertical at x = `at`
    /// from y = `from` to `to`, or horizontal at y = `at` from x = `from` to `to`.
    func axisLine(
        _ className: String, at position: Double, from start: Double, to end: Double, vertical: Bool, opacity: String
    ) -> String {
        let across = crisp(position)
        let (x1, x2, y1, y2) =
            vertical
            ? (across, across, Fmt.coord(start), Fmt.coord(end)) : (Fmt.coord(start), Fmt.coord(end), across, across)
        return
            "<line class=\"\(className)\" x1=\"\(x1)\" x2=\"\(x2)\" y1=\"\(y1)\" y2=\"\(y2)\" stroke=\"currentColor\" stroke-opacity=\"\(opacity)\"/>"
    }

    /// Where an axis's ticks stand, in pixels: each major tick with its label (a band's
    /// categories, or the numbers of `ticks`), and the minor ticks (numeric axes only).
    func tickMarks(_ axis: Axis, _ ticks: TickSet, _ band: BandLabels) -> (
        major: [(at: Double, text: String)], minor: [Double]
    ) {
        if axis.kind == .band {
            return (band.shown.map { (axis.bandStart($0) + axis.bandwidth / 2, band.text[$0]) }, [])
        }
        return (zip(ticks.values, ticks.labels).map { (axis.map($0), $1) }, ticks.minor.map(axis.map))
    }

    /// The x axis: domain line, ticks, tick labels, multiplier and label.
    func xAxisGroup(_ layout: ChartLayout) -> String {
        let xAxis = layout.xAxis
        let xTicks = layout.xTicks
        let xBand = layout.xBand
        let plotBottom = layout.plotBottom
        var out = ""
        out += "<g class=\"axis x-axis\" fill=\"currentColor\">"
        if layout.yAxis.kind != .band {
            out += axisLine(
                "domain", at: plotBottom, from: layout.plotX, to: layout.plotRight, vertical: false, opacity: "0.6")
        }
        let labelBase = plotBottom + tickLength + 3
        let (major, minor) = tickMarks(xAxis, xTicks, xBand)
        for x in minor {
            out += axisLine("minor-tick", at: x, from: plotBottom, to: plotBottom + 3, vertical: true, opacity: "0.4")
        }
        for (x, label) in major {
            out += axisLine(
                "tick", at: x, from: plotBottom, to: plotBottom + tickLength, vertical: true, opacity: "0.6")
            let text = HTMLText.escape(label)
            if xAxis.kind == .band, xBand.rotated {
                out +=
                    "<text class=\"tick-label\" text-anchor=\"end\" transform=\"translate(\(Fmt.coord(x + fontSize * 0.3)),\(Fmt.coord(labelBase + 2))) rotate(-45)\" dy=\"0.71em\">\(text)</text>"
            } else {
                out +=
                    "<text class=\"tick-label\" text-anchor=\"middle\" x=\"\(Fmt.coord(x))\" y=\"\(Fmt.coord(labelBase + fontSize * 0.76))\">\(text)</text>"
            }
        }
        let xMultiplier = xAxis.isNumeric ? xTicks.multiplier : nil
        if let m = xMultiplier {
            out +=
                "<text class=\"axis-multiplier\" text-anchor=\"end\" x=\"\(Fmt.coord(layout.plotRight))\" y=\"\(Fmt.coord(labelBase + fontSize + 4 + fontSize * 0.76))\">\(HTMLText.escape(m))</text>"
        }
        if let label = chart.xAxisLabel {
            let y =
                labelBase + (xAxis.kind == .band ? xBand.height : fontSize) + 6 + fontSize * 0.9
                + (xMultiplier != nil ? fontSize + 4 : 0)
            out +=
                "<text class=\"axis-label\" text-anchor=\"middle\" x=\"\(Fmt.coord(layout.plotX + layout.plotW / 2))\" y=\"\(Fmt.coord(y))\">\(HTMLText.escape(label))</text>"
        }
        out += "</g>\n"
        return out
    }

    /// The y axis: domain line, ticks, tick labels, multiplier and label.
    func yAxisGroup(_ layout: ChartLayout) -> String {
        let yAxis = layout.yAxis
        let plotX = layout.plotX
        let plotY = layout.plotY
        var out = ""
        out += "<g class=\"axis y-axis\" fill=\"currentColor\">"
        if layout.xAxis.kind != .band || yAxis.kind != .band {
            out += axisLine("domain", at: plotX, from: plotY, to: layout.plotBottom, vertical: true, opacity: "0.6")
        }
        let yLabelX = plotX - tickLength - 3
        let (major, minor) = tickMarks(yAxis, layout.yTicks, layout.yBand)
        for y in minor {
            out += axisLine("minor-tick", at: y, from: plotX - 3, to: plotX, vertical: false, opacity: "0.4")
        }
        for (y, label) in major {
            out += axisLine("tick", at: y, from: plotX - tickLength, to: plotX, vertical: false, opacity: "0.6")
            out +=
                "<text class=\"tick-label\" text-anchor=\"end\" x=\"\(Fmt.coord(yLabelX))\" y=\"\(Fmt.coord(y + fontSize * 0.35))\">\(HTMLText.escape(label))</text>"
        }
        if yAxis.isNumeric, let m = layout.yTicks.multiplier {
            out +=
                "<text class=\"axis-multiplier\" text-anchor=\"start\" x=\"\(Fmt.coord(plotX))\" y=\"\(Fmt.coord(plotY - fontSize * 0.5 - 4))\">\(HTMLText.escape(m))</text>"
        }
        if let label = chart.yAxisLabel {
            let x = outer + fontSize * 0.8
            out +=
                "<text class=\"axis-label\" text-anchor=\"middle\" transform=\"translate(\(Fmt.coord(x)),\(Fmt.coord(plotY + layout.plotH / 2))) rotate(-90)\">\(HTMLText.escape(label))</text>"
        }
        out += "</g>\n"
        return out
    }
}
