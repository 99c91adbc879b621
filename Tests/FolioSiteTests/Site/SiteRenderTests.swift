import Foundation
import Testing

@testable import FolioSite

@Suite struct SiteRenderTests {
    @Test("render writes the pages and the index; the second render takes the page from the cache")
    func renderTwice() throws {
        let root = try Fixture.folder()
        let note = try Fixture.write(Fixture.passing, to: "notes/passing.md", in: root)
        let output = root.appendingPathComponent("output").path
        let first = try SiteRender.run(files: [note], output: output, jobs: 1, force: false, report: { _ in })
        #expect(first.map(\.cached) == [false])
        let page = try String(contentsOfFile: output + "/passing.html", encoding: .utf8)
        #expect(page.contains("total = 5050"))
        #expect(FileManager.default.fileExists(atPath: output + "/index.html"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(".folio-cache").path))
        let second = try SiteRender.run(files: [note], output: output, jobs: 1, force: false, report: { _ in })
        #expect(second.map(\.cached) == [true])
        #expect(try String(contentsOfFile: output + "/passing.html", encoding: .utf8) == page)
    }

    @Test("the summary line counts notes, blocks, checks and equations, and names failures")
    func summary() throws {
        let root = try Fixture.folder()
        let files = [
            try Fixture.write(Fixture.passing, to: "a.md", in: root),
            try Fixture.write(Fixture.failing, to: "b.md", in: root),
        ]
        let outcomes = NoteProcessing.run(
            try NoteFile.read(files), jobs: 1, render: false, cache: nil, force: true, report: { _ in })
        #expect(
            SiteRender.summary(outcomes, output: "out", elapsed: .milliseconds(2150))
                == "✗ rendered 2 notes → out/ · 1 failed · 2 blocks · 2 checks (1 failed) · 1/1 equation verified · 2.1 s"
        )
        #expect(
            SiteRender.summary(Array(outcomes.prefix(1)), output: "out/", elapsed: .zero)
                == "✓ rendered 1 note → out/ · 1 block · 1 check · 1/1 equation verified · 0.0 s")
    }
}
