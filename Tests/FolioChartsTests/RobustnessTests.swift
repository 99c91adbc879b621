import Foundation
import Testing

@testable import FolioCharts

/// Non-finite values, empty and mismatched data, log scales with non-positive values.
@Suite struct RobustnessTests {
    @Test func nanSplitsLineIntoSubpaths() throws {
        let y: [Double] = [0, 1, 2, .nan, 3, 4, 5]
        let svg = try Chart { LineMark(x: (0..<7).map(Double.init), y: y) }.svg(idPrefix: "n")
        let paths = linePaths(svg)
        #expect(paths.count == 1)
        let parts = subpaths(paths[0])
        #expect(parts.count == 2)
        #expect(parts.map(\.count) == [3, 3])
    }

    @Test func infinityAlsoBreaksLinesAndAreas() throws {
        let y: [Double] = [1, .infinity, 2, 3, -.infinity, 4, 5]
        let svg = try Chart { AreaMark(x: (0..<7).map(Double.init), y: y) }.svg(idPrefix: "a")
        let upper = linePaths(svg)
        #expect(upper.count == 1)
        #expect(subpaths(upper[0]).count == 3)
        let area = attributeValues("d", in: svg.components(separatedBy: "<path class=\"area").last!)
        #expect(count("Z", in: area.first ?? "") == 3)
    }

    @Test func nonFinitePointsAndBarsAreSkipped() throws {
        let points = try Chart { PointMark(x: [0, 1, .nan, 3], y: [1, .infinity, 2, 3]) }.svg(idPrefix: "p")
        #expect(count("<circle", in: points) == 2)
        let bars = try Chart { BarMark(x: ["a", "b", "c"], y: [1, .nan, 2]) }.svg(idPrefix: "b")
        #expect(count("<rect x=", in: bars.components(separatedBy: "class=\"bars").last!) == 2)
    }

    @Test func mismatchedLengthsNameTheMark() {
        #expect(throws: ChartError("LineMark: x has 3 values but y has 4")) {
            try Chart { LineMark(x: [1, 2, 3], y: [1, 2, 3, 4]) }.svg(idPrefix: "e")
        }
        #expect(throws: ChartError("BarMark: x has 2 values but y has 1")) {
            try Chart { BarMark(x: ["a", "b"], y: [1]) }.svg(idPrefix: "e")
        }
        #expect(throws: ChartError("RectangleMark: x has 2 values but value has 3")) {
            try Chart { RectangleMark(x: ["a", "b"], y: ["c", "d"], value: [1, 2, 3]) }.svg(idPrefix: "e")
        }
        #expect(throws: ChartError("AreaMark: x has 2 values but yStart has 3")) {
            try Chart { AreaMark(x: [0, 1], yStart: [0, 0, 0], yEnd: [1, 2]) }.svg(idPrefix: "e")
        }
    }

    @Test func emptyDataIsAnError() {
        #expect(throws: ChartError("PointMark: no data (x and y are empty)")) {
            try Chart { PointMark(x: [Double](), y: []) }.svg(idPrefix: "e")
        }
        #expect(throws: ChartError("Chart: no marks")) { try Chart(marks: []).svg(idPrefix: "e") }
        #expect(throws: ChartError("Histogram: no finite values")) {
            try Chart { Histogram(values: [.nan]) }.svg(idPrefix: "e")
        }
        #expect(throws: ChartError("RuleMark: no data (y is empty)")) {
            try Chart { RuleMark(y: [Double]()) }.svg(idPrefix: "e")
        }
    }

    @Test func otherErrors() {
        #expect(throws: ChartError("Chart: x mixes categories (BarMark) and numbers (LineMark)")) {
            try Chart {
                BarMark(x: ["a"], y: [1])
                LineMark(x: [1], y: [1])
            }.svg(idPrefix: "e")
        }
        #expect(throws: ChartError("LineMark: y must be numbers, not categories")) {
            try Chart { LineMark(x: .numbers([1]), y: .categories(["a"])) }.svg(idPrefix: "e")
        }
        #expect(throws: ChartError("chartYScale(type: .log): no positive y values to plot")) {
            try Chart { LineMark(x: [1, 2], y: [-1, 0]) }.chartYScale(type: .log).svg(idPrefix: "e")
        }
        #expect(throws: ChartError("chartXScale: a log domain must be positive, got 0.0...1.0")) {
            try Chart { LineMark(x: [1, 2], y: [1, 2]) }.chartXScale(domain: 0...1, type: .log).svg(idPrefix: "e")
        }
        #expect(throws: ChartError("RectangleMark: matrix row 1 has 1 values but the longest row has 2")) {
            try Chart { RectangleMark(matrix: [[1, 2], [3]]) }.svg(idPrefix: "e")
        }
        #expect(throws: ChartError("Histogram: bins must be at least 1, got 0")) {
            try Chart { Histogram(values: [1, 2], bins: 0) }.svg(idPrefix: "e")
        }
    }

    @Test func logScaleSkipsNonPositiveValues() throws {
        let svg = try Chart { PointMark(x: [1, 2, 3, 4], y: [-1, 0, 1, 10]) }.chartYScale(type: .log).svg(idPrefix: "l")
        #expect(count("<circle", in: svg) == 2)
        let line = try Chart { LineMark(x: [1, 2, 3, 4, 5], y: [1, 10, 0, 100, 1000]) }.chartYScale(type: .log).svg(
            idPrefix: "l")
        #expect(subpaths(linePaths(line)[0]).map(\.count) == [2, 2])
    }

    @Test func constantsBroadcast() throws {
        let svg = try Chart {
            LineMark(x: [0, 1, 2], y: [1, 2, 3])
            RuleMark(y: 1.5)
            RuleMark(x: [0.5, 1.5])
            BarMark(x: .numbers([0, 1, 2]), y: .constant(1))
        }.svg(idPrefix: "k")
        #expect(count("<line x1=", in: svg.components(separatedBy: "class=\"rules").dropFirst().joined()) == 3)
        #expect(xmlError(svg) == nil)
    }

    @Test func resultBuilderControlFlow() throws {
        let showPoints = true
        let chart = Chart {
            for k in 0..<3 {
                LineMark(x: [0, 1], y: [Double(k), Double(k + 1)], series: "s\(k)")
            }
            if showPoints { PointMark(x: [0.5], y: [0.5]) }
        }
        #expect(chart.marks.count == 4)
        #expect(try chart.svg(idPrefix: "b").contains(">s2</text>"))
    }
}
