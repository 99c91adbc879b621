import FolioMarkdown
import FolioScript
import Foundation
import Testing

@testable import FolioRender

/// Charts and tables that blocks produce are written into the page, inside the block's figure.
@Suite struct ChartOutputTests {
    @Test func chartAndTableOutputsAreRendered() {
        let svg = #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" id="b0-c1"><title>t</title></svg>"#
        let html = "<table class=\"folio-table\"><tr><td>1</td></tr></table>"
        let run = NoteRunner.run(Fixtures.note, path: Fixtures.path) { block in
            block.index == 0 ? BlockResult(outputs: [.chart(svg: svg), .table(html: html)]) : BlockResult()
        }
        let page = PageRenderer.page(run, renderProse: Fixtures.prose)
        #expect(page.contains("<div class=\"output chart\">\n\(svg)\n</div>"))
        #expect(page.contains("<div class=\"output table\">\n\(html)\n</div>"))
        let figure = page.range(of: #"<figure class="figure" id="fig-gumbel">"#)
        let chart = page.range(of: svg)
        #expect(figure != nil && chart != nil && figure!.lowerBound < chart!.lowerBound)
    }
}
