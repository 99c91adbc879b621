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

    /// Where the legend goes and how it is cut into rows: entries (each with its width),
    /// the position (`.automatic` resolved; `.hidden` when no legend is wanted), the rows, and
    /// the room a trailing or a top/bottom legend takes.
    func legendGeometry(_ named: [SeriesInfo], wanted legendWanted: Bool, width W: Double) -> LegendGeometry {
        let legendEntries: [(SVGRenderer.SeriesInfo, Double)] =
            legendWanted
            ? named.map { ($0, 18 + 5 + TextMetrics.width($0.name ?? "", size: fontSize)) } : []
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
        return LegendGeometry(
            entries: legendEntries, position: legendPosition, rows: legendRows, trailingWidth: legendTrailingWidth,
            blockHeight: legendBlockHeight, rowHeight: legendRowHeight)
    }

}

/// The legend's entries, place and rows (see ``SVGRenderer/legendGeometry(_:wanted:width:)``).
struct LegendGeometry {
    /// Each named series with the width of its entry.
    let entries: [(SVGRenderer.SeriesInfo, Double)]
    /// Where the legend is drawn (`.hidden` for none).
    let position: LegendPosition
    /// The rows of a top or bottom legend, as indices into `entries`.
    let rows: [[Int]]
    /// The width a trailing legend takes.
    let trailingWidth: Double
    /// The height a top or bottom legend takes.
    let blockHeight: Double
    /// The height of one row.
    let rowHeight: Double
}
