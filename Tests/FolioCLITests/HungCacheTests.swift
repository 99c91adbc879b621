import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `folio render` with a shared cache that accepts connections and never answers: the render
/// succeeds as it would without the cache, after only the few timeouts of `cache-timeout` in
/// `folio.toml`. (The request-by-request accounting is FolioRenderTests'
/// `RemoteCacheTimeoutTests`; this is what a user sees.)
@Suite struct HungCacheTests {
    /// A socket that listens on a free local port and never calls `accept`: the kernel completes
    /// every connection and queues the request, and nothing ever answers.
    final class ListeningSocket {
        let fd: Int32
        let port: Int

        init() throws {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard descriptor >= 0 else { throw Nginx.Failure("socket failed") }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = 0
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let listening = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(descriptor, $0, length) == 0 && listen(descriptor, 64) == 0
                        && getsockname(descriptor, $0, &length) == 0
                }
            }
            guard listening else {
                close(descriptor)
                throw Nginx.Failure("bind or listen failed")
            }
            fd = descriptor
            port = Int(UInt16(bigEndian: address.sin_port))
        }

        deinit { close(fd) }
    }

    @Test func aCacheThatNeverAnswersCostsAFewTimeoutsAndNeverTheRender() throws {
        let socket = try ListeningSocket()
        let checkout = try ShardTests.project()
        defer { try? FileManager.default.removeItem(at: checkout) }
        try Data("cache-url = \"http://127.0.0.1:\(socket.port)/cache\"\ncache-timeout = 0.3\n".utf8)
            .write(to: checkout.appendingPathComponent("notes/folio.toml"))

        let start = Date()
        // One job: the requests come one after another, so the count below is exact.
        let outcome = try FolioProcess.run(["render", "notes", "--jobs", "1"], in: checkout)
        let seconds = Date().timeIntervalSince(start)

        #expect(outcome.status == 1, "only the failing note fails the render: \(outcome.stderr)")
        #expect(outcome.stderr.contains("rendered 4 notes"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("is not answering (timed out)"), "\(outcome.stderr)")
        // Four notes would make eight requests (a lookup and an upload each): after three
        // failed ones the cache is left alone.
        #expect(outcome.stderr.contains("3 failed requests"), "\(outcome.stderr)")
        #expect(
            outcome.stderr.components(separatedBy: "is not answering").count == 2, "one warning: \(outcome.stderr)")
        // Three requests of three attempts at 0.3 s (rounded up to 1 s), with their pauses, take
        // about 12 s (libcurl notices a stall about 0.2 s late); the default 5 s timeout would have
        // cost at least 45 s.
        #expect(seconds >= 9 * 0.9, "every attempt waited for its timeout, not less: \(seconds) s")
        #expect(seconds < 30, "the timeout from folio.toml was used: \(seconds) s")
        // A note's time is its own: the seconds spent waiting on the cache (over 3 s for each of
        // the first requests) are not in the progress line, nor in the timings `--shard` uses.
        let noteTimes = outcome.stderr.split(separator: "\n").compactMap { line -> Int? in
            guard line.contains("notes/"), line.hasSuffix(" ms"), let field = line.split(separator: " ").dropLast().last
            else { return nil }
            return Int(field)
        }
        #expect(noteTimes.count >= 3, "a progress line with its time per note that ran: \(outcome.stderr)")
        #expect(noteTimes.allSatisfy { $0 < 2_500 }, "note times without the cache's waits: \(noteTimes)")
        let pages = try ShardTests.tree(checkout.appendingPathComponent("output")).keys
        for page in ["passing.html", "failing-expect.html", "long-output.html", "figure.html", "index.html"] {
            #expect(pages.contains(page), "\(page) written")
        }
    }
}
