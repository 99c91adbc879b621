import Foundation
import Testing

@testable import FolioCharts

/// `lineStyle(_:)` on lines and rules: the stroke and the legend swatch.
@Suite struct LineStyleTests {
    @Test func dashedLineAndItsLegendEntry() throws {
        let svg = try Chart {
            LineMark(x: [0, 1, 2], y: [0, 1, 0], series: "solid")
            LineMark(x: [0, 1, 2], y: [1, 0, 1], series: "dashed").lineStyle(.dashed)
        }.svg(idPrefix: "s")
        let lines = svg.components(separatedBy: "<path class=\"line").dropFirst()
        #expect(lines.count == 2)
        #expect(lines.filter { $0.prefix(400).contains("stroke-dasharray") }.count == 1)
        let legend = svg.components(separatedBy: "<g class=\"legend\"").last ?? ""
        #expect(legend.contains("stroke-dasharray=\"5 4\""))
    }

    @Test func rulesKeepTheirDefaultsUnlessStyled() throws {
        let plain = try Chart {
            LineMark(x: [0, 1], y: [0, 1])
            RuleMark(y: 0.5)
        }.svg(idPrefix: "r")
        #expect(plain.contains("stroke-dasharray=\"5 4\""))  // unnamed rules are dashed
        let named = try Chart {
            LineMark(x: [0, 1], y: [0, 1], series: "a")
            RuleMark(y: 0.5, series: "b")
        }.svg(idPrefix: "r")
        #expect(!named.contains("stroke-dasharray"))
        let styled = try Chart {
            LineMark(x: [0, 1], y: [0, 1], series: "a")
            RuleMark(y: 0.5, series: "b").lineStyle(.dotted)
        }.svg(idPrefix: "r")
        #expect(styled.contains("stroke-dasharray=\"0.5 4\""))
    }
}
