import Foundation
import Testing

@testable import FolioSite

@Suite struct FolderSnapshotTests {
    @Test("a snapshot changes when a file is added, resized or touched, not otherwise")
    func changes() throws {
        let root = try Fixture.folder()
        let path = try Fixture.write("one", to: "a.md", in: root)
        let first = FolderSnapshot(folder: root.path)
        #expect(first.files.keys.sorted() == ["a.md"])
        #expect(FolderSnapshot(folder: root.path) == first)
        try Fixture.write("one!", to: "a.md", in: root)
        let resized = FolderSnapshot(folder: root.path)
        #expect(resized != first)
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: path)
        let touched = FolderSnapshot(folder: root.path)
        #expect(touched != resized)
        try Fixture.write("", to: "data/b.csv", in: root)
        #expect(FolderSnapshot(folder: root.path).files.keys.sorted() == ["a.md", "data/b.csv"])
        #expect(FolderSnapshot(folder: root.appendingPathComponent("none").path).files.isEmpty)
    }

    @Test("next returns once the folder changes")
    func next() throws {
        let root = try Fixture.folder()
        try Fixture.write("one", to: "a.md", in: root)
        let before = FolderSnapshot(folder: root.path)
        // The new content is written beside the folder and renamed into place, in one step: a
        // write in place truncates first, and a poll between the two steps sees an empty file
        // that the final snapshot no longer shows (a failure seen once in CI).
        let staged = root.deletingLastPathComponent().appendingPathComponent(root.lastPathComponent + "-a.md")
        try Data("two!".utf8).write(to: staged)
        let writer = Thread {
            Thread.sleep(forTimeInterval: 0.05)
            _ = rename(staged.path, root.appendingPathComponent("a.md").path)
        }
        writer.start()
        let after = before.next(folder: root.path, interval: 0.01)
        #expect(after != before)
        #expect(after == FolderSnapshot(folder: root.path))
    }
}
