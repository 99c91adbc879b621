import Foundation
import Testing

@testable import FolioCharts

/// Charts and tables survive JSON exactly: a compiled note records them, and the page draws the
/// decoded values, so a decoded chart must draw the same bytes as the original.
@Suite struct CodingTests {
    static func roundTrip<T: Codable>(_ value: T) throws -> T {
        try JSONDecoder().decode(T.self, from: try JSONEncoder().encode(value))
    }

    static var samples: [Chart] {
        [
            SampleCharts.lineTwoSeries, SampleCharts.scatter, SampleCharts.groupedBars, SampleCharts.histogram,
            SampleCharts.heatMap, SampleCharts.areaAndRules, SampleCharts.logLog,
        ]
    }

    @Test func everySampleChartDrawsTheSameBytesAfterARoundTrip() throws {
        for chart in Self.samples {
            let decoded = try Self.roundTrip(chart)
            #expect(decoded == chart)
            #expect(try decoded.svg(idPrefix: "x") == (try chart.svg(idPrefix: "x")))
        }
    }

    @Test func everyNumberKeepsItsBitsNonFiniteOnesIncluded() throws {
        var state: UInt64 = 7
        let awkward = (0..<500).map { _ -> Double in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(bitPattern: state >> 2)  // every exponent, subnormals too
        }
        let values =
            awkward + [0.1, -0.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude, .nan, .infinity, -.infinity]
        let decoded = try Self.roundTrip(PlotValues.numbers(values))
        guard case .numbers(let back) = decoded else {
            Issue.record("decoded as \(decoded)")
            return
        }
        #expect(back.count == values.count)
        for (a, b) in zip(values, back) {
            #expect(a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN), "\(a) became \(b)")
        }
    }

    @Test func marksKeepTheirTypesAndOptions() throws {
        let chart = Chart {
            LineMark(x: ["a", "b"], y: [1, 2], series: "s").lineStyle(.dotted)
            RuleMark(y: 0.5).lineStyle(.dashed)
            RectangleMark(matrix: [[1, 2], [3]])
            Histogram(values: [1, 2, 2, 3], bins: 2, range: 0...4, density: true)
            AreaMark(x: [0, 1], yStart: [0, 1], yEnd: [2, 3])
            BarMark(xStart: [0, 1], xEnd: [1, 2], y: [3, 4])
        }
        .chartXScale(type: .log).chartLegend(position: .trailing).frame(width: 300)
        let decoded = try Self.roundTrip(chart)
        #expect(decoded == chart)
        #expect(
            decoded.marks.map { MarkCatalog.name(of: type(of: $0)) } == [
                "LineMark", "RuleMark", "RectangleMark", "Histogram", "AreaMark", "BarMark",
            ])
        // The ragged matrix's error travels with the mark.
        var heat = decoded
        heat.marks = [decoded.marks[2]]
        #expect(throws: ChartError.self) { try heat.validate() }
    }

    @Test func anUnknownMarkNameIsADecodingError() throws {
        let json =
            #"{"marks":[{"type":"PieMark","mark":{}}],"xScaleType":"linear","yScaleType":"linear","#
            + #""legendPosition":"automatic","width":640,"height":400}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Chart.self, from: Data(json.utf8)) }
    }

    @Test func tablesKeepTheirCellsAndFormats() throws {
        let table = Table(
            columns: [
                Column("n", [1, 2, 3]), Column("x", [0.5, .nan, -.infinity], format: .fixed(2)),
                Column("name", ["a", "<b>", "c"]), Column("c", PlotValues.constant(2)),
            ], caption: "T")
        let decoded = try Self.roundTrip(table)
        #expect(try decoded.html() == (try table.html()))
        #expect(decoded.rowCount == 3)
        let ragged = try Self.roundTrip(Table(matrix: [[1, 2], [3]]))
        #expect(throws: ChartError.self) { try ragged.validate() }
    }

    @Test func chartsWithDifferentDataOrModifiersDiffer() {
        let a = Chart { LineMark(x: [0, 1], y: [0, 1]) }
        #expect(a != Chart { LineMark(x: [0, 1], y: [0, 2]) })
        #expect(a != Chart { PointMark(x: [0, 1], y: [0, 1]) })
        #expect(a != a.chartTitle("t"))
        #expect(a == Chart { LineMark(x: [0, 1], y: [0, 1]) })
    }
}
