import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

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

    /// The timeout handed to URLSession: ``timeout`` rounded up to whole seconds, at least 1.
    /// Foundation on Linux truncates a request's timeout to whole seconds, so 0.3 would become
    /// a timer of about a millisecond that fails every request at once and gives the cache up.
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
    private let session: URLSession
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
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = settings.requestTimeout
        configuration.timeoutIntervalForResource = settings.requestTimeout * 2
        configuration.requestCachePolicy = .reloadIgnoringLocalAndRemoteCacheData
        configuration.urlCache = nil
        session = URLSession(configuration: configuration)
    }

    deinit { session.finishTasksAndInvalidate() }

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

    private struct Response {
        var status: Int
        var body: Data
    }

    /// One request with its retries; nil when the server could not be reached (or was given up on).
    private func perform(_ method: String, key: String, body: Data? = nil) -> Response? {
        lock.lock()
        let skip = gaveUp
        lock.unlock()
        if skip { return nil }
        var request = URLRequest(url: objectURL(forKey: key))
        request.httpMethod = method
        request.timeoutInterval = settings.requestTimeout
        if let token = settings.token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let body {
            request.httpBody = body
            request.setValue("application/octet-stream", forHTTPHeaderField: "Content-Type")
        }
        var reason = ""
        for attempt in 0...max(0, settings.retries) {
            if attempt > 0 { Thread.sleep(forTimeInterval: 0.1 * Double(1 << (attempt - 1))) }
            switch send(request) {
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

    /// Sends one request and waits for its answer.
    private func send(_ request: URLRequest) -> Result<Response, any Error> {
        let done = DispatchSemaphore(value: 0)
        let result = ResultBox()
        let task = session.dataTask(with: request) { data, response, error in
            if let error {
                result.value = .failure(error)
            } else if let http = response as? HTTPURLResponse {
                result.value = .success(Response(status: http.statusCode, body: data ?? Data()))
            } else {
                result.value = .failure(URLError(.badServerResponse))
            }
            done.signal()
        }
        task.resume()
        done.wait()
        return result.value ?? .failure(URLError(.unknown))
    }

    /// Where a completion handler leaves its result for the waiting thread (the semaphore
    /// orders the write before the read).
    private final class ResultBox: @unchecked Sendable {
        var value: Result<Response, any Error>?
    }

    /// A short reason for a failed request, without URLs (which could carry credentials).
    static func describe(_ error: any Error) -> String {
        guard let error = error as? URLError else { return "request failed" }
        switch error.code {
        case .timedOut: return "timed out"
        case .cannotConnectToHost: return "connection refused"
        case .cannotFindHost, .dnsLookupFailed: return "host not found"
        case .networkConnectionLost: return "connection lost"
        case .notConnectedToInternet: return "no network"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate:
            return "TLS failure"
        default: return "network error \(error.code.rawValue)"
        }
    }
}
