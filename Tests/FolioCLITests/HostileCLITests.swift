import Foundation
import Testing

/// End to end: hostile note files given to the built `folio`, read as a user reads it: exit
/// codes, `file:line:col` diagnostics, and what is (and is not) written.
@Suite("folio on hostile notes")
struct HostileCLITests {
    /// A note whose line 6 holds two bytes that are not UTF-8.
    static let invalidUTF8 =
        Data("---\ntitle: Bad\n---\n\nSome text\nline six ".utf8) + Data([0xFF, 0xFE])
        + Data(" here\n".utf8)
    static let good = "---\ntitle: Good\n---\n\n```swift\n#expect(1 + 1 == 2)\n```\n"
    static let diagnostic = "notes/bad.md:6:10: error: note is not valid UTF-8 (byte 0xFF here); save it as UTF-8"

    /// A fresh workspace whose `notes/` holds `files` (name → bytes).
    static func workspace(_ files: [String: Data]) throws -> URL {
        let root = try FolioProcess.workspace(with: [])
        for (name, data) in files {
            try data.write(to: root.appendingPathComponent("notes").appendingPathComponent(name))
        }
        return root
    }

    @Test("check: invalid UTF-8 is an error at its line (exit 1); the other note still runs")
    func checkInvalidUTF8() throws {
        let root = try Self.workspace(["bad.md": Self.invalidUTF8, "good.md": Data(Self.good.utf8)])
        let outcome = try FolioProcess.run(["check", "notes"], in: root)
        #expect(outcome.status == 1, "\(outcome.stderr)")
        #expect(outcome.stderr.contains(Self.diagnostic))
        #expect(outcome.stderr.contains("6 | line six"))
        #expect(outcome.stderr.contains("✗ notes/bad.md"))
        #expect(outcome.stderr.contains("✓ notes/good.md  1 block · 1 check"))
        #expect(!outcome.stderr.contains("cannot read"))
    }

    @Test("run: invalid UTF-8 is an error at its line, exit 1")
    func runInvalidUTF8() throws {
        let root = try Self.workspace(["bad.md": Self.invalidUTF8])
        let outcome = try FolioProcess.run(["run", "notes/bad.md"], in: root)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains(Self.diagnostic))
        let swift = root.appendingPathComponent("bad.swift")
        try (Data("print(1)\nlet s = \"".utf8) + Data([0xC3, 0x28]) + Data("\"\n".utf8)).write(to: swift)
        let script = try FolioProcess.run(["run", "bad.swift"], in: root)
        #expect(script.status == 1)
        #expect(script.stderr.contains("bad.swift:2:10: error: note is not valid UTF-8 (byte 0xC3 here)"))
        #expect(script.stdout.isEmpty)
    }

    @Test("render: the invalid note gets a page with its error; exit 1; the good page is written")
    func renderInvalidUTF8() throws {
        let root = try Self.workspace(["bad.md": Self.invalidUTF8, "good.md": Data(Self.good.utf8)])
        let outcome = try FolioProcess.run(["render", "notes"], in: root)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains(Self.diagnostic))
        let output = root.appendingPathComponent("output")
        let bad = try String(contentsOf: output.appendingPathComponent("bad.html"), encoding: .utf8)
        #expect(bad.contains("note is not valid UTF-8 (byte 0xFF here)"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("good.html").path))
    }

    @Test("a missing note is still an I/O error, exit 2")
    func missingNote() throws {
        let root = try Self.workspace([:])
        let outcome = try FolioProcess.run(["check", "notes/nope.md"], in: root)
        #expect(outcome.status == 2)
    }

    @Test("render of hostile notes: errors at their lines, nothing written outside output/, no live markup")
    func renderHostileNotes() throws {
        let payload = "</script><img src=x onerror=alert(1)>"
        let notes: [String: String] = [
            "loop.md": "---\ntitle: Loop\n---\n\n```swift\n//| timeout: 300ms\nwhile true {}\n```\n",
            "huge.md": "---\ntitle: Huge\n---\n\n```swift\nlet t = Tensor.zeros(shape: [1 << 40])\n```\n",
            "passwd.md": "---\ntitle: Passwd\n---\n\n```swift\nprint(readText(\"../../etc/passwd\"))\n```\n",
            "link.md": "---\ntitle: Link\n---\n\n```swift\nprint(readText(\"data/secret.txt\"))\n```\n",
            "evil.md": "---\ntitle: \"\(payload)\"\nsource: \"\(payload)\"\ntags: [\"\(payload)\"]\n---\n\n"
                + "[x](javascript:alert(1))\n\n```swift\nprint(\"\(payload)\")\n```\n",
            "good.md": Self.good,
        ]
        let root = try Self.workspace(notes.mapValues { Data($0.utf8) })
        // A symbolic link from the notes' data folder to a file outside the project.
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("folio-secret-\(UUID().uuidString)")
        try Data("top secret".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        let data = root.appendingPathComponent("notes/data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: data.appendingPathComponent("secret.txt"), withDestinationURL: secret)
        let before = try Self.files(under: root)

        let outcome = try FolioProcess.run(["render", "notes"], in: root)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("notes/loop.md:7:1: error: time budget of 0.3 s exceeded"))
        #expect(outcome.stderr.contains("notes/huge.md:6:9: error: shape [1099511627776] needs 1099511627776 elements"))
        #expect(
            outcome.stderr.contains(
                "notes/passwd.md:6:7: error: data file path '../../etc/passwd' leaves the note's folder"))
        #expect(
            outcome.stderr.contains(
                "notes/link.md:6:7: error: data file path 'data/secret.txt' resolves outside the note's folder"))
        #expect(outcome.stderr.contains("✓ notes/good.md"))
        #expect(outcome.stderr.contains("✓ notes/evil.md"))

        // Only output/ and the render cache are new.
        let added = try Self.files(under: root).subtracting(before)
        #expect(!added.isEmpty)
        for path in added {
            let top = path.split(separator: "/").first.map(String.init) ?? path
            #expect(top == "output" || top == ".folio-cache", "\(path) written")
        }
        let output = root.appendingPathComponent("output")
        for page in ["index.html", "evil.html", "link.html"] {
            let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
            #expect(!html.contains("<img src=x"), "\(page)")
            #expect(!html.contains("</script><img"), "\(page)")
            #expect(!html.lowercased().contains("href=\"javascript:"), "\(page)")
            #expect(!html.contains("top secret"), "\(page)")
            #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;") || page == "link.html", "\(page)")
        }
    }

    @Test("check --jobs 2: a note over its memory budget stops at its line; the note beside it passes")
    func memoryBudget() throws {
        let hog =
            "---\ntitle: Hog\nmemory: 64MB\n---\n\n```swift\nvar keep: [[Double]] = []\nwhile true {\n"
            + "    keep.append(Array(repeating: 1.0, count: 100_000))\n}\n```\n"
        // Holds about 50 MB, within its 256 MB, while the hog runs beside it.
        let fits =
            "---\ntitle: Fits\nmemory: 256MB\n---\n\n```swift\nvar keep: [[Double]] = []\n"
            + "for _ in 0..<32 {\n    keep.append(Array(repeating: 1.0, count: 100_000))\n}\nvar s = 0\n"
            + "for i in 0..<2_000_000 { s = s &+ i }\n#expect(keep.count == 32)\n```\n"
        let bad = "---\ntitle: Bad\nmemory: 512\n---\n\nText.\n"
        let root = try Self.workspace(["hog.md": Data(hog.utf8), "fits.md": Data(fits.utf8), "bad.md": Data(bad.utf8)])
        let outcome = try FolioProcess.run(["check", "--jobs", "2", "notes"], in: root)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.contains("notes/hog.md:8:1: error: memory budget of 64 MiB exceeded: ")
                || outcome.stderr.contains("notes/hog.md:9:"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("✓ notes/fits.md"), "\(outcome.stderr)")
        #expect(
            outcome.stderr.contains("notes/bad.md:3:1: error: `memory` must be a size such as 512MB or 2GB, not `512`"),
            "\(outcome.stderr)")
        let alone = try FolioProcess.run(["run", "notes/hog.md"], in: root)
        #expect(alone.status == 1)
        #expect(
            alone.stderr.contains("error: memory budget of 64 MiB exceeded: the note has grown the process by "),
            "\(alone.stderr)")
    }

    /// Every file below `root` (symbolic links not followed), relative to it.
    static func files(under root: URL) throws -> Set<String> {
        let base = root.resolvingSymlinksInPath().path + "/"
        var found: Set<String> = []
        let enumerator = FileManager.default.enumerator(
            at: root.resolvingSymlinksInPath(), includingPropertiesForKeys: [.isRegularFileKey], options: [])
        while let url = enumerator?.nextObject() as? URL {
            let path = url.path
            if path.hasPrefix(base) { found.insert(String(path.dropFirst(base.count))) }
        }
        return found
    }
}
