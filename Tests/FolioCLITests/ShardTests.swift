import Foundation
import Testing

/// `folio render --shard K/N` and `--merge`, `folio check --shard`: the shards of a site merge
/// into exactly the bytes a single render writes.
@Suite struct ShardTests {
    /// A project with a few small notes that exercise every kind of file a site holds: a
    /// passing note with an equation, a note whose long output is written beside its page, a
    /// note with a figure's image, and a failing note.
    static func project() throws -> URL {
        let root = try FolioProcess.workspace(with: ["passing.md", "failing-expect.md"])
        let notes = root.appendingPathComponent("notes")
        try Data(
            """
            ---
            title: Long output
            ---

            ```swift
            for i in 1...200 {
                print("line \\(i)")
            }
            ```

            """.utf8
        ).write(to: notes.appendingPathComponent("long-output.md"))
        try FileManager.default.createDirectory(
            at: notes.appendingPathComponent("data"), withIntermediateDirectories: true)
        try Data([0x89, 0x50, 0x4E, 0x47, 1, 2, 3]).write(to: notes.appendingPathComponent("data/square.png"))
        try Data(
            """
            ---
            title: Figure
            ---

            ![A square](data/square.png){#fig-square}

            See @fig-square.

            ```swift
            #expect(2 * 2 == 4)
            ```

            """.utf8
        ).write(to: notes.appendingPathComponent("figure.md"))
        return root
    }

    /// Every file under `folder`: relative path → bytes.
    static func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return files }
        for case let relative as String in walker {
            var isDirectory: ObjCBool = false
            let path = base + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }

    @Test func mergedShardsAreByteIdenticalToASingleRender() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let single = try FolioProcess.run(["render", "notes", "--output", "single", "-q"], in: root)
        #expect(single.status == 1, "the failing note fails the render: \(single.stderr)")
        for k in 1...3 {
            let shard = try FolioProcess.run(
                ["render", "notes", "--shard", "\(k)/3", "--output", "shards/\(k)", "-q"], in: root)
            #expect(shard.status <= 1, "shard \(k): \(shard.stderr)")
        }
        let merge = try FolioProcess.run(
            ["render", "--merge", "shards/1", "shards/2", "shards/3", "--output", "merged"], in: root)
        #expect(merge.status == 1, "a failed note stays failed after the merge: \(merge.stderr)")
        #expect(merge.stderr.contains("merged 3 shards · 4 notes"))

        let expected = try Self.tree(root.appendingPathComponent("single"))
        let merged = try Self.tree(root.appendingPathComponent("merged"))
        for name in ["index.html", "passing.html", "long-output.html", "figure.html", "data/square.png"] {
            #expect(expected[name] != nil, "the single render wrote \(name)")
        }
        #expect(expected.keys.contains { $0.hasPrefix("long-output.block-") }, "the long output's file")
        #expect(expected.keys.contains { $0.hasPrefix("assets/katex/") })
        #expect(Set(merged.keys) == Set(expected.keys))
        for (name, bytes) in expected where merged[name] != bytes {
            Issue.record("\(name) differs between the merged shards and the single render")
        }
        // Each shard holds only its own pages, and every page is in exactly one shard.
        var pages: [String] = []
        for k in 1...3 {
            let shard = try Self.tree(root.appendingPathComponent("shards/\(k)"))
            #expect(shard["index.html"] == nil)
            #expect(shard["folio-shard.json"] != nil)
            pages += shard.keys.filter { $0.hasSuffix(".html") }
        }
        #expect(pages.sorted() == expected.keys.filter { $0.hasSuffix(".html") && $0 != "index.html" }.sorted())
    }

    @Test func mergeRefusesAnIncompleteOrMixedSetOfShards() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        for k in 1...2 {
            _ = try FolioProcess.run(["render", "notes", "--shard", "\(k)/2", "--output", "two/\(k)", "-q"], in: root)
        }
        _ = try FolioProcess.run(["render", "notes", "--shard", "1/3", "--output", "three/1", "-q"], in: root)

        let missing = try FolioProcess.run(["render", "--merge", "two/1", "--output", "out"], in: root)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("missing shard 2/2"))
        let twice = try FolioProcess.run(["render", "--merge", "two/1", "two/1", "--output", "out"], in: root)
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("given twice"))
        let mixed = try FolioProcess.run(["render", "--merge", "two/1", "three/1", "--output", "out"], in: root)
        #expect(mixed.status == 2)
        #expect(mixed.stderr.contains("another split"))
        let notShard = try FolioProcess.run(["render", "--merge", "notes", "--output", "out"], in: root)
        #expect(notShard.status == 2)
        #expect(notShard.stderr.contains("not a shard folder"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out/index.html").path))
    }

    @Test func checkShardsRunEveryNoteOnce() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        var checked: [String] = []
        var statuses: [Int32] = []
        for k in 1...2 {
            let outcome = try FolioProcess.run(["check", "notes", "--shard", "\(k)/2"], in: root)
            statuses.append(outcome.status)
            checked += outcome.stderr.split(separator: "\n").compactMap { line in
                guard line.hasPrefix("✓ ") || line.hasPrefix("✗ ") else { return nil }
                return line.dropFirst(2).split(separator: " ").first.map(String.init)
            }
        }
        #expect(
            checked.sorted() == [
                "notes/failing-expect.md", "notes/figure.md", "notes/long-output.md", "notes/passing.md",
            ])
        #expect(statuses.sorted() == [0, 1], "only the shard with the failing note fails")
        let bad = try FolioProcess.run(["check", "notes", "--shard", "3/2"], in: root)
        #expect(bad.status == 2)
    }

    @Test func shardsSplitByTheTimingsOfTheLastWholeRender() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        // Made-up timings: one heavy note that must get a shard to itself.
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent(".folio-cache"), withIntermediateDirectories: true)
        try Data(
            #"{"notes/failing-expect.md": 10, "notes/figure.md": 10, "notes/long-output.md": 9000, "notes/passing.md": 10}"#
                .utf8
        ).write(to: root.appendingPathComponent(".folio-cache/timings.json"))
        var shards: [[String]] = []
        for k in 1...2 {
            let outcome = try FolioProcess.run(["check", "notes", "--shard", "\(k)/2"], in: root)
            shards.append(
                outcome.stderr.split(separator: "\n").compactMap { line in
                    guard line.hasPrefix("✓ ") || line.hasPrefix("✗ ") else { return nil }
                    return line.dropFirst(2).split(separator: " ").first.map(String.init)
                })
        }
        #expect(shards[0] == ["notes/long-output.md"])
        #expect(shards[1] == ["notes/failing-expect.md", "notes/figure.md", "notes/passing.md"])
    }
}
