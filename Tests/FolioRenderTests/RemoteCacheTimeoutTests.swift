import FolioMarkdown
import FolioScript
import Foundation
import Testing

@testable import FolioRender

/// A shared cache that accepts the connection and then never answers (``SilentServer``): each
/// request costs its configured timeout and retries, never more, and never an error; after the
/// give-up threshold the cache is not asked again for the rest of the process. The timeout is
/// configured as 0.3 s, which ``RemoteCacheSettings/requestTimeout`` makes the shortest a
/// request can have, 1 s (the tool's default is 5 s, `cache-timeout` in `folio.toml`).
@Suite struct RemoteCacheTimeoutTests {
    /// The warnings a cache gave, collected across the threads it may call from.
    final class Warnings: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        /// Adds one.
        func add(_ line: String) {
            lock.lock()
            lines.append(line)
            lock.unlock()
        }
        /// All so far.
        var all: [String] {
            lock.lock()
            defer { lock.unlock() }
            return lines
        }
    }

    /// The seconds one attempt waits: 0.3 configured, rounded up to whole seconds.
    static let timeout = 1.0

    /// A cache on `server` with the shortest timeout, one retry, giving up after two failed
    /// requests.
    static func cache(_ server: SilentServer, warnings: Warnings) throws -> RemoteCache {
        let settings = RemoteCacheSettings(
            url: try #require(server.url), timeout: 0.3, retries: 1, failuresBeforeGivingUp: 2)
        #expect(settings.requestTimeout == timeout)
        return RemoteCache(settings: settings, warn: { warnings.add($0) })
    }

    @Test func theTimeoutIsWholeSecondsRoundedUp() throws {
        let url = try #require(URL(string: "http://cache.example/c"))
        for (configured, used) in [(0.001, 1.0), (0.3, 1), (1, 1), (2.5, 3), (5, 5)] {
            #expect(RemoteCacheSettings(url: url, timeout: configured).requestTimeout == used, "\(configured)")
        }
    }

    /// Seconds `work` took.
    static func seconds(_ work: () -> Void) -> Double {
        let start = Date()
        work()
        return Date().timeIntervalSince(start)
    }

    @Test(arguments: [SilentServer.Behaviour.neverReads, .readsAndNeverReplies])
    func aServerThatNeverAnswersCostsTheTimeoutAndRetriesThenIsLeftAlone(_ behaviour: SilentServer.Behaviour)
        throws
    {
        let server = try SilentServer(behaviour)
        defer { server.stop() }
        let warnings = Warnings()
        let cache = try Self.cache(server, warnings: warnings)
        // One request: two attempts of one timeout each, 0.1 s apart.
        let oneRequest = 2 * Self.timeout + 0.1

        var found: Data? = Data()
        let first = Self.seconds { found = cache.get("first") }
        #expect(found == nil, "no answer is a miss")
        #expect(first >= 2 * Self.timeout * 0.9, "each attempt waited for its timeout, not less: \(first) s")
        #expect(first < oneRequest + 3, "and no longer than the timeout and retry allow: \(first) s")
        #expect(server.connections(reaching: 2) == 2, "one connection per attempt")
        #expect(cache.statistics.failures == 1)
        #expect(warnings.all.isEmpty, "one failure is not yet a reason to give up")

        var present: Bool? = true
        let second = Self.seconds { present = cache.contains("second") }
        #expect(present == nil, "the cache cannot say")
        #expect(second < oneRequest + 3, "\(second) s")
        #expect(server.connections(reaching: 4) == 4)
        #expect(cache.statistics.failures == 2)
        #expect(warnings.all.count == 1)
        #expect(warnings.all.first?.contains("is not answering (timed out)") == true, "\(warnings.all)")

        // Given up on: the rest of the run asks nothing and waits for nothing.
        let rest = Self.seconds {
            for index in 0..<50 {
                #expect(cache.get("note-\(index)") == nil)
                #expect(cache.contains("note-\(index)") == nil)
                cache.put("note-\(index)", entry: Data("entry \(index)".utf8))
            }
        }
        #expect(rest < Self.timeout / 2, "150 requests skipped in \(rest) s")
        usleep(100_000)
        #expect(server.connections == 4, "no connection after giving up")
        #expect(cache.statistics == RemoteCache.Statistics(failures: 2))
        #expect(warnings.all.count == 1, "one warning, not one per note")
    }

    @Test func anUploadThatTheServerNeverReadsCostsTheTimeoutToo() throws {
        let server = try SilentServer(.neverReads)
        defer { server.stop() }
        let warnings = Warnings()
        let cache = try Self.cache(server, warnings: warnings)
        // Far more than the socket buffers hold: the upload stalls halfway, not at the reply.
        let entry = Data(repeating: 0x2A, count: 16 << 20)
        let upload = Self.seconds { cache.put("large", entry: entry) }
        #expect(upload >= 2 * Self.timeout * 0.9, "\(upload) s")
        #expect(upload < 2 * Self.timeout + 0.1 + 3, "a stalled upload ends at its timeout: \(upload) s")
        #expect(cache.statistics == RemoteCache.Statistics(failures: 1))
        #expect(server.connections(reaching: 2) == 2)
    }

    @Test func aNoteRenderedBesideAHungCacheIsKeptLocallyAndFoundThere() throws {
        let server = try SilentServer(.readsAndNeverReplies)
        defer { server.stop() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-hung-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let warnings = Warnings()
        let layered = LayeredCache(
            local: RenderCache(directory: folder, buildIdentifier: "b", options: "page"),
            remote: try Self.cache(server, warnings: warnings))
        let source = "---\ntitle: T\n---\n\n```swift\nprint(6 * 7)\n```\n"

        // What a render does for one note: look it up (the remote cache hangs: a miss), run it,
        // store it (the upload hangs: dropped), and next time find it locally.
        #expect(layered.lookup(path: "notes/t.md", source: source) == nil)
        let note = RenderedNote(NoteRunner.run(source: source, path: "notes/t.md"))
        #expect(note.page.contains("42"))
        layered.store(note, source: source, milliseconds: 7)
        #expect(warnings.all.count == 1, "two failed requests: given up on")

        let again = try #require(layered.lookup(path: "notes/t.md", source: source))
        #expect(again.origin == .local)
        #expect(again.note == note)
        #expect(again.milliseconds == 7)
        #expect(server.connections(reaching: 4) == 4, "the lookup and the upload, two attempts each; nothing after")
    }
}
