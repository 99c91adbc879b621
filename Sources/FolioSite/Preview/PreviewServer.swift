import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The HTTP/1.1 server of `folio preview`: static files from the output folder and one
/// server-sent-event stream for live reload, on 127.0.0.1 only, a thread per connection.
///
/// Written on POSIX sockets rather than a server library because what preview needs is small
/// (GET and HEAD, no keep-alive, no TLS) and a library brought FoundationNetworking, libcurl and
/// two dozen more shared libraries into every `folio render`'s start-up.
public final class PreviewServer: @unchecked Sendable {
    /// What the server answers with.
    public struct Response: Sendable {
        /// The HTTP status code.
        public var status: Int
        /// Header names and values, in order (`Content-Length` is added).
        public var headers: [(String, String)]
        /// The body (not sent for HEAD).
        public var body: Data

        /// A response with `status`, `headers` and `body`.
        public init(status: Int, headers: [(String, String)] = [], body: Data = Data()) {
            self.status = status
            self.headers = headers
            self.body = body
        }
    }

    /// The port it listens on (the one the system chose when asked for port 0).
    public let port: UInt16
    private let listener: Int32
    private let handler: @Sendable (_ method: String, _ path: String) -> Response
    private let onFailure: @Sendable (_ message: String) -> Void
    private let lock = NSLock()
    private var eventStreams: Set<Int32> = []

    /// Binds 127.0.0.1:`port` (0: any free port) and listens; `handler` answers every request
    /// except `GET /_folio/events`, which opens an event stream. `onFailure` hears why the
    /// server stopped accepting connections (the command then ends).
    public init(
        port: UInt16, onFailure: @escaping @Sendable (_ message: String) -> Void,
        handler: @escaping @Sendable (_ method: String, _ path: String) -> Response
    ) throws(ToolError) {
        self.handler = handler
        self.onFailure = onFailure
        #if canImport(Glibc)
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw ToolError("cannot create a socket: \(String(cString: strerror(errno)))") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw ToolError("cannot listen on 127.0.0.1:\(port): \(reason)")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.listener = fd
        self.port = UInt16(bigEndian: actual.sin_port)
    }

    /// Accepts connections on a background thread, each served on its own thread; sends a
    /// heartbeat comment on the event streams every 15 s so closed ones are noticed.
    public func start() {
        Thread.detachNewThread { [self] in
            while true {
                let connection = accept(listener, nil, nil)
                if connection < 0 {
                    if errno == EINTR || errno == ECONNABORTED { continue }
                    onFailure("the preview server stopped: \(String(cString: strerror(errno)))")
                    return
                }
                Thread.detachNewThread { [self] in serve(connection) }
            }
        }
        Thread.detachNewThread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 15)
                broadcastRaw(": ping\n\n")
            }
        }
    }

    /// Sends `data` as one event to every open event stream.
    public func broadcast(_ data: String) {
        broadcastRaw("data: \(data)\n\n")
    }

    private func broadcastRaw(_ text: String) {
        lock.lock()
        let streams = eventStreams
        lock.unlock()
        for fd in streams where !Self.write(Array(text.utf8), to: fd) {
            lock.lock()
            eventStreams.remove(fd)
            lock.unlock()
            close(fd)
        }
    }

    /// Reads one request head, answers it and closes the connection (event streams stay open).
    private func serve(_ fd: Int32) {
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let head = Self.readHead(fd) else {
            close(fd)
            return
        }
        let requestLine = head.split(separator: "\r\n", maxSplits: 1).first.map(String.init) ?? ""
        let parts = requestLine.split(separator: " ")
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1.") else {
            respond(Response(status: 400, body: Data("bad request\n".utf8)), method: "GET", to: fd)
            return
        }
        let method = String(parts[0])
        let target = String(parts[1].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        let path = target.removingPercentEncoding ?? target
        if method == "GET", path == "/_folio/events" {
            let header =
                "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n"
            // A comment first, so the client sees the stream open at once.
            guard Self.write(Array((header + ": connected\n\n").utf8), to: fd) else {
                close(fd)
                return
            }
            lock.lock()
            eventStreams.insert(fd)
            lock.unlock()
            return
        }
        respond(handler(method, path), method: method, to: fd)
    }

    private func respond(_ response: Response, method: String, to fd: Int32) {
        var head = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(response.body.count)\r\nConnection: close\r\n\r\n"
        var bytes = Array(head.utf8)
        if method != "HEAD" { bytes += response.body }
        _ = Self.write(bytes, to: fd)
        close(fd)
    }

    /// The request head up to the blank line (at most 64 KiB), or `nil` if the peer closed or
    /// sent too much.
    private static func readHead(_ fd: Int32) -> String? {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let end: [UInt8] = [13, 10, 13, 10]
        while data.count < 65536 {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { return nil }
            let searchFrom = Swift.max(0, data.count - 3)
            data += buffer[0..<n]
            if data.count >= 4,
                (searchFrom...(data.count - 4)).contains(where: { data[$0..<$0 + 4].elementsEqual(end) })
            {
                return String(decoding: data, as: UTF8.self)
            }
        }
        return nil
    }

    /// Writes all of `bytes`; `false` when the peer is gone (no SIGPIPE).
    private static func write(_ bytes: [UInt8], to fd: Int32) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let n = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return send(fd, base + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
            }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return false }
            sent += n
        }
        return true
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        default: "Status"
        }
    }
}
