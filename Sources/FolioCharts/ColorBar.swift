import FolioHTML
import Foundation

extension SVGRenderer {
    /// The heat map's colour bar, when there is one.
    func colorBar(_ layout: ChartLayout) -> String {
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

    /// The colour scale's domain when a mark is coloured by value (heat maps): the finite
    /// values' extent, widened when it is one value; `nil` when no mark is.
    func colorScaleDomain(_ layers: [Layer]) -> (Double, Double)? {
        let colorLists = layers.compactMap { $0.mark.colorValues($0) }
        let colorValues = colorLists.flatMap { $0 }.filter(\.isFinite)
        var colorDomain: (Double, Double)? = nil
        if !colorLists.isEmpty {
            if var lo = colorValues.min(), var hi = colorValues.max() {
                if lo == hi {
                    lo -= 0.5
                    hi += 0.5
                }
                colorDomain = (lo, hi)
            } else {
                colorDomain = (0, 1)
            }
        }
        return colorDomain
    }

}
