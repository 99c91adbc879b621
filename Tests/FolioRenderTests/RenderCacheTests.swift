import FolioMarkdown
import FolioScript
import Foundation
import Testing

@testable import FolioRender

/// The render cache: an entry is used exactly when the note, its data files, the build and the
/// options are unchanged; anything unreadable is a miss.
@Suite struct RenderCacheTests {
    /// A project folder with `notes/` and a cache for build `build` and options `options`.
    struct Project {
        var root: URL
        var notes: URL { root.appendingPathComponent("notes") }
        func cache(build: String = "build-1", options: String = "page") -> RenderCache {
            RenderCache(projectRoot: root, buildIdentifier: build, options: options)
        }
        func write(_ text: String, to name: String) throws {
            let url = notes.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        func path(_ name: String) -> String { notes.appendingPathComponent(name).path }
    }

    func project() throws -> Project {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("folio-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("notes"), withIntermediateDirectories: true)
        return Project(root: root)
    }

    static let source = """
        ---
        title: Cached
        ---

        ```swift
        let n = 3
        #expect(n == 3)
        ```

        """

    /// A run of `source` at `path` that reports having read `filesRead` (as the interpreter
    /// will once it can open files).
    func run(_ path: String, source: String = Self.source, filesRead: [String] = []) -> NoteRun {
        let note = try! Note.parse(source, path: path)
        var run = NoteRunner.run(
            note, path: path,
            execute: { _ in
                BlockResult(outputs: [
                    .check(CheckResult(kind: .expect, passed: true, expression: "n == 3", line: 7, column: 1))
                ])
            })
        run.filesRead = filesRead
        return run
    }

    @Test func hitWhenNothingChangedMissWhenSourceBuildOrOptionsChange() throws {
        let project = try project()
        defer { try? FileManager.default.removeItem(at: project.root) }
        let path = project.path("a.md")
        let rendered = RenderedNote(run(path))
        project.cache().store(rendered, source: Self.source)

        #expect(project.cache().lookup(path: path, source: Self.source) == rendered)
        #expect(project.cache().lookup(path: path, source: Self.source + "\nMore prose.\n") == nil)
        #expect(project.cache(build: "build-2").lookup(path: path, source: Self.source) == nil)
        #expect(project.cache(options: "other").lookup(path: path, source: Self.source) == nil)
        #expect(project.cache().lookup(path: project.path("b.md"), source: Self.source) == nil)
    }

    @Test func changedDataFileRerunsExactlyTheNotesThatReadIt() throws {
        let project = try project()
        defer { try? FileManager.default.removeItem(at: project.root) }
        try project.write("x,y\n1,2\n", to: "data/points.csv")
        let reader = project.path("reader.md")
        let other = project.path("other.md")
        let cache = project.cache()
        cache.store(RenderedNote(run(reader, filesRead: ["data/points.csv"])), source: Self.source)
        cache.store(RenderedNote(run(other)), source: Self.source)
        #expect(cache.lookup(path: reader, source: Self.source) != nil)

        // Same bytes written again: still a hit (contents are hashed, not times).
        try project.write("x,y\n1,2\n", to: "data/points.csv")
        #expect(cache.lookup(path: reader, source: Self.source) != nil)

        try project.write("x,y\n1,3\n", to: "data/points.csv")
        #expect(cache.lookup(path: reader, source: Self.source) == nil)
        #expect(cache.lookup(path: other, source: Self.source) != nil)

        try FileManager.default.removeItem(at: project.notes.appendingPathComponent("data/points.csv"))
        #expect(cache.lookup(path: reader, source: Self.source) == nil)

        try project.write("x,y\n1,2\n", to: "data/points.csv")
        #expect(cache.lookup(path: reader, source: Self.source) != nil)
    }

    @Test func aCorruptOrMissingCacheIsAMiss() throws {
        let project = try project()
        defer { try? FileManager.default.removeItem(at: project.root) }
        let path = project.path("a.md")
        let cache = project.cache()
        #expect(cache.lookup(path: path, source: Self.source) == nil)
        cache.store(RenderedNote(run(path)), source: Self.source)
        try Data("{ not json".utf8).write(to: cache.entryURL(for: path))
        #expect(cache.lookup(path: path, source: Self.source) == nil)
        // A fresh store repairs it.
        cache.store(RenderedNote(run(path)), source: Self.source)
        #expect(cache.lookup(path: path, source: Self.source) != nil)
        // Deleting the folder at any time is fine.
        try FileManager.default.removeItem(at: project.root.appendingPathComponent(".folio-cache"))
        #expect(cache.lookup(path: path, source: Self.source) == nil)
    }

    /// The page is kept as raw bytes after the entry's JSON line: any page, newlines, quotes and
    /// JSON-looking text included, comes back unchanged, and an entry cut short is a miss.
    @Test func pageBytesAfterTheJSONLineRoundTrip() throws {
        let project = try project()
        defer { try? FileManager.default.removeItem(at: project.root) }
        let path = project.path("a.md")
        let cache = project.cache()
        var note = RenderedNote(run(path))
        note.page = "\n{\"page\": \"\\n\"}\r\n<p title=\"é \\u{1F600}\">😀</p>\n\n"
        cache.store(note, source: Self.source)
        #expect(cache.lookup(path: path, source: Self.source) == note)

        let stored = try Data(contentsOf: cache.entryURL(for: path))
        #expect(stored.suffix(note.page.utf8.count) == Data(note.page.utf8))
        let header = try #require(stored.firstIndex(of: UInt8(ascii: "\n")))
        try Data(stored[..<header]).write(to: cache.entryURL(for: path))
        #expect(cache.lookup(path: path, source: Self.source) == nil)
        try Data(stored.dropLast(3)).write(to: cache.entryURL(for: path))
        #expect(cache.lookup(path: path, source: Self.source) == nil)
        try stored.write(to: cache.entryURL(for: path))
        #expect(cache.lookup(path: path, source: Self.source) == note)
    }

    @Test func renderedNoteKeepsPageIndexRowAndDiagnostics() throws {
        let failing = NoteRunner.run(source: "no front matter", path: "notes/broken.md")
        let rendered = RenderedNote(failing)
        #expect(rendered.page == PageRenderer.page(failing))
        #expect(rendered.index == failing.indexEntry)
        #expect(rendered.diagnostics.map(\.diagnostic) == failing.diagnostics)
        #expect(!rendered.succeeded)
        let decoded = try JSONDecoder().decode(RenderedNote.self, from: JSONEncoder().encode(rendered))
        #expect(decoded == rendered)
    }

    @Test func indexFromEntriesEqualsIndexFromRuns() {
        let runs = IndexTests.runs
        #expect(IndexRenderer.page(entries: runs.map(\.indexEntry)) == IndexRenderer.page(runs))
    }

    @Test func stableHashIsStableAndSensitive() {
        let a = StableHash.hex(Data("hello, world".utf8))
        #expect(a == StableHash.hex(Data("hello, world".utf8)))
        #expect(a.count == 32)
        #expect(a != StableHash.hex(Data("hello, world!".utf8)))
        #expect(StableHash.hex(Data()) != StableHash.hex(Data([0])))
        #expect(StableHash.hex(Data([0])) != StableHash.hex(Data([0, 0])))
    }
}

/// The tool's shared conversions and the runner's per-block timings.
@Suite struct RunnerSharedTests {
    @Test func failedChecksAndDuplicateRequireErrors() {
        let failed = CheckResult(
            kind: .require, passed: false, expression: "x > 1", line: 4, column: 1,
            values: [ExpressionValue(expression: "x", value: "0")], comment: "x must grow")
        let result = BlockResult(outputs: [
            .check(CheckResult(kind: .expect, passed: true, expression: "true", line: 3, column: 1)),
            .check(failed),
            .error(
                Diagnostic(.error, "requirement failed: x > 1", file: "a.swift", line: 4, column: 1, id: .checkFailed)),
        ])
        let diagnostics = NoteRunner.diagnostics(of: result, file: "a.swift")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message == "requirement failed: x > 1\n  x → 0\n  // x must grow")
        #expect(diagnostics.first.map { ($0.line, $0.column) } ?? (0, 0) == (4, 1))
        // The repeat is recognised by its identifier: another error at the check's place stays.
        let other = BlockResult(outputs: [
            .check(failed),
            .error(Diagnostic(.error, "requirement failed: x > 1", file: "a.swift", line: 4, column: 1)),
        ])
        #expect(NoteRunner.diagnostics(of: other, file: "a.swift").count == 2)

        let expected = BlockResult(outputs: [.error(Diagnostic(.error, "overflow", file: "a.md", line: 2, column: 3))])
        #expect(NoteRunner.diagnostics(of: expected, file: "a.md", expectedError: "overflow").isEmpty)
        #expect(NoteRunner.diagnostics(of: expected, file: "a.md").count == 1)
    }

    @Test func everyExecutedBlockHasADuration() {
        let run = Fixtures.run
        let executed = Set(run.blockResults.keys)
        #expect(!executed.isEmpty)
        #expect(Set(run.blockDurations.keys) == executed)
        #expect(run.blockDurations.values.allSatisfy { $0 >= .zero })
    }

    @Test func aStoredDiagnosticKeepsItsIdentifier() throws {
        let diagnostic = Diagnostic(.error, "x", file: "notes/a.md", line: 2, column: 3, id: .noMember)
        #expect(StoredDiagnostic(diagnostic).diagnostic == diagnostic)
        // An entry written before identifiers were stored still reads, without one.
        let old = #"{"severity":"error","message":"x","file":"notes/a.md","line":2,"column":3}"#
        let decoded = try JSONDecoder().decode(StoredDiagnostic.self, from: Data(old.utf8))
        #expect(decoded.diagnostic.id == nil)
        #expect(decoded.diagnostic.message == "x")
    }
}
