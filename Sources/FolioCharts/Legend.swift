import FolioHTML
import Foundation

extension SVGRenderer {
    /// The legend, when there are two or more named series.
    func legend(_ layout: ChartLayout) -> String {
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
}
