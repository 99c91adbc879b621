import FolioRender
import Foundation
import Testing

@testable import FolioSite

@Suite struct ScaleOutTests {
    @Test("the shards of a set of notes are disjoint and together are every note")
    func shardsPartitionTheNotes() throws {
        let root = try Fixture.folder()
        let notes = (0..<7).map { NoteFile(path: "notes/n\($0).md", source: "") }
        var seen: [String] = []
        for k in 1...3 {
            let shard = try #require(Shard("\(k)/3"))
            let (plan, chosen) = ScaleOut.notes(of: shard, in: notes, projectRoot: root)
            #expect(plan != nil)
            seen += chosen.map(\.path)
        }
        #expect(seen.sorted() == notes.map(\.path))
        let (plan, all) = ScaleOut.notes(of: nil, in: notes, projectRoot: root)
        #expect(plan == nil && all.count == 7)
    }

    @Test("no flag, variable or folio.toml: no shared cache; a flag makes one")
    func remoteCacheSettings() throws {
        let root = try Fixture.folder()
        let notes = root.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
        let none = try ScaleOut.remoteCache(
            paths: [notes.path], flagURL: nil, flagReadOnly: false, environment: [:], warn: { _ in })
        #expect(none == nil)
        let flagged = try #require(
            try ScaleOut.remoteCache(
                paths: [notes.path], flagURL: "http://127.0.0.1:9/cache/", flagReadOnly: true, environment: [:],
                warn: { _ in }))
        #expect(flagged.settings.readOnly)
        #expect(ScaleOut.remoteCacheSummary(flagged).hasPrefix("remote cache "))
        #expect(ScaleOut.remoteCacheSummary(flagged).hasSuffix(": 0 hits · 0 missing · read-only"))
    }
}
