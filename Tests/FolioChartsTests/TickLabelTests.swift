import Foundation
import Testing

@testable import FolioCharts

/// Tick label formatting (stable, compact), log ticks and thinning of overlapping labels.
@Suite struct TickLabelTests {
    @Test func linearLabelsShareDecimals() {
        #expect(Fmt.linearTickLabels([0, 0.5, 1, 1.5]).labels == ["0.0", "0.5", "1.0", "1.5"])
        #expect(Fmt.linearTickLabels([0, 200, 400]).labels == ["0", "200", "400"])
        #expect(Fmt.linearTickLabels([-1, 0, 1]).labels == ["\u{2212}1", "0", "1"])
        #expect(Fmt.linearTickLabels([0, 0.1, 0.2, 0.3]).multiplier == nil)
    }

    @Test func noRoundingNoiseInLabels() {
        let ticks = NiceTicks.ticks(from: 0, to: 1, count: 10)
        let labels = Fmt.linearTickLabels(ticks).labels
        #expect(labels[3] == "0.3")
        #expect(!labels.contains { $0.count > 3 })
    }

    @Test func largeAndSmallMagnitudesGetAMultiplier() {
        let big = Fmt.linearTickLabels([0, 5e7, 1e8, 1.5e8])
        #expect(big.labels == ["0.0", "0.5", "1.0", "1.5"])
        #expect(big.multiplier == "\u{00D7}10\u{2078}")
        let small = Fmt.linearTickLabels([-2e-5, -1e-5, 0])
        #expect(small.labels == ["\u{2212}2", "\u{2212}1", "0"])
        #expect(small.multiplier == "\u{00D7}10\u{207B}\u{2075}")
    }

    @Test func logLabels() {
        #expect(Fmt.logTickLabels([0.01, 0.1, 1, 10, 100]) == ["0.01", "0.1", "1", "10", "100"])
        #expect(
            Fmt.logTickLabels([1e-5, 2e-5, 1e-4]) == [
                "10\u{207B}\u{2075}", "2\u{00D7}10\u{207B}\u{2075}", "10\u{207B}\u{2074}",
            ])
        #expect(Fmt.logTickLabels([1e18, 1e20]) == ["10\u{00B9}\u{2078}", "10\u{00B2}\u{2070}"])
    }

    @Test func coordinatesAreRoundedWithoutTrailingZeros() {
        #expect(Fmt.coord(12) == "12")
        #expect(Fmt.coord(12.5) == "12.5")
        #expect(Fmt.coord(-0.254) == "-0.25")
        #expect(Fmt.coord(0.05) == "0.05")
        #expect(Fmt.coord(-0.001) == "0")
        #expect(Fmt.coord(.nan) == "0")
    }

    @Test func longLabelsShowFewerTicks() throws {
        func xLabels(_ lo: Double, _ hi: Double) throws -> [String] {
            let svg = try Chart { LineMark(x: [lo, hi], y: [0, 1]) }.svg(idPrefix: "t")
            return tickLabels(svg, group: "axis x-axis")
        }
        let short = try xLabels(0, 1)
        let long = try xLabels(100_000, 100_001)
        #expect(short.count >= 10)
        #expect(long.count < short.count)
        #expect(long.allSatisfy { $0.hasPrefix("100000") || $0.hasPrefix("100001") })
    }

    @Test func labelsNeverOverlap() throws {
        for width in [200.0, 320, 480, 640, 900] {
            for (lo, hi) in [(0.0, 1.0), (100_000.0, 100_001.0), (-123.4, 98765.0), (1e-7, 3e-7)] {
                let svg = try Chart { LineMark(x: [lo, hi], y: [0, 1]) }.frame(width: width).svg(idPrefix: "t")
                let group = svg.components(separatedBy: "<g class=\"axis x-axis\"")[1].components(separatedBy: "</g>")[
                    0]
                let xs = group.components(separatedBy: "class=\"tick-label\"").dropFirst().compactMap {
                    attributeValues("x", in: $0).first.flatMap(Double.init)
                }
                let labels = tickLabels(svg, group: "axis x-axis")
                #expect(labels.count >= 2, "width \(width), \(lo)...\(hi)")
                for i in xs.indices.dropFirst() {
                    let gap = xs[i] - xs[i - 1]
                    let needed =
                        (TextMetrics.width(labels[i], size: 12) + TextMetrics.width(labels[i - 1], size: 12)) / 2
                    #expect(gap > needed, "width \(width), \(lo)...\(hi): \(labels[i - 1]) / \(labels[i])")
                }
            }
        }
    }

    @Test func crowdedCategoriesRotateThenThin() throws {
        let few = try Chart { BarMark(x: ["a", "b", "c"], y: [1, 2, 3]) }.svg(idPrefix: "c")
        #expect(!few.contains("rotate(-45)"))
        let names = (0..<12).map { "a rather long category \($0)" }
        let rotated = try Chart { BarMark(x: names, y: names.map { _ in 1 }) }.svg(idPrefix: "c")
        #expect(rotated.contains("rotate(-45)"))
        #expect(tickLabels(rotated, group: "axis x-axis").count == 12)
        let many = (0..<200).map { "c\($0)" }
        let thinned = try Chart { BarMark(x: many, y: many.map { _ in 1 }) }.svg(idPrefix: "c")
        let shown = tickLabels(thinned, group: "axis x-axis").count
        #expect(shown < 200 && shown >= 20)
    }

    @Test func logAxisTicks() throws {
        let svg = try Chart { LineMark(x: [1, 1e6], y: [1, 2]) }.chartXScale(type: .log).svg(idPrefix: "g")
        let labels = tickLabels(svg, group: "axis x-axis")
        #expect(
            labels == ["1", "10", "100", "1000", "10000", "10\u{2075}", "10\u{2076}"]
                || labels == [
                    "10\u{2070}", "10\u{00B9}", "10\u{00B2}", "10\u{00B3}", "10\u{2074}", "10\u{2075}", "10\u{2076}",
                ])
        #expect(svg.contains("class=\"minor-tick\""))
    }
}
