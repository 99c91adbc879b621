import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `folio preview` against the real binary: HTTP over a socket on 127.0.0.1, bounded waits.
@Suite("folio preview")
struct PreviewTests {
    @Test("serves the site, streams a reload event after a save, and shows the new page and its error")
    func previewServesAndReloads() throws {
        let root = try FolioProcess.workspace(with: ["passing.md"])
        let server = try PreviewProcess(in: root)
        defer { server.stop() }
        let port = try server.waitForPort(timeout: 120)

        let index = try HTTPTestClient.get("/", port: port)
        #expect(index.status == 200)
        #expect(index.body.contains("passing.html"))
        #expect(index.body.contains("Passing note"))
        #expect(index.body.contains("/_folio/events"), "the live-reload script is injected")

        let page = try HTTPTestClient.get("/passing.html", port: port)
        #expect(page.status == 200)
        #expect(page.body.contains("total = 5050"))
        #expect(try HTTPTestClient.get("/assets/folio.css", port: port).status == 200)
        #expect(try HTTPTestClient.get("/nothing-here.html", port: port).status == 404)
        #expect(try HTTPTestClient.get("/../notes/passing.md", port: port).status == 404)

        let events = try HTTPTestClient.EventStream(path: "/_folio/events", port: port)
        defer { events.close() }
        #expect(try events.waitFor(": connected", timeout: 10))

        // Save an edit: new printed text and a failing check.
        let note = root.appendingPathComponent("notes/passing.md")
        let text = try String(contentsOf: note, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "print(\"total = ", with: "print(\"edited total = ")
            .replacingOccurrences(of: "#expect(total == 100 * 101 / 2)", with: "#expect(total == 7)")
        try Data(edited.utf8).write(to: note)

        #expect(try events.waitFor("data: reload", timeout: 60), "no reload event after the save")
        let after = try HTTPTestClient.get("/passing.html", port: port)
        #expect(after.status == 200)
        #expect(after.body.contains("edited total = 5050"))
        #expect(after.body.contains("total == 7"), "the failure is shown in the page")
        #expect(server.isRunning)
        server.stop()
        #expect(!server.isRunning)
        #expect(
            server.process.terminationReason == .uncaughtSignal && server.process.terminationStatus == SIGTERM,
            "stopped by SIGTERM, not SIGKILL or a crash")
    }
}

/// A running `folio preview --port 0`, whose chosen port is read from its stderr.
final class PreviewProcess {
    let process = Process()
    let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("folio-preview-\(UUID().uuidString)")

    init(in root: URL) throws {
        process.executableURL = FolioProcess.executable
        process.arguments = ["preview", "--port", "0"]
        process.currentDirectoryURL = root
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
    }

    var isRunning: Bool { process.isRunning }

    /// Waits for `serving http://127.0.0.1:PORT/` on stderr.
    func waitForPort(timeout: TimeInterval) throws -> UInt16 {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let text = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
            if let range = text.range(of: #"http://127\.0\.0\.1:\d+/"#, options: .regularExpression) {
                let port = text[range].dropFirst("http://127.0.0.1:".count).dropLast()
                if let value = UInt16(port) { return value }
            }
            guard process.isRunning else { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        let text = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        throw HTTPTestClient.Failure("preview did not start: \(text)")
    }

    /// SIGTERM, then SIGKILL if it is still running after five seconds.
    func stop() {
        if process.isRunning {
            process.terminate()
            let deadline = Date().addingTimeInterval(5)
            while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: errURL)
    }
}

/// A minimal HTTP/1.1 client over a POSIX socket to 127.0.0.1 (no proxies, no other hosts).
enum HTTPTestClient {
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    static func connect(port: UInt16, receiveTimeout: Int = 1) throws -> Int32 {
        #if canImport(Glibc)
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw Failure("socket() failed") }
        var timeout = timeval(tv_sec: receiveTimeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(fd)
            throw Failure("cannot connect to 127.0.0.1:\(port)")
        }
        return fd
    }

    static func send(_ text: String, to fd: Int32) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { throw Failure("send failed") }
            sent += n
        }
    }

    /// Reads what is available (waiting at most the socket's receive timeout); nil at EOF.
    static func receive(_ fd: Int32) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if n == 0 { return nil }
        if n < 0 { return [] }
        return Array(buffer[0..<n])
    }

    /// `GET path`: the status and the body (by Content-Length).
    static func get(_ path: String, port: UInt16, timeout: TimeInterval = 20) throws -> (status: Int, body: String) {
        let fd = try connect(port: port)
        defer { close(fd) }
        try send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n", to: fd)
        var data: [UInt8] = []
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            guard let chunk = receive(fd) else { break }
            data += chunk
            if let (status, headers, body) = parse(data), let length = contentLength(headers), body.count >= length {
                return (status, String(decoding: body.prefix(length), as: UTF8.self))
            }
        }
        guard let (status, _, body) = parse(data) else { throw Failure("no HTTP response for \(path)") }
        return (status, String(decoding: body, as: UTF8.self))
    }

    static func parse(_ data: [UInt8]) -> (Int, String, [UInt8])? {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard data.count >= 4 else { return nil }
        for i in 0...(data.count - 4) where Array(data[i..<i + 4]) == separator {
            let head = String(decoding: data[0..<i], as: UTF8.self)
            let statusLine = head.split(separator: "\r\n").first ?? ""
            let parts = statusLine.split(separator: " ")
            guard parts.count >= 2, let status = Int(parts[1]) else { return nil }
            return (status, head, Array(data[(i + 4)...]))
        }
        return nil
    }

    static func contentLength(_ headers: String) -> Int? {
        for line in headers.split(separator: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1)
            if pair.count == 2, pair[0].lowercased() == "content-length" {
                return Int(pair[1].trimmingCharacters(in: .whitespaces))
            }
        }
        return nil
    }

    /// An open `text/event-stream` response, read as raw text.
    final class EventStream {
        let fd: Int32
        var received = ""

        init(path: String, port: UInt16) throws {
            fd = try HTTPTestClient.connect(port: port)
            try HTTPTestClient.send(
                "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n", to: fd)
        }

        /// Whether `text` arrives (after what was already seen) within `timeout` seconds.
        func waitFor(_ text: String, timeout: TimeInterval) throws -> Bool {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                if let range = received.range(of: text) {
                    received = String(received[range.upperBound...])
                    return true
                }
                guard let chunk = HTTPTestClient.receive(fd) else { return false }
                received += String(decoding: chunk, as: UTF8.self)
            }
            return received.contains(text)
        }

        func close() { Glibc.close(fd) }
    }
}
