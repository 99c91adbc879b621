import Foundation

/// Where a shared render cache lives and how to talk to it.
public struct RemoteCacheSettings: Sendable, Equatable {
    /// The base URL; entries are `<url>/folio/<key>`.
    public var url: URL
    /// Only read: never upload (for runners whose output is not trusted, such as pull requests
    /// from forks).
    public var readOnly: Bool
    /// Sent as `Authorization: Bearer …` when present. Never printed.
    public var token: String?
    /// Seconds one request may wait without progress before it counts as failed. Used as
    /// ``requestTimeout``: whole seconds.
    public var timeout: Double
    /// How many times a failed request (no answer, or a 5xx status) is tried again.
    public var retries: Int
    /// After this many requests in a row fail (retries included), the cache is left alone for
    /// the rest of the process: an unreachable server then costs a few timeouts, not one per note.
    public var failuresBeforeGivingUp: Int

    /// Settings for the cache at `url`.
    public init(
        url: URL, readOnly: Bool = false, token: String? = nil, timeout: Double = 5, retries: Int = 2,
        failuresBeforeGivingUp: Int = 3
    ) {
        self.url = url
        self.readOnly = readOnly
        self.token = token
        self.timeout = timeout
        self.retries = retries
        self.failuresBeforeGivingUp = failuresBeforeGivingUp
    }

    /// The timeout a request gets: ``timeout`` rounded up to whole seconds, at least 1. libcurl's
    /// idle timeout (as URLSession's on Linux before it) counts whole seconds, and a fraction
    /// truncated to 0 would fail every request at once and give the cache up.
    public var requestTimeout: Double { max(1, timeout.rounded(.up)) }

    /// The URL as it may be shown: scheme, host, port and path, without any user, password or
    /// query (where a careless user might have put a secret).
    public var displayURL: String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return "(remote cache)" }
        components.user = nil
        components.password = nil
        components.query = nil
        components.fragment = nil
        return components.string ?? "(remote cache)"
    }
}

/// A render cache shared over HTTP, as Bazel's and Gradle's HTTP build caches are: `GET`,
/// `HEAD` and `PUT` of content-addressed entries under one base URL, which nginx with WebDAV,
/// bazel-remote or an S3-compatible store serve.
///
/// Each object is a header line (`folio-remote-entry 1 <length> <hash>`) and then the entry's
/// bytes; an object whose length or hash does not match (cut short, garbled) is ignored, never
/// served. The cache never fails a render: every error is a miss, a request that times out or
/// meets a 5xx is tried again a few times, and after a few failures in a row the cache is left
/// alone for the rest of the process, with one warning.
public final class RemoteCache: @unchecked Sendable {
    /// What the cache did during the process, for the render's summary and for tests.
    public struct Statistics: Sendable, Equatable {
        /// Entries fetched and verified.
        public var hits = 0
        /// Entries asked for and absent.
        public var misses = 0
        /// Entries present but ignored: cut short, garbled, or for other data files.
        public var rejected = 0
        /// Entries uploaded.
        public var uploads = 0
        /// Requests that failed after their retries.
        public var failures = 0
    }

    /// Where and how.
    public let settings: RemoteCacheSettings
    private let warn: @Sendable (String) -> Void
    private let lock = NSLock()
    private var counts = Statistics()
    private var failuresInARow = 0
    private var gaveUp = false
    private var uploadsRefused = false

    /// The version of the object header.
    static let objectFormat = 1

    /// A cache reached with `settings`; `warn` receives the few lines worth telling the user
    /// (the cache given up on, uploads refused), never a token.
    public init(settings: RemoteCacheSettings, warn: @escaping @Sendable (String) -> Void) {
        self.settings = settings
        self.warn = warn
    }

    /// What happened so far.
    public var statistics: Statistics {
        lock.lock()
        defer { lock.unlock() }
        return counts
    }

    /// The URL of the object for `key`.
    public func objectURL(forKey key: String) -> URL {
        settings.url.appendingPathComponent("folio").appendingPathComponent(key)
    }

    /// The verified entry bytes stored under `key`, or nil (absent, unverifiable or unreachable).
    public func get(_ key: String) -> Data? {
        guard let response = perform("GET", key: key) else { return nil }
        guard response.status == 200 else {
            count { $0.misses += 1 }
            return nil
        }
        guard let body = Self.unwrap(response.body) else {
            count { $0.rejected += 1 }
            return nil
        }
        return body
    }

    /// Whether an object exists under `key` (`HEAD`), or nil when the cache cannot say.
    public func contains(_ key: String) -> Bool? {
        guard let response = perform("HEAD", key: key) else { return nil }
        switch response.status {
        case 200...299: return true
        case 404, 410: return false
        default: return nil
        }
    }

    /// Uploads `entry` under `key` (`PUT`), unless read-only or uploads were refused before.
    public func put(_ key: String, entry: Data) {
        guard !settings.readOnly, !isUploadRefused else { return }
        guard let response = perform("PUT", key: key, body: Self.wrap(entry)) else { return }
        switch response.status {
        case 200...299:
            count { $0.uploads += 1 }
        default:
            // 401, 403, 405, 413…: the server will keep saying no; stop asking.
            lock.lock()
            let first = !uploadsRefused
            uploadsRefused = true
            lock.unlock()
            if first {
                warn(
                    "remote cache \(settings.displayURL) refused an upload (HTTP \(response.status)); not uploading for the rest of this run"
                )
            }
        }
    }

    /// Records that an entry fetched under a key proved unusable (its data files differ, or it
    /// does not decode): it counts as rejected, not as a hit.
    public func recordRejected() {
        count { $0.rejected += 1 }
    }

    /// Records a fetched entry that was used.
    public func recordHit() {
        count { $0.hits += 1 }
    }

    /// `entry` with its header line: the length and hash a reader checks.
    static func wrap(_ entry: Data) -> Data {
        var object = Data("folio-remote-entry \(objectFormat) \(entry.count) \(StableHash.hex(entry))\n".utf8)
        object.append(entry)
        return object
    }

    /// The entry inside `object` when its header is ours and its length and hash match.
    static func unwrap(_ object: Data) -> Data? {
        guard let newline = object.prefix(200).firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let fields = String(decoding: object[object.startIndex..<newline], as: UTF8.self).split(separator: " ")
        guard fields.count == 4, fields[0] == "folio-remote-entry", fields[1] == "\(objectFormat)",
            let length = Int(fields[2])
        else { return nil }
        let entry = object[(newline + 1)...]
        guard entry.count == length else { return nil }
        let bytes = Data(entry)
        guard StableHash.hex(bytes) == fields[3] else { return nil }
        return bytes
    }

    private var isUploadRefused: Bool {
        lock.lock()
        defer { lock.unlock() }
        return uploadsRefused
    }

    private func count(_ change: (inout Statistics) -> Void) {
        lock.lock()
        change(&counts)
        lock.unlock()
    }

    /// One request with its retries; nil when the server could not be reached (or was given up on).
    private func perform(_ method: String, key: String, body: Data? = nil) -> HTTPTransfer.Response? {
        lock.lock()
        let skip = gaveUp
        lock.unlock()
        if skip { return nil }
        let url = objectURL(forKey: key).absoluteString
        var headers: [String] = []
        if let token = settings.token { headers.append("Authorization: Bearer \(token)") }
        if body != nil { headers.append("Content-Type: application/octet-stream") }
        // Without progress for the timeout a request fails; in all it may last twice as long.
        let idle = Int(settings.requestTimeout)
        var reason = ""
        for attempt in 0...max(0, settings.retries) {
            if attempt > 0 { Thread.sleep(forTimeInterval: 0.1 * Double(1 << (attempt - 1))) }
            let answer = HTTPTransfer.send(
                method, url: url, headers: headers, body: body, idleSeconds: idle, totalSeconds: 2 * idle)
            switch answer {
            case .success(let response) where response.status < 500:
                lock.lock()
                failuresInARow = 0
                lock.unlock()
                return response
            case .success(let response):
                reason = "HTTP \(response.status)"
            case .failure(let error):
                reason = Self.describe(error)
            }
        }
        lock.lock()
        counts.failures += 1
        failuresInARow += 1
        let giveUpNow = !gaveUp && failuresInARow >= settings.failuresBeforeGivingUp
        if giveUpNow { gaveUp = true }
        lock.unlock()
        if giveUpNow {
            warn(
                "remote cache \(settings.displayURL) is not answering (\(reason)); rendering without it for the rest of this run"
            )
        }
        return nil
    }

    /// A short reason for a failed request, without URLs (which could carry credentials).
    /// The reasons are those URLSession's errors gave before, by libcurl's `CURLcode` numbers.
    static func describe(_ failure: HTTPTransfer.Failure) -> String {
        switch failure.code {
        case -1: return failure.message  // libcurl could not be loaded: say so
        case 28: return "timed out"  // CURLE_OPERATION_TIMEDOUT
        case 7: return "connection refused"  // CURLE_COULDNT_CONNECT
        case 5, 6: return "host not found"  // CURLE_COULDNT_RESOLVE_PROXY, _HOST
        case 52, 55, 56: return "connection lost"  // CURLE_GOT_NOTHING, _SEND_ERROR, _RECV_ERROR
        case 35, 51, 53, 54, 58, 59, 60, 64, 66, 77, 80, 82, 83, 90, 91:
            return "TLS failure"  // CURLE_SSL_*, CURLE_PEER_FAILED_VERIFICATION
        default: return "network error \(failure.code)"
        }
    }
}
