import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A TCP server on a free local port that accepts every connection and never answers: the
/// shared cache hung (a stuck proxy, a frozen store), which only a timeout can get past. It
/// counts the connections, one per HTTP attempt, so a test can tell how many requests were tried.
final class SilentServer: @unchecked Sendable {
    /// What the server does with an accepted connection.
    enum Behaviour: Sendable, CustomStringConvertible {
        /// Holds it open and never reads: a large upload fills the socket buffers and stalls.
        case neverReads
        /// Reads the request as it arrives and never writes a byte back.
        case readsAndNeverReplies

        var description: String { self == .neverReads ? "never reads" : "reads, never replies" }
    }

    /// Why the server could not start.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The port it listens on, on 127.0.0.1.
    let port: Int
    private let behaviour: Behaviour
    private let listener: Int32
    private let lock = NSLock()
    private var accepted: [Int32] = []
    private var stopped = false

    /// Starts listening and accepting.
    init(_ behaviour: Behaviour) throws {
        self.behaviour = behaviour
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && listen(fd, 64) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard bound else {
            close(fd)
            throw Failure(description: "bind or listen failed")
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    deinit { stop() }

    /// The URL of a cache on this server.
    var url: URL? { URL(string: "http://127.0.0.1:\(port)/cache") }

    /// How many connections were accepted so far.
    var connections: Int {
        lock.lock()
        defer { lock.unlock() }
        return accepted.count
    }

    /// The connection count once it reaches `count` (or after `seconds`, whichever is first):
    /// the accepting thread may lag a moment behind the client that connected.
    func connections(reaching count: Int, within seconds: Double = 5) -> Int {
        let deadline = Date().addingTimeInterval(seconds)
        while connections < count, Date() < deadline { usleep(2_000) }
        return connections
    }

    /// Stops accepting and closes every connection.
    func stop() {
        lock.lock()
        let first = !stopped
        stopped = true
        let open = accepted
        lock.unlock()
        guard first else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        for fd in open {
            shutdown(fd, Int32(SHUT_RDWR))
            close(fd)
        }
    }

    private func acceptLoop() {
        while true {
            let fd = accept(listener, nil, nil)
            guard fd >= 0 else {
                if errno == EINTR { continue }
                return  // the listener was shut down
            }
            lock.lock()
            let keep = !stopped
            if keep { accepted.append(fd) }
            lock.unlock()
            guard keep else {
                close(fd)
                return
            }
            if behaviour == .readsAndNeverReplies {
                Thread.detachNewThread { Self.drain(fd) }
            }
        }
    }

    /// Reads until the client gives up (or the server stops); never writes.
    private static func drain(_ fd: Int32) {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 { continue }
            if count < 0, errno == EINTR { continue }
            return
        }
    }
}
