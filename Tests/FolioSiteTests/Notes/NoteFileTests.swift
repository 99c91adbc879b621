import Foundation
import Testing

@testable import FolioSite

@Suite struct NoteFileTests {
    @Test("a note that is not UTF-8 is an error at its line, not an I/O error")
    func invalidUTF8() throws {
        let root = try Fixture.folder()
        let url = root.appendingPathComponent("bad.md")
        try Data(Array("---\ntitle: T\n---\n\nok\nbad ".utf8) + [0xFF]).write(to: url)
        let notes = try NoteFile.read([url.path])
        let unreadable = try #require(notes.first?.unreadable)
        #expect(unreadable.line == 6)
        #expect(unreadable.severity == .error)
        #expect(notes.first?.source.hasSuffix("bad \u{FFFD}") == true)
    }

    @Test("a missing file stops the command before anything runs")
    func missingFile() throws {
        let root = try Fixture.folder()
        let good = try Fixture.write(Fixture.passing, to: "a.md", in: root)
        #expect(throws: ToolError.self) { try NoteFile.read([good, root.appendingPathComponent("nope.md").path]) }
        #expect(try NoteFile.read([good]).first?.unreadable == nil)
    }

    @Test("folders are searched for .md files, sorted; files are taken as given")
    func search() throws {
        let root = try Fixture.folder()
        try Fixture.write("", to: "notes/b.md", in: root)
        try Fixture.write("", to: "notes/sub/a.md", in: root)
        try Fixture.write("", to: "notes/data/x.csv", in: root)
        let single = try Fixture.write("", to: "z.md", in: root)
        let found = try NoteSearch.files(in: [single, root.appendingPathComponent("notes").path + "/"])
        let base = root.appendingPathComponent("notes").path
        #expect(found == [single, base + "/b.md", base + "/sub/a.md"])
        #expect(throws: ToolError.self) { try NoteSearch.files(in: [root.appendingPathComponent("none").path]) }
    }
}
