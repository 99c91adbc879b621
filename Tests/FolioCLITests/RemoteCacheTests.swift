import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The shared render cache against a real nginx with WebDAV: one checkout fills it, a second
/// clean checkout renders from it alone, and damaged entries, a read-only runner, a missing
/// token and a server that goes away never fail a render.
@Suite("remote cache", .serialized, .enabled(if: Nginx.canRun, Nginx.skipReason))
struct RemoteCacheTests {
    /// A clean checkout: the notes of ``ShardTests/project()`` in a new folder, no cache.
    static func checkout() throws -> URL { try ShardTests.project() }

    /// The notes' progress lines: path → how the note was obtained (`remote cache`, `cached`,
    /// or a time when it ran).
    static func progress(_ stderr: String) -> [String: String] {
        var notes: [String: String] = [:]
        for line in stderr.split(separator: "\n") where line.hasPrefix("✓ ") || line.hasPrefix("✗ ") {
            let fields = line.dropFirst(2).split(separator: " ", maxSplits: 1)
            guard fields.count == 2, fields[0].hasPrefix("notes/"),
                let how = fields[1].split(separator: "·").last
            else { continue }
            notes[String(fields[0])] = how.trimmingCharacters(in: .whitespaces)
        }
        return notes
    }

    static func render(
        _ checkout: URL, _ server: Nginx, token: String? = nil, extra: [String] = [], url: String? = nil
    ) throws -> FolioProcess.Outcome {
        try FolioProcess.run(
            ["render", "notes", "--cache-url", url ?? server.url] + extra, in: checkout,
            environment: ["FOLIO_CACHE_TOKEN": token ?? server.token])
    }

    @Test func aSecondCleanCheckoutRendersFromTheRemoteCacheAlone() throws {
        let server = try Nginx()
        let first = try Self.checkout()
        let second = try Self.checkout()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        let cold = try Self.render(first, server)
        #expect(cold.status == 1, "the failing note fails the render")
        #expect(Self.progress(cold.stderr).values.allSatisfy { $0.hasSuffix(" ms") }, "every note ran")
        #expect(cold.stderr.contains("0 hits · 4 missing · 4 uploaded"), "\(cold.stderr)")
        #expect(server.objects().count == 4)

        let warm = try Self.render(second, server)
        #expect(warm.status == 1)
        let how = Self.progress(warm.stderr)
        #expect(how.count == 4)
        #expect(how.values.allSatisfy { $0 == "remote cache" }, "no note ran: \(how)")
        #expect(warm.stderr.contains("4 hits · 0 missing · 0 uploaded"), "\(warm.stderr)")
        #expect(
            try ShardTests.tree(first.appendingPathComponent("output"))
                == ShardTests.tree(second.appendingPathComponent("output")))
        #expect(!cold.stderr.contains(server.token) && !warm.stderr.contains(server.token))
        #expect(!cold.stdout.contains(server.token) && !warm.stdout.contains(server.token))

        // The entries were kept locally: the next render needs no network.
        server.stop()
        let local = try FolioProcess.run(["render", "notes"], in: second)
        #expect(Self.progress(local.stderr).values.allSatisfy { $0 == "cached" })
    }

    @Test func corruptedTruncatedAndMissingEntriesAreRenderedAgainNeverServed() throws {
        let server = try Nginx()
        let first = try Self.checkout()
        let second = try Self.checkout()
        let third = try Self.checkout()
        defer {
            for folder in [first, second, third] { try? FileManager.default.removeItem(at: folder) }
        }
        _ = try Self.render(first, server)
        let keys = server.objects().keys.sorted()
        #expect(keys.count == 4)
        guard keys.count == 4 else { return }
        // One byte of a page changed, its length kept: only the hash can tell.
        var corrupted = try Data(contentsOf: server.objectURL(keys[0]))
        corrupted[corrupted.count - 10] ^= 0x20
        try corrupted.write(to: server.objectURL(keys[0]))
        // Cut short, as by an interrupted upload.
        let truncated = try Data(contentsOf: server.objectURL(keys[1]))
        try truncated.prefix(truncated.count / 2).write(to: server.objectURL(keys[1]))
        // Gone, as evicted.
        try FileManager.default.removeItem(at: server.objectURL(keys[2]))

        let repaired = try Self.render(second, server)
        let how = Self.progress(repaired.stderr)
        #expect(how.values.filter { $0 == "remote cache" }.count == 1, "\(how)")
        #expect(how.values.filter { $0.hasSuffix(" ms") }.count == 3, "the damaged and missing ones ran: \(how)")
        #expect(repaired.stderr.contains("1 hit · 1 missing · 2 rejected · 3 uploaded"), "\(repaired.stderr)")
        #expect(
            try ShardTests.tree(first.appendingPathComponent("output"))
                == ShardTests.tree(second.appendingPathComponent("output")), "nothing damaged reached a page")

        // The uploads replaced the damaged entries.
        let after = try Self.render(third, server)
        #expect(Self.progress(after.stderr).values.allSatisfy { $0 == "remote cache" }, "\(after.stderr)")
    }

    @Test func readOnlyRunnersAndRunnersWithoutTheTokenNeverWrite() throws {
        let server = try Nginx()
        let checkout = try Self.checkout()
        defer { try? FileManager.default.removeItem(at: checkout) }
        let readOnly = try Self.render(checkout, server, extra: ["--cache-read-only", "--force"])
        #expect(readOnly.stderr.contains("read-only"))
        #expect(server.objects().isEmpty)

        let wrongToken = try Self.render(checkout, server, token: "not-the-token", extra: ["--force"])
        #expect(wrongToken.status == 1, "the render goes on (its failing note fails it)")
        #expect(wrongToken.stderr.contains("refused an upload (HTTP 401)"))
        #expect(server.objects().isEmpty)

        let withToken = try Self.render(checkout, server, extra: ["--force"])
        #expect(withToken.stderr.contains("4 uploaded"))
        #expect(server.objects().count == 4)
    }

    @Test func theCacheURLComesFromTheEnvironmentOrTheSettingsFile() throws {
        let server = try Nginx()
        let checkout = try Self.checkout()
        defer { try? FileManager.default.removeItem(at: checkout) }
        try Data("# the team's shared cache\ncache-url = \"\(server.url)\"\n".utf8)
            .write(to: checkout.appendingPathComponent("notes/folio.toml"))
        let fromFile = try FolioProcess.run(
            ["render", "notes"], in: checkout, environment: ["FOLIO_CACHE_TOKEN": server.token])
        #expect(fromFile.stderr.contains("4 uploaded"), "\(fromFile.stderr)")

        try Data("cache-url = \"http://127.0.0.1:1/nothing\"\n".utf8)
            .write(to: checkout.appendingPathComponent("notes/folio.toml"))
        try FileManager.default.removeItem(at: checkout.appendingPathComponent(".folio-cache"))
        let fromEnvironment = try FolioProcess.run(
            ["render", "notes"], in: checkout,
            environment: ["FOLIO_CACHE_TOKEN": server.token, "FOLIO_CACHE_URL": server.url])
        #expect(Self.progress(fromEnvironment.stderr).values.allSatisfy { $0 == "remote cache" })

        try Data("cache-url = http://unquoted\n".utf8).write(to: checkout.appendingPathComponent("notes/folio.toml"))
        let bad = try FolioProcess.run(["render", "notes"], in: checkout)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("folio.toml:1: `cache-url` must be a quoted string"))
    }

    @Test func theServerGoingAwayMidRenderCostsOnlyTime() throws {
        let server = try Nginx()
        let checkout = try Self.checkout()
        defer { try? FileManager.default.removeItem(at: checkout) }
        // Notes run in name order with one job: a fast one, then two slow ones during which the
        // server is stopped, then the rest.
        let slow = """
            ---
            title: Slow
            ---

            ```swift
            var total = 0
            for k in 1...3_000_000 {
                total = (total + k * k) % 1_000_003
            }
            #expect(total >= 0)
            ```

            """
        try Data(slow.utf8).write(to: checkout.appendingPathComponent("notes/b-slow.md"))
        try Data(slow.utf8).write(to: checkout.appendingPathComponent("notes/c-slow.md"))
        let fast = try Data(contentsOf: checkout.appendingPathComponent("notes/passing.md"))
        try fast.write(to: checkout.appendingPathComponent("notes/a-fast.md"))

        let process = Process()
        process.executableURL = FolioProcess.executable
        process.arguments = ["render", "notes", "--jobs", "1", "--cache-url", server.url]
        process.currentDirectoryURL = checkout
        var environment = ProcessInfo.processInfo.environment
        environment["FOLIO_CACHE_TOKEN"] = server.token
        process.environment = environment
        let errURL = checkout.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Stop the server as soon as the first note's entry arrives.
        let deadline = Date().addingTimeInterval(120)
        while server.objects().isEmpty, process.isRunning, Date() < deadline { usleep(5_000) }
        server.stop()
        let stoppedWhileRendering = process.isRunning
        process.waitUntilExit()
        try err.close()
        let stderr = try String(contentsOf: errURL, encoding: .utf8)

        #expect(stoppedWhileRendering, "the server stopped while notes were still running")
        #expect(process.terminationStatus == 1, "only the failing note fails the render: \(stderr)")
        #expect(stderr.contains("is not answering"), "\(stderr)")
        #expect(stderr.contains("failed requests"))
        let pages = try ShardTests.tree(checkout.appendingPathComponent("output")).keys
        for page in ["a-fast.html", "b-slow.html", "c-slow.html", "passing.html", "figure.html", "index.html"] {
            #expect(pages.contains(page), "\(page) written")
        }
    }

    @Test func anUnreachableCacheNeverFailsARender() throws {
        let checkout = try Self.checkout()
        defer { try? FileManager.default.removeItem(at: checkout) }
        let port = try Nginx.freePort()
        let outcome = try FolioProcess.run(
            ["render", "notes", "--cache-url", "http://user:hunter2@127.0.0.1:\(port)/cache"], in: checkout,
            environment: ["FOLIO_CACHE_TOKEN": "s3cret-token"])
        #expect(outcome.status == 1, "only the failing note fails: \(outcome.stderr)")
        #expect(outcome.stderr.contains("is not answering (connection refused)"))
        #expect(outcome.stderr.contains("rendered 4 notes"))
        for secret in ["s3cret-token", "hunter2"] {
            #expect(!outcome.stderr.contains(secret) && !outcome.stdout.contains(secret))
        }
    }
}
