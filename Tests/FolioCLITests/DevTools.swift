import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A headless Chromium driven over the DevTools protocol through `--remote-debugging-pipe`:
/// the browser reads NUL-terminated JSON commands on its file descriptor 3 and writes replies
/// and events on descriptor 4. No network port, no WebSocket, no dependency besides Chromium.
final class DevTools: @unchecked Sendable {
    /// An error the browser returned, or a browser that went away.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// A protocol event: its method, parameters and the session it belongs to.
    struct Event {
        var method: String
        var params: [String: Any]
        var sessionId: String?
    }

    /// The Chromium executable: `FOLIO_CHROMIUM`, else the first of the usual Debian paths.
    static var chromium: String? {
        let candidates =
            [ProcessInfo.processInfo.environment["FOLIO_CHROMIUM"]].compactMap { $0 } + [
                "/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome",
            ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private let pid: pid_t
    private let toBrowser: Int32
    private let fromBrowser: Int32
    private let profile: URL
    private let lock = NSCondition()
    private var nextId = 1
    private var replies: [Int: [String: Any]] = [:]
    private var events: [Event] = []
    private var closed = false

    /// Starts headless Chromium with a fresh profile.
    init(executable: String) throws {
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("folio-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        var commands: [Int32] = [0, 0]  // we write [1], the browser reads [0] as fd 3
        var results: [Int32] = [0, 0]  // the browser writes [1] as fd 4, we read [0]
        guard pipe(&commands) == 0, pipe(&results) == 0 else { throw Failure(description: "pipe failed") }
        // Move the child's ends above 4 (so the dup2s into 3 and 4 cannot clobber each other)
        // and keep our own ends out of the child.
        for i in 0..<2 {
            let low = [commands[0], results[1]][i]
            let high = fcntl(low, F_DUPFD, 10)
            Glibc.close(low)
            if i == 0 { commands[0] = high } else { results[1] = high }
        }
        _ = fcntl(commands[1], F_SETFD, FD_CLOEXEC)
        _ = fcntl(results[0], F_SETFD, FD_CLOEXEC)
        let arguments = [
            executable, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
            "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--mute-audio",
            "--hide-scrollbars", "--user-data-dir=\(profile.path)", "about:blank",
        ]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, commands[0], 3)
        posix_spawn_file_actions_adddup2(&actions, results[1], 4)
        let devNull = open("/dev/null", O_WRONLY)
        posix_spawn_file_actions_adddup2(&actions, devNull, 1)
        posix_spawn_file_actions_adddup2(&actions, devNull, 2)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable, &actions, nil, &argv, environ)
        Glibc.close(devNull)
        Glibc.close(commands[0])
        Glibc.close(results[1])
        guard status == 0 else {
            Glibc.close(commands[1])
            Glibc.close(results[0])
            throw Failure(description: "cannot start \(executable): \(String(cString: strerror(status)))")
        }
        pid = child
        toBrowser = commands[1]
        fromBrowser = results[0]
        let reader = Thread { [self] in readLoop() }
        reader.start()
    }

    deinit { quit() }

    /// Ends the browser and removes its profile.
    func quit() {
        lock.lock()
        let wasClosed = closed
        closed = true
        lock.unlock()
        guard !wasClosed else { return }
        Glibc.close(toBrowser)
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        try? FileManager.default.removeItem(at: profile)
    }

    private func readLoop() {
        var buffer = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = read(fromBrowser, &chunk, chunk.count)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            buffer.append(contentsOf: chunk[0..<n])
            while let end = buffer.firstIndex(of: 0) {
                let message = Data(buffer[0..<end])
                buffer.removeSubrange(0...end)
                deliver(message)
            }
        }
        Glibc.close(fromBrowser)
        lock.lock()
        closed = true
        lock.broadcast()
        lock.unlock()
    }

    private func deliver(_ message: Data) {
        guard let object = try? JSONSerialization.jsonObject(with: message) as? [String: Any] else { return }
        lock.lock()
        if let id = object["id"] as? Int {
            replies[id] = object
        } else if let method = object["method"] as? String {
            events.append(
                Event(
                    method: method, params: object["params"] as? [String: Any] ?? [:],
                    sessionId: object["sessionId"] as? String))
        }
        lock.broadcast()
        lock.unlock()
    }

    /// Sends `method` and waits for its result.
    @discardableResult
    func send(_ method: String, _ params: [String: Any] = [:], session: String? = nil, timeout: TimeInterval = 30)
        throws -> [String: Any]
    {
        lock.lock()
        let id = nextId
        nextId += 1
        let isClosed = closed
        lock.unlock()
        guard !isClosed else { throw Failure(description: "the browser has gone away") }
        var message: [String: Any] = ["id": id, "method": method, "params": params]
        if let session { message["sessionId"] = session }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(toBrowser, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw Failure(description: "cannot write to the browser") }
            offset += n
        }
        let deadline = Date(timeIntervalSinceNow: timeout)
        lock.lock()
        defer { lock.unlock() }
        while replies[id] == nil && !closed {
            guard lock.wait(until: deadline) else { throw Failure(description: "\(method) timed out") }
        }
        guard let reply = replies.removeValue(forKey: id) else {
            throw Failure(description: "the browser went away during \(method)")
        }
        if let error = reply["error"] as? [String: Any] {
            throw Failure(description: "\(method): \(error["message"] ?? error)")
        }
        return reply["result"] as? [String: Any] ?? [:]
    }

    /// Waits until an event matching `predicate` has arrived (events already received count).
    func waitForEvent(timeout: TimeInterval = 30, _ predicate: (Event) -> Bool) throws -> Event {
        let deadline = Date(timeIntervalSinceNow: timeout)
        lock.lock()
        defer { lock.unlock() }
        while true {
            if let event = events.first(where: predicate) { return event }
            if closed { throw Failure(description: "the browser went away") }
            guard lock.wait(until: deadline) else { throw Failure(description: "timed out waiting for an event") }
        }
    }

    /// Every event received so far for `session`, and forgets them.
    func takeEvents(session: String) -> [Event] {
        lock.lock()
        defer { lock.unlock() }
        let mine = events.filter { $0.sessionId == session }
        events.removeAll { $0.sessionId == session }
        return mine
    }

    /// Evaluates `expression` in the page (awaiting a promise) and returns its JSON value.
    func evaluate(_ expression: String, session: String) throws -> Any? {
        let result = try send(
            "Runtime.evaluate", ["expression": expression, "returnByValue": true, "awaitPromise": true],
            session: session)
        if let exception = result["exceptionDetails"] as? [String: Any] {
            throw Failure(description: "evaluation failed: \(exception)")
        }
        return (result["result"] as? [String: Any])?["value"]
    }
}
