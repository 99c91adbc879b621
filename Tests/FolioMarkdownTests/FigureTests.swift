import FolioMarkdown
import Testing

@Suite struct FigureTests {
    @Test func aLabelledImageAloneInItsParagraphIsAFigure() throws {
        let n = try note("![The *loss* for $N$ pairs](data/loss.png){#fig-loss}\n")
        #expect(
            n.figures == [
                ProseFigure(
                    path: "data/loss.png", label: "fig-loss", caption: "The loss for $N$ pairs",
                    location: SourceLocation(line: 4, column: 1))
            ])
        var hooks = markerHooks()
        hooks.tableNumber = { $0 == "fig-loss" ? "Figure 2" : nil }
        #expect(
            normalizedHTML(n.renderHTML(hooks))
                == "<figure class=\"figure\" id=\"fig-loss\"><img src=\"data/loss.png\" alt=\"The loss for $N$ pairs\"><figcaption><span class=\"caption-number\">Figure 2:</span> The <em>loss</em> for <span class=\"math\">N</span> pairs</figcaption></figure>"
        )
    }

    @Test func imagesWithoutALabelOrWithTextAroundStayImages() throws {
        #expect(try gfm("![a](x.png)\n") == "<p><img src=\"x.png\" alt=\"a\" /></p>")
        #expect(try note("See ![a](x.png){#fig-x} here.\n").figures.isEmpty)
        #expect(try note("![a](x.png){#tbl-x}\n").figures.isEmpty)
    }

    @Test func pathsLeavingTheFolderAreFlaggedAndSchemesOtherThanWebAreNotFigures() throws {
        let outside = try #require(try note("![a](../secret.png){#fig-a}\n").figures.first)
        #expect(outside.isLocal && !outside.isConfined)
        let web = try #require(try note("![a](https://example.org/a.png){#fig-a}\n").figures.first)
        #expect(!web.isLocal)
        #expect(try note("![a](javascript:alert(1)){#fig-a}\n").figures.isEmpty)
    }
}
