import Foundation
import Testing

/// Incremental and parallel rendering, `folio new`, machine-readable diagnostics and progress
/// options, end to end.
@Suite("folio render cache, jobs, new, formats")
struct ToolTests {
    /// The progress lines of `stderr` without their timings (`· 12 ms`).
    static func withoutTimings(_ stderr: String) -> String {
        stderr.replacingOccurrences(of: #" · \d+ ms"#, with: " · T", options: .regularExpression)
    }

    static func write(_ text: String, to relativePath: String, in root: URL) throws {
        let url = root.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Every file under `folder`, relative path → bytes.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
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

    @Test("changing a data file re-runs exactly the notes that read it")
    func dataFileInvalidatesItsReaders() throws {
        let root = try FolioProcess.workspace(with: ["passing.md", "reads-data.md"])
        let data = root.appendingPathComponent("notes/data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let numbers = data.appendingPathComponent("numbers.txt")
        try Data("1\n2\n3\n".utf8).write(to: numbers)
        let first = try FolioProcess.run(["render"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        let unchanged = try FolioProcess.run(["render"], in: root)
        #expect(unchanged.stderr.contains("reads-data.md  1 block · 1 check · cached"), "\(unchanged.stderr)")

        try Data("1\n2\n3\n40\n".utf8).write(to: numbers)
        let second = try FolioProcess.run(["render"], in: root)
        #expect(second.stderr.contains("✓ notes/passing.md  1 block · 1 check · cached"), "\(second.stderr)")
        #expect(!second.stderr.contains("reads-data.md  1 block · 1 check · cached"), "\(second.stderr)")
        let page = try String(contentsOf: root.appendingPathComponent("output/reads-data.html"), encoding: .utf8)
        #expect(page.contains("total = 46"))
    }

    @Test("a second render takes unchanged notes from the cache; edits, --force and a broken cache re-run")
    func incrementalRender() throws {
        let root = try FolioProcess.workspace(with: ["passing.md", "failing-expect.md"])
        let first = try FolioProcess.run(["render"], in: root)
        #expect(first.status == 1)
        #expect(!first.stderr.contains("cached"))
        let output = root.appendingPathComponent("output")
        let rendered = try Self.snapshot(output)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(".folio-cache").path))

        let second = try FolioProcess.run(["render"], in: root)
        #expect(second.status == 1, "a cached failing note still fails")
        #expect(second.stderr.contains("✓ notes/passing.md  1 block · 1 check · cached"))
        #expect(second.stderr.contains("✗ notes/failing-expect.md  1 block · 1 check (1 failed) · cached"))
        #expect(second.stderr.contains("notes/failing-expect.md:10:1: error: expectation failed: y == 5.0"))
        #expect(try Self.snapshot(output) == rendered)

        // Editing one note re-runs that note only.
        let passing = root.appendingPathComponent("notes/passing.md")
        let text = try String(contentsOf: passing, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "print(\"total = ", with: "print(\"sum = ").utf8).write(to: passing)
        let third = try FolioProcess.run(["render"], in: root)
        #expect(
            third.stderr.contains("✓ notes/passing.md  1 block · 1 check · ")
                && !third.stderr.contains("passing.md  1 block · 1 check · cached"))
        #expect(third.stderr.contains("failing-expect.md  1 block · 1 check (1 failed) · cached"))
        let page = try String(contentsOf: output.appendingPathComponent("passing.html"), encoding: .utf8)
        #expect(page.contains("sum = 5050"))

        let forced = try FolioProcess.run(["render", "--force"], in: root)
        #expect(!forced.stderr.contains("cached"))

        // Corrupt every entry: ignored, never fatal.
        let entries = root.appendingPathComponent(".folio-cache/notes")
        for name in try FileManager.default.contentsOfDirectory(atPath: entries.path) {
            try Data("garbage".utf8).write(to: entries.appendingPathComponent(name))
        }
        let afterCorruption = try FolioProcess.run(["render"], in: root)
        #expect(afterCorruption.status == 1)
        #expect(!afterCorruption.stderr.contains("cached"))
        #expect(!afterCorruption.stderr.contains("folio: error"))

        try FileManager.default.removeItem(at: root.appendingPathComponent(".folio-cache"))
        let afterDeletion = try FolioProcess.run(["render"], in: root)
        #expect(afterDeletion.status == 1)
        #expect(try Self.snapshot(output).keys == rendered.keys)
    }

    @Test("--jobs 1 and --jobs 4 write identical sites and identical progress")
    func jobsDoNotChangeOutput() throws {
        let fixtures = ["passing.md", "failing-expect.md", "runtime-error.md", "syntax-error.md", "no-title.md"]
        let root = try FolioProcess.workspace(with: fixtures)
        let one = try FolioProcess.run(["render", "--force", "--jobs", "1", "-o", "out1"], in: root)
        let four = try FolioProcess.run(["render", "--force", "--jobs", "4", "-o", "out4"], in: root)
        #expect(one.status == 1 && four.status == 1)
        let a = try Self.snapshot(root.appendingPathComponent("out1"))
        let b = try Self.snapshot(root.appendingPathComponent("out4"))
        #expect(a.count > fixtures.count)
        #expect(a == b)
        // The summary line names the output folder and the time; the rest must be identical.
        func progress(_ stderr: String) -> String {
            Self.withoutTimings(stderr).split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("✓ rendered ") && !$0.hasPrefix("✗ rendered ") }.joined(separator: "\n")
        }
        #expect(progress(one.stderr) == progress(four.stderr))
        #expect(one.stderr.contains("✗ rendered 5 notes → out1/ · 4 failed · "), "\(one.stderr)")
        // Progress lines come in note order.
        let order = progress(one.stderr).split(separator: "\n").filter { $0.hasPrefix("✓ ") || $0.hasPrefix("✗ ") }
            .map { $0.split(separator: " ")[1] }
        #expect(order == fixtures.sorted().map { "notes/\($0)"[...] })

        let check = try FolioProcess.run(["check", "--jobs", "3"], in: root)
        #expect(check.status == 1)
        #expect(Self.withoutTimings(check.stderr) == progress(one.stderr))
        #expect(try FolioProcess.run(["check", "--jobs", "0"], in: root).status == 2)
    }

    @Test("folio new writes a note that passes check and refuses to overwrite")
    func newNote() throws {
        let root = try FolioProcess.workspace(with: [])
        let created = try FolioProcess.run(["new", "Hello, \"Wörld\": a first note!"], in: root)
        #expect(created.status == 0, "\(created.stderr)")
        let path = "notes/hello-world-a-first-note.md"
        #expect(created.stdout == path + "\n")
        let note = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        #expect(note.hasPrefix("---\ntitle: \"Hello, \\\"Wörld\\\": a first note!\"\n"))
        #expect(note.contains("```swift") && note.contains("#expect("))
        let check = try FolioProcess.run(["check", path], in: root)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains("1 block · 1 check"))

        try Data("mine".utf8).write(to: root.appendingPathComponent(path))
        let again = try FolioProcess.run(["new", "Hello Wörld: a first note"], in: root)
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exists"))
        #expect(try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) == "mine")
        #expect(try FolioProcess.run(["new", "!!!"], in: root).status == 2)
    }

    @Test("check --format json prints one object per diagnostic with its block")
    func jsonDiagnostics() throws {
        let root = try FolioProcess.workspace(with: ["failing-expect.md", "passing.md"])
        let outcome = try FolioProcess.run(["check", "--format", "json"], in: root)
        #expect(outcome.status == 1)
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data((lines.first ?? "").utf8)) as? [String: Any])
        #expect(object["file"] as? String == "notes/failing-expect.md")
        #expect(object["line"] as? Int == 10)
        #expect(object["column"] as? Int == 1)
        #expect(object["severity"] as? String == "error")
        #expect(object["message"] as? String == "expectation failed: y == 5.0\n  y → 4.0")
        #expect(object["block"] as? Int == 1)
        #expect(!outcome.stderr.contains("error:"), "diagnostics go to stdout only")

        let noTitle = try FolioProcess.workspace(with: ["no-title.md"])
        let unparsed = try FolioProcess.run(["check", "--format", "json"], in: noTitle)
        let line = try #require(
            try JSONSerialization.jsonObject(with: Data(unparsed.stdout.utf8)) as? [String: Any])
        #expect(line["block"] is NSNull)
    }

    @Test("check --format json gives a block's error and a failed check their stable identifiers")
    func jsonIdentifiers() throws {
        let root = try FolioProcess.workspace(with: ["runtime-error.md", "failing-expect.md"])
        let outcome = try FolioProcess.run(["check", "--format", "json"], in: root)
        let objects = try outcome.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let byFile = Dictionary(objects.map { ($0["file"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byFile["notes/runtime-error.md"]?["id"] as? String == "arithmetic-overflow")
        #expect(byFile["notes/failing-expect.md"]?["id"] as? String == "check-failed")
    }

    @Test("check --format github prints escaped workflow commands")
    func githubAnnotations() throws {
        let root = try FolioProcess.workspace(with: [])
        try Self.write(
            """
            ---
            title: Odd
            ---

            ```swift
            let x = 4
            #expect(x % 2 == 1, "odd: 100%, really")
            ```

            """, to: "notes/odd,name:1.md", in: root)
        let outcome = try FolioProcess.run(["check", "--format", "github"], in: root)
        #expect(outcome.status == 1)
        #expect(
            outcome.stdout
                == "::error file=notes/odd%2Cname%3A1.md,line=7,col=1::expectation failed: x %25 2 == 1%0A  x %25 2 → 0%0A  x → 4%0A  // odd: 100%25, really\n",
            "\(outcome.stdout)")
        #expect(!outcome.stdout.dropLast().contains("\n"))
    }

    @Test("--verbose adds a line per block with its time; --quiet prints only diagnostics")
    func verbosity() throws {
        let root = try FolioProcess.workspace(with: ["passing.md", "failing-expect.md"])
        let verbose = try FolioProcess.run(["check", "--verbose", "notes/passing.md"], in: root)
        #expect(verbose.status == 0)
        #expect(
            verbose.stderr.range(of: #"\n    block 1 \(line 11\)  \d+ ms\n"#, options: .regularExpression) != nil,
            "\(verbose.stderr)")

        let quiet = try FolioProcess.run(["check", "--quiet"], in: root)
        #expect(quiet.status == 1)
        #expect(!quiet.stderr.contains("✓") && !quiet.stderr.contains("✗"))
        #expect(quiet.stderr.contains("notes/failing-expect.md:10:1: error: expectation failed"))
        let quietPass = try FolioProcess.run(["check", "-q", "notes/passing.md"], in: root)
        #expect(quietPass.status == 0 && quietPass.stderr.isEmpty)
        #expect(try FolioProcess.run(["check", "-q", "-v"], in: root).status == 2)
    }

    @Test("folio run on a Swift file reports a failed check with its values")
    func runReportsCheckValues() throws {
        let root = try FolioProcess.workspace(with: [])
        try Self.write("let a = 3\n#expect(a == 4)\nprint(\"after\")\n", to: "prog.swift", in: root)
        let outcome = try FolioProcess.run(["run", "prog.swift"], in: root)
        #expect(outcome.status == 1)
        #expect(outcome.stdout == "after\n")
        #expect(outcome.stderr.contains("prog.swift:2:1: error: expectation failed: a == 4"))
        #expect(outcome.stderr.contains("a → 3"))
    }
}
