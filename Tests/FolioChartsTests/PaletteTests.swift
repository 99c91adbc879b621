import Testing

@testable import FolioCharts

/// The colour tables are matplotlib's.
@Suite struct PaletteTests {
    @Test func tab10() {
        #expect(
            Palette.tab10 == [
                "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
            ])
        #expect(Palette.seriesColor(10) == "#1f77b4")
    }

    @Test func viridisAnchors() {
        #expect(Palette.viridis.count == 256)
        #expect(Palette.viridis[0] == "#440154")
        #expect(Palette.viridis[64] == "#3b528b")
        #expect(Palette.viridis[128] == "#21918c")
        #expect(Palette.viridis[192] == "#5ec962")
        #expect(Palette.viridis[255] == "#fde725")
        #expect(Palette.viridis(0) == "#440154")
        #expect(Palette.viridis(1) == "#fde725")
        #expect(Palette.viridis(.nan) == "#440154")
    }

    @Test func seriesTakeColoursInOrder() throws {
        let svg = try SampleCharts.lineTwoSeries.svg(idPrefix: "p")
        let strokes = linePaths(svg).count
        #expect(strokes == 2)
        #expect(svg.contains("stroke=\"#1f77b4\""))
        #expect(svg.contains("stroke=\"#ff7f0e\""))
    }
}
