import FolioCharts
import FolioMarkdown
import FolioScript
import Foundation
import Testing

@testable import FolioRender

/// Charts and tables that blocks yield are drawn into the page, inside the block's figure; the
/// page chooses the chart ids (`b<block>-c<n>`), so two charts of a page never share one.
@Suite struct ChartOutputTests {
    static let chart = Chart { LineMark(x: [0, 1, 2], y: [1, 0, 2], series: "a") }.chartTitle("t")
    static let table = Table(columns: [Column("n", [1, 2]), Column("x", [0.5, .nan], format: .fixed(2))])

    @Test func chartAndTableOutputsAreDrawn() throws {
        let run = NoteRunner.run(Fixtures.note, path: Fixtures.path) { block in
            block.index == 0 ? BlockResult(outputs: [.chart(Self.chart), .table(Self.table)]) : BlockResult()
        }
        let page = PageRenderer.page(run, renderProse: Fixtures.prose)
        let svg = try Self.chart.svg(idPrefix: "b0-c1")
        #expect(page.contains("<div class=\"output chart\">\n\(svg)\n</div>"))
        #expect(page.contains("<div class=\"output table\">\n\(try Self.table.html())\n</div>"))
        let figure = page.range(of: #"<figure class="figure" id="fig-gumbel">"#)
        let chart = page.range(of: svg)
        #expect(figure != nil && chart != nil && figure!.lowerBound < chart!.lowerBound)
    }

    @Test func eachChartOfABlockGetsItsOwnIDs() throws {
        let other = Self.chart.chartTitle("u")
        let run = NoteRunner.run(Fixtures.note, path: Fixtures.path) { block in
            block.index == 0
                ? BlockResult(outputs: [.chart(Self.chart), .printed("between\n"), .chart(other)]) : BlockResult()
        }
        let page = PageRenderer.page(run, renderProse: Fixtures.prose)
        #expect(page.contains(try Self.chart.svg(idPrefix: "b0-c1")))
        #expect(page.contains(try other.svg(idPrefix: "b0-c2")))
        #expect(!page.contains("b0-c3"))
    }

    @Test func mutationTestingComparesChartsAsDrawn() {
        func run(_ y: [Double]) -> NoteRun {
            let chart = Chart { LineMark(x: [0.0, 1, 2, 3], y: y) }
            return NoteRun(path: "n.md", slug: "n", note: nil, blockResults: [0: BlockResult(outputs: [.chart(chart)])])
        }
        // NaN ≠ NaN, but the same gap draws the same chart: no effect.
        #expect(MutationTesting.sameOutputs(run([1, .nan, 2, 3]), run([1, .nan, 2, 3])))
        #expect(!MutationTesting.sameOutputs(run([1, .nan, 2, 3]), run([1, .nan, 2, 4])))
    }

    @Test func aChartThatCannotBeDrawnIsShownAsAnError() {
        let empty = Chart(marks: [])
        let markup = OutputMarkup.chart(empty, block: 3, number: 1)
        #expect(markup.hasPrefix("<div class=\"error\">"))
        #expect(markup.contains("this chart cannot be drawn: Chart: no marks"))
    }
}
