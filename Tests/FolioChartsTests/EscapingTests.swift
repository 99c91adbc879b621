import Foundation
import Testing

@testable import FolioCharts

/// Every user text is escaped in SVG and HTML.
@Suite struct EscapingTests {
    static let evil = "</script><img src=x onerror=alert(1)>"

    @Test func chartTextIsEscaped() throws {
        let e = Self.evil
        let svg = try Chart {
            BarMark(x: [e, "b&c"], y: [1, 2], series: e)
            PointMark(x: [e, "b&c"], y: [1.5, 1], series: "'q\"")
        }
        .chartTitle(e).chartXAxisLabel(e).chartYAxisLabel(e)
        .svg(idPrefix: "x")
        #expect(!svg.contains("<img"))
        #expect(!svg.contains("</script>"))
        #expect(svg.contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(svg.contains("b&amp;c"))
        #expect(svg.contains("&#39;q&quot;"))
        #expect(xmlError(svg) == nil)
    }

    @Test func heatMapLabelsAreEscaped() throws {
        let svg = try Chart { RectangleMark(matrix: [[1, 2]], xLabels: [Self.evil, "&"], yLabels: ["<y>"]) }.svg(
            idPrefix: "h")
        #expect(!svg.contains("<img") && !svg.contains("<y>"))
        #expect(xmlError(svg) == nil)
    }

    @Test func tableTextIsEscaped() throws {
        let html = try Table(columns: [Column(Self.evil, [Self.evil, "a&b"])], caption: Self.evil).html()
        #expect(!html.contains("<img"))
        #expect(!html.contains("</script>"))
        #expect(count("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;", in: html) == 3)
        #expect(html.contains("a&amp;b"))
    }

    @Test func controlCharactersAreDropped() throws {
        let chart = Chart { LineMark(x: [0, 1], y: [0, 1]) }.chartTitle("a\u{0}b\u{1B}c\td")
        let svg = try chart.svg(idPrefix: "x")
        #expect(svg.contains("<title id=\"x-title\">abc\td</title>"))
        #expect(xmlError(svg) == nil)
    }
}
