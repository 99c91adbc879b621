import Foundation
import Testing

@testable import FolioRender

@Suite struct SiteWriterTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every file under `folder`, relative path → bytes.
    func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return files }
        for case let relative as String in walker {
            var isFolder: ObjCBool = false
            let path = base + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                files[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/javascript/katex/katex.min.css")))
    func writesPagesIndexAndAssetsDeterministically() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let runs = IndexTests.runs
        try SiteWriter(outputDirectory: folder).write(runs)
        let first = try snapshot(folder)
        for name in [
            "index.html", "gumbel.html", "a-good.html", "0-broken.html", "assets/folio.css",
            "assets/katex/katex.min.css", "assets/katex/katex.min.js", "assets/katex/contrib/auto-render.min.js",
            "assets/katex/fonts/KaTeX_Main-Regular.woff2",
        ] {
            #expect(first[name] != nil, "\(name) is missing")
        }
        #expect(first["assets/katex/katex.min.js"].map { $0.count > 100_000 } == true, "a copy, not a link")
        #expect(first["index.html"] == Data(IndexRenderer.page(runs).utf8))

        try SiteWriter(outputDirectory: folder).write(runs.reversed())
        #expect(try snapshot(folder) == first)
    }

    @Test func leavesOtherFilesAlone() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let user = folder.appendingPathComponent("old.html")
        try Data("mine".utf8).write(to: user)
        let katex = try fakeKaTeX()
        defer { try? FileManager.default.removeItem(at: katex) }
        try SiteWriter(outputDirectory: folder, katexDirectory: katex).write([])
        #expect(try Data(contentsOf: user) == Data("mine".utf8))
        let files = try snapshot(folder)
        #expect(files["assets/katex/contrib/auto-render.min.js"] == Data("auto".utf8), "unminified copied under .min")
        #expect(files["assets/katex/fonts/a.woff2"] == Data("font".utf8))
    }

    /// A KaTeX folder with only unminified scripts.
    func fakeKaTeX() throws -> URL {
        let katex = try temporaryFolder()
        try FileManager.default.createDirectory(
            at: katex.appendingPathComponent("contrib"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: katex.appendingPathComponent("fonts"), withIntermediateDirectories: true)
        try Data("css".utf8).write(to: katex.appendingPathComponent("katex.min.css"))
        try Data("js".utf8).write(to: katex.appendingPathComponent("katex.js"))
        try Data("auto".utf8).write(to: katex.appendingPathComponent("contrib/auto-render.js"))
        try Data("font".utf8).write(to: katex.appendingPathComponent("fonts/a.woff2"))
        return katex
    }

    @Test func missingKaTeXSaysHowToInstallIt() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        let writer = SiteWriter(outputDirectory: output, katexDirectory: folder.appendingPathComponent("nope"))
        let error = #expect(throws: SiteError.self) { try writer.write([Fixtures.run]) }
        #expect(error?.reason == .katexMissing)
        #expect(error?.description.contains("apt-get install libjs-katex") == true)
        #expect(!FileManager.default.fileExists(atPath: output.path), "nothing written")
    }

    @Test func duplicateSlugsAreAnError() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let katex = try fakeKaTeX()
        defer { try? FileManager.default.removeItem(at: katex) }
        let a = NoteRunner.run(source: "x", path: "notes/a/x.md")
        let b = NoteRunner.run(source: "x", path: "notes/b/x.md")
        let error = #expect(throws: SiteError.self) {
            try SiteWriter(outputDirectory: folder, katexDirectory: katex).write([a, b])
        }
        #expect(error?.reason == .duplicateSlug)
    }
}
