import Foundation
import Testing

@testable import FolioCharts

/// Every chart FolioCharts writes is well-formed XML.
@Suite struct XMLValidityTests {
    @Test(arguments: SampleCharts.all.map(\.0))
    func sampleParses(_ name: String) throws {
        let svg = try SampleCharts.all.first { $0.0 == name }!.1.svg(idPrefix: name)
        #expect(xmlError(svg) == nil)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("viewBox=\"0 0 "))
        #expect(svg.contains("<title id=\"\(name)-title\">"))
        #expect(svg.contains("<desc id=\"\(name)-desc\">"))
    }

    @Test func awkwardInputsParse() throws {
        let charts: [Chart] = [
            Chart { LineMark(x: [0, 1, 2], y: [.nan, .infinity, -.infinity]) },
            Chart { PointMark(x: ["a", "b"], y: [1, 2]) }.chartTitle("Control \u{1}\u{8} chars & <tags>"),
            Chart { BarMark(x: ["x"], y: [-3]) }.frame(width: 10, height: 10),
            Chart { RectangleMark(matrix: [[1, .nan], [3, 4]]) },
            Chart { Histogram(values: [1, 1, 1]) },
        ]
        for (i, chart) in charts.enumerated() {
            let svg = try chart.svg(idPrefix: "c\(i)")
            #expect(xmlError(svg) == nil, "chart \(i)")
        }
    }

    @Test func idPrefixIsSanitizedAndUsed() throws {
        let svg = try SampleCharts.heatMap.svg(idPrefix: "fig 1\"><")
        #expect(xmlError(svg) == nil)
        #expect(svg.contains("id=\"fig-1----clip\""))
        #expect(svg.contains("url(#fig-1----viridis)"))
        #expect(!svg.contains(" id=\"fig-1---\""))  // the root gets no id
    }

    @Test func generatedTitlesDescribeTheChart() throws {
        #expect(
            try SampleCharts.lineTwoSeries.chartTitle("").svg(idPrefix: "a").contains("<title id=\"a-title\"></title>"))
        let untitled = Chart {
            LineMark(x: [0, 1], y: [0, 1], series: "a")
            LineMark(x: [0, 1], y: [1, 0], series: "b")
        }
        #expect(try untitled.svg(idPrefix: "a").contains(">Line chart of 2 series</title>"))
        #expect(try SampleCharts.scatter.svg(idPrefix: "s").contains(">Scatter plot</title>"))
        #expect(try SampleCharts.heatMap.chartTitle("T").svg(idPrefix: "h").contains(">T</title>"))
    }
}
