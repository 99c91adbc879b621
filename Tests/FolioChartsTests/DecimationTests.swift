import Foundation
import Testing

@testable import FolioCharts

/// Lines with more points than pixel columns are decimated, keeping extremes.
@Suite struct DecimationTests {
    @Test func millionPointLineKeepsItsSpike() throws {
        let n = 1_000_000
        var y = (0..<n).map { sin(Double($0) * 0.0001) }
        y[654_321] = 5
        let chart = Chart { LineMark(x: (0..<n).map(Double.init), y: y) }
        let svg = try chart.svg(idPrefix: "big")
        let points = subpaths(linePaths(svg)[0]).flatMap { $0 }
        #expect(points.count <= 4 * 640)
        #expect(points.count > 640)
        // The spike's pixel is the highest point and sits on the "5" tick (the y domain is [-1, 5]).
        let labels = tickLabels(svg, group: "axis y-axis")
        #expect(labels.last == "5")
        let topY = points.map(\.1).min()!
        let tickYs = attributeValues("y1", in: svg.components(separatedBy: "<g class=\"axis y-axis\"").last!)
            .compactMap(Double.init)
        #expect(abs(topY - tickYs.min()!) < 1)
        #expect(points.filter { abs($0.1 - topY) < 0.01 }.count == 1)
    }

    @Test func decimateKeepsFirstMinMaxLastPerColumn() throws {
        let xs: [Double] = [0.1, 0.2, 0.3, 0.4, 0.5, 1.1, 1.2, 1.3]
        let ys: [Double] = [5, 9, 1, 7, 6, 3, 3, 3]
        let kept = decimate(Array(0..<8), px: { xs[$0] }, py: { ys[$0] })
        #expect(kept == [0, 1, 2, 4, 5, 7])
    }

    @Test func smallLinesAreNotDecimated() throws {
        let x = (0..<300).map(Double.init)
        let svg = try Chart { LineMark(x: x, y: x.map { $0 * $0 }) }.svg(idPrefix: "s")
        #expect(subpaths(linePaths(svg)[0])[0].count == 300)
    }

    @Test func manyPointsAreDeduplicatedPerHalfPixel() throws {
        let n = 200_000
        let x = (0..<n).map { Double($0 % 1000) / 1000 }
        let svg = try Chart { PointMark(x: x, y: x) }.svg(idPrefix: "p")
        #expect(count("<circle", in: svg) < 2000)
    }
}
