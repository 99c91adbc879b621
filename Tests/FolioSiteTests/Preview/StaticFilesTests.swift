import Foundation
import Testing

@testable import FolioSite

@Suite struct StaticFilesTests {
    static func site() throws -> URL {
        let root = try Fixture.folder()
        try Fixture.write("<html><body>\n<p>hi</p>\n</body></html>\n", to: "index.html", in: root)
        try Fixture.write("<p>no body</p>", to: "sub/index.html", in: root)
        try Fixture.write("svg{}", to: "assets/style.css", in: root)
        try Fixture.write("secret", to: ".folio-cache/entry", in: root)
        return root
    }

    static func text(_ response: PreviewServer.Response) -> String { String(decoding: response.body, as: UTF8.self) }

    @Test("HTML pages get the reload script before </body>, or at the end")
    func reloadScript() throws {
        let root = try Self.site()
        let page = StaticFiles.response(method: "GET", path: "/", root: root)
        #expect(page.status == 200)
        #expect(Self.text(page) == "<html><body>\n<p>hi</p>\n\(StaticFiles.reloadScript)</body></html>\n")
        #expect(page.headers.contains { $0 == ("Content-Type", "text/html; charset=utf-8") })
        #expect(page.headers.contains { $0 == ("Cache-Control", "no-store") })
        let folder = StaticFiles.response(method: "GET", path: "/sub/", root: root)
        #expect(Self.text(folder) == "<p>no body</p>" + StaticFiles.reloadScript)
        let css = StaticFiles.response(method: "HEAD", path: "/assets/style.css", root: root)
        #expect(Self.text(css) == "svg{}")
        #expect(css.headers.first?.1 == "text/css; charset=utf-8")
    }

    @Test("nothing outside the output folder, nor hidden files; only GET and HEAD")
    func refusals() throws {
        let root = try Self.site()
        #expect(
            StaticFiles.response(method: "GET", path: "/../index.html", root: root.appendingPathComponent("sub")).status
                == 404)
        #expect(StaticFiles.response(method: "GET", path: "/.folio-cache/entry", root: root).status == 404)
        #expect(StaticFiles.response(method: "GET", path: "/missing.html", root: root).status == 404)
        #expect(StaticFiles.response(method: "POST", path: "/", root: root).status == 405)
    }

    @Test func contentTypes() {
        #expect(StaticFiles.contentType("SVG") == "image/svg+xml")
        #expect(StaticFiles.contentType("woff2") == "font/woff2")
        #expect(StaticFiles.contentType("bin") == "application/octet-stream")
    }
}
