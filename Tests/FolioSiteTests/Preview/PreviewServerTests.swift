import Foundation
import Testing

@testable import FolioSite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The server over a real socket on 127.0.0.1: requests answered by the handler, the event
/// stream, and requests it refuses.
@Suite struct PreviewServerTests {
    /// Connects to 127.0.0.1:`port`, sends `request`, and reads until the server closes or
    /// `until` appears in what arrived.
    static func exchange(_ request: String, port: UInt16, until: String? = nil) throws -> String {
        #if canImport(Glibc)
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        try #require(fd >= 0)
        defer { close(fd) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        try #require(connected == 0)
        let bytes = Array(request.utf8)
        _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            received += buffer[0..<n]
            if let until, String(decoding: received, as: UTF8.self).contains(until) { break }
        }
        return String(decoding: received, as: UTF8.self)
    }

    static func server() throws -> PreviewServer {
        let server = try PreviewServer(port: 0, onFailure: { Issue.record("server stopped: \($0)") }) { method, path in
            PreviewServer.Response(
                status: path == "/missing" ? 404 : 200, headers: [("Content-Type", "text/plain")],
                body: Data("\(method) \(path)".utf8))
        }
        server.start()
        return server
    }

    @Test("GET and HEAD reach the handler with the path decoded; HEAD gets no body")
    func requests() throws {
        let server = try Self.server()
        #expect(server.port != 0)
        let get = try Self.exchange("GET /a%20b.html?x=1 HTTP/1.1\r\nHost: x\r\n\r\n", port: server.port)
        #expect(get.hasPrefix("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 13\r\n"))
        #expect(get.hasSuffix("\r\n\r\nGET /a b.html"))
        let head = try Self.exchange("HEAD /x HTTP/1.1\r\n\r\n", port: server.port)
        #expect(head.hasPrefix("HTTP/1.1 200 OK\r\n") && head.hasSuffix("Connection: close\r\n\r\n"))
        let missing = try Self.exchange("GET /missing HTTP/1.1\r\n\r\n", port: server.port)
        #expect(missing.hasPrefix("HTTP/1.1 404 Not Found\r\n"))
        let bad = try Self.exchange("NONSENSE\r\n\r\n", port: server.port)
        #expect(bad.hasPrefix("HTTP/1.1 400 Bad Request\r\n") && bad.hasSuffix("bad request\n"))
    }

    @Test("the event stream opens at once and carries broadcasts")
    func events() throws {
        let server = try Self.server()
        let opened = Thread {
            // The stream is registered some time after it connects: announce until it hears.
            for _ in 0..<40 {
                Thread.sleep(forTimeInterval: 0.1)
                server.broadcast("reload")
            }
        }
        opened.start()
        let stream = try Self.exchange(
            "GET /_folio/events HTTP/1.1\r\n\r\n", port: server.port, until: "data: reload\n\n")
        #expect(stream.hasPrefix("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"))
        #expect(stream.contains(": connected\n\n"))
        #expect(stream.hasSuffix("data: reload\n\n"))
    }

    @Test("a port in use is an I/O error that names it")
    func portInUse() throws {
        let server = try Self.server()
        #expect(throws: ToolError.self) {
            _ = try PreviewServer(port: server.port, onFailure: { _ in }) { _, _ in PreviewServer.Response(status: 200)
            }
        }
    }
}
