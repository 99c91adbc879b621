import FolioRender
import Foundation
import Testing

@testable import FolioSite

@Suite struct NoteProcessingTests {
    @Test("check runs every note and reports each once, in note order")
    func check() throws {
        let root = try Fixture.folder()
        let a = try Fixture.write(Fixture.passing, to: "a.md", in: root)
        let b = try Fixture.write(Fixture.failing, to: "b.md", in: root)
        let reported = ReportedPaths()
        let outcomes = NoteProcessing.run(
            try NoteFile.read([a, b]), jobs: 2, render: false, cache: nil, force: true,
            report: { reported.add($0.path) })
        #expect(reported.paths == [a, b])
        #expect(outcomes.map(\.succeeded) == [true, false])
        #expect(
            outcomes[0].checksPassed == 1 && outcomes[0].equationsLabelled == 1 && outcomes[0].equationsVerified == 1)
        #expect(outcomes[1].checksFailed == 1 && outcomes[1].diagnostics.count == 1)
        #expect(outcomes.allSatisfy { $0.rendered == nil && !$0.cached && $0.measuredMilliseconds != nil })
    }

    @Test("render takes an unchanged note from the cache, and runs it again when forced or edited")
    func cache() throws {
        let root = try Fixture.folder()
        let path = try Fixture.write(Fixture.passing, to: "a.md", in: root)
        let cache = LayeredCache(
            local: RenderCache(projectRoot: root, buildIdentifier: "test-build", options: SiteRender.optionsKey))
        func render(force: Bool = false) throws -> NoteOutcome {
            let outcomes = NoteProcessing.run(
                try NoteFile.read([path]), jobs: 1, render: true, cache: cache, force: force, report: { _ in })
            return try #require(outcomes.first)
        }
        let first = try render()
        #expect(!first.cached && first.rendered != nil)
        let second = try render()
        #expect(second.cached && !second.fromRemote && second.run == nil)
        #expect(second.rendered == first.rendered)
        #expect(second.checksPassed == 1 && second.equationsVerified == 1)
        #expect(!(try render(force: true)).cached)
        try Fixture.write(Fixture.passing.replacingOccurrences(of: "total = ", with: "sum = "), to: "a.md", in: root)
        #expect(!(try render()).cached)
    }

    @Test("a note that is not UTF-8 fails with its diagnostic and is never cached")
    func unreadable() throws {
        let root = try Fixture.folder()
        let url = root.appendingPathComponent("bad.md")
        try Data(Array("---\ntitle: T\n---\n".utf8) + [0xC3]).write(to: url)
        let cache = LayeredCache(local: RenderCache(projectRoot: root, buildIdentifier: "b", options: "page"))
        for _ in 0..<2 {
            let outcome = try #require(
                NoteProcessing.run(
                    try NoteFile.read([url.path]), jobs: 1, render: true, cache: cache, force: false, report: { _ in }
                ).first)
            #expect(!outcome.succeeded && !outcome.cached && outcome.rendered != nil)
            #expect(outcome.diagnostics.count == 1)
        }
    }
}

/// Paths in the order `report` heard them (it is called from worker threads, one at a time).
final class ReportedPaths: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []

    func add(_ path: String) {
        lock.withLock { list.append(path) }
    }

    var paths: [String] { lock.withLock { list } }
}
