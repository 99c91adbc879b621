import Foundation
import Testing

@testable import FolioCharts

/// Ranged rules (`RuleMark(x:yStart:yEnd:)`, `RuleMark(xStart:xEnd:y:)`, as in Swift Charts):
/// each rule spans its own interval, which the scales include.
@Suite struct RuleRangeTests {
    /// Means with error bars over categories, and intervals on categorical rows.
    static var errorBars: Chart {
        let groups = ["control", "low dose", "high dose"]
        let means = [1.2, 1.9, 2.7]
        let errors = [0.3, 0.45, 0.2]
        return Chart {
            RuleMark(
                x: groups, yStart: zip(means, errors).map { $0 - $1 }, yEnd: zip(means, errors).map { $0 + $1 },
                series: "±1 s.d.")
            PointMark(x: groups, y: means, series: "mean")
        }
        .chartYAxisLabel("response")
        .chartTitle("Dose response")
        .frame(width: 480, height: 300)
    }

    static var intervals: Chart {
        Chart { RuleMark(xStart: [0, 2.5, 4], xEnd: [3, 6, 9.5], y: ["parse", "lower", "run"]) }
            .chartXAxisLabel("ms")
            .frame(width: 480, height: 200)
    }

    @Test func errorBarsMatchTheirGolden() throws {
        try GoldenTests.check("rule-ranges", try Self.errorBars.svg(idPrefix: "fig-rule-ranges"))
    }

    @Test func eachRuleSpansItsIntervalOnly() throws {
        let svg = try Chart {
            RuleMark(x: [1, 2], yStart: [0, 10], yEnd: [5, 20])
        }.chartYScale(domain: 0...20).svg(idPrefix: "r")
        let group = try #require(svg.components(separatedBy: "<g class=\"rules\"").last)
        let y1 = attributeValues("y1", in: group).prefix(2).compactMap(Double.init)
        let y2 = attributeValues("y2", in: group).prefix(2).compactMap(Double.init)
        // Two vertical segments of different lengths (5 and 10 units of 20), not full height.
        #expect(y1.count == 2 && y2.count == 2)
        #expect(abs(abs(y1[1] - y2[1]) - 2 * abs(y1[0] - y2[0])) < 0.05)
        #expect(!group.prefix(200).contains("stroke-dasharray"))  // ranged rules are solid
    }

    @Test func theScalesIncludeTheIntervals() throws {
        let layout = try SVGRenderer(chart: Self.intervals, idPrefix: "i").layout()
        #expect(layout.xAxis.lo <= 0 && layout.xAxis.hi >= 9.5)
        #expect(layout.yAxis.kind == .band && layout.yAxis.categories == ["parse", "lower", "run"])
    }

    @Test func channelsOfDifferentLengthsNameTheRuleMark() {
        let chart = Chart { RuleMark(x: [1, 2], yStart: [0], yEnd: [1, 2]) }
        #expect(throws: ChartError("RuleMark: x has 2 values but yStart has 1")) { try chart.validate() }
    }

    @Test func rangedRulesRoundTripThroughJSON() throws {
        let decoded = try JSONDecoder().decode(Chart.self, from: try JSONEncoder().encode(Self.errorBars))
        #expect(decoded == Self.errorBars)
    }
}
