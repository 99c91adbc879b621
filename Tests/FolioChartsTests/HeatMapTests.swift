import Foundation
import Testing

@testable import FolioCharts

/// Heat-map cells: neighbours share edges exactly, and repeated matrix labels keep their rows.
@Suite struct HeatMapTests {
    /// The `<rect>` cells of a heat map as (x, y, width, height).
    func cells(_ svg: String) -> [(x: Double, y: Double, w: Double, h: Double)] {
        guard let start = svg.range(of: "<g class=\"cells\""), let end = svg[start.upperBound...].range(of: "</g>")
        else { return [] }
        let group = String(svg[start.upperBound..<end.lowerBound])
        let xs = attributeValues("x", in: group).compactMap(Double.init)
        let ys = attributeValues("y", in: group).compactMap(Double.init)
        let ws = attributeValues("width", in: group).compactMap(Double.init)
        let hs = attributeValues("height", in: group).compactMap(Double.init)
        return (0..<min(xs.count, ys.count, ws.count, hs.count)).map { (xs[$0], ys[$0], ws[$0], hs[$0]) }
    }

    /// A grid whose coordinates are multiples of 0.3 (not exact in binary) used to leave
    /// 0.01 px slivers between columns, drawn as white seams with crispEdges.
    @Test func neighbouringCellsOnANumericGridShareTheirEdges() throws {
        var x: [Double] = []
        var y: [Double] = []
        var v: [Double] = []
        for i in 0..<20 {
            for j in 0..<3 {
                x.append(Double(i) * 0.3)
                y.append(Double(j))
                v.append(Double(i + j))
            }
        }
        let grid = cells(try Chart { RectangleMark(x: x, y: y, value: v) }.svg(idPrefix: "h"))
        #expect(grid.count == 60)
        let lefts = Set(grid.map { Int(($0.x * 100).rounded()) })
        let rights = Set(grid.map { Int((($0.x + $0.w) * 100).rounded()) })
        #expect(lefts.count == 20)
        // Every right edge but the last is some column's left edge.
        #expect(rights.subtracting(lefts).count == 1)
    }

    @Test func repeatedMatrixLabelsKeepEveryRowAndColumn() throws {
        let words = ["the", "cat", "sat", "on", "the", "mat"]
        let matrix = (0..<6).map { i in (0..<6).map { j in Double(i * 6 + j) } }
        let svg = try Chart { RectangleMark(matrix: matrix, xLabels: words, yLabels: words) }.svg(idPrefix: "r")
        let grid = cells(svg)
        #expect(grid.count == 36)
        #expect(Set(grid.map(\.x)).count == 6)
        #expect(Set(grid.map(\.y)).count == 6)
        #expect(svg.contains("Heat map of 6 × 6 cells"))
    }

    @Test func distinctLabelsAreUnchangedAndRepeatsPrintTheSame() {
        #expect(RectangleMark.distinct(["a", "b"]) == ["a", "b"])
        let keys = RectangleMark.distinct(["a", "a", "a\u{200B}", "a"])
        #expect(Set(keys).count == 4)
        #expect(keys.map { $0.replacingOccurrences(of: "\u{200B}", with: "") } == ["a", "a", "a", "a"])
    }
}
