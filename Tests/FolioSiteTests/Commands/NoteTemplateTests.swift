import FolioRender
import Foundation
import Testing

@testable import FolioSite

@Suite struct NoteTemplateTests {
    @Test("slugs: lowercase ASCII words joined by -, accents dropped, at most 80 characters")
    func slugs() {
        #expect(NoteTemplate.slug(for: "Hello, \"Wörld\": a first note!") == "hello-world-a-first-note")
        #expect(NoteTemplate.slug(for: "  Über  Ça  ") == "uber-ca")
        #expect(NoteTemplate.slug(for: "!!!") == "")
        #expect(NoteTemplate.slug(for: String(repeating: "a", count: 100)).count == 80)
    }

    @Test("the new note runs and its check holds; quotes and newlines stay inside the title")
    func templateRuns() {
        let text = NoteTemplate.template(title: "A \"quoted\"\\ title\nover two lines")
        #expect(text.hasPrefix("---\ntitle: \"A \\\"quoted\\\"\\\\ title over two lines\"\n"))
        let run = NoteRunner.run(source: text, path: "notes/x.md")
        #expect(run.succeeded && run.checksPassed == 1)
        #expect(run.note?.frontMatter.title == "A \"quoted\"\\ title over two lines")
    }

    @Test("create writes once and refuses to overwrite")
    func create() throws {
        let root = try Fixture.folder()
        let folder = root.appendingPathComponent("notes").path
        let path = try NoteTemplate.create(title: "First", folder: folder)
        #expect(path == folder + "/first.md")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == NoteTemplate.template(title: "First"))
        #expect(throws: ToolError.self) { try NoteTemplate.create(title: "first", folder: folder + "/") }
        #expect(throws: ToolError.self) { try NoteTemplate.create(title: "?", folder: folder) }
    }
}
