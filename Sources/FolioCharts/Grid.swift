import Foundation

extension SVGRenderer {
    /// Grid lines at the numeric ticks.
    func grid(_ layout: ChartLayout) -> String {
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
}
