import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// An nginx serving a temporary folder over WebDAV (`PUT`, `GET`, `HEAD`) on a free local port:
/// the shared render cache the remote-cache tests render against, as a team would run it.
///
/// Every request must carry `Authorization: Bearer <token>` (else 401), which proves Folio sends
/// the token it was given. Absent nginx, the tests skip with a message, unless
/// `FOLIO_REQUIRE_NGINX=1` (as `.ci/run` sets), where its absence is a failure.
final class Nginx {
    /// Where Debian's nginx-core installs the server.
    static let executable = ["/usr/sbin/nginx", "/usr/bin/nginx"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    static let required = ProcessInfo.processInfo.environment["FOLIO_REQUIRE_NGINX"] == "1"

    /// Whether the nginx tests run: nginx is installed, or it is required (and its absence then
    /// fails the tests instead of skipping them).
    static let canRun = executable != nil || required
    /// Why they were skipped.
    static let skipReason: Comment =
        "nginx is not installed: apt-get install nginx-core (FOLIO_REQUIRE_NGINX=1 makes this a failure)"

    /// The folder the server stores objects in.
    let store: URL
    /// The base URL of the cache.
    let url: String
    /// The token the server requires.
    let token: String
    private let root: URL
    private let process: Process

    /// Starts nginx and waits until it accepts connections.
    init(token: String = "token-\(UUID().uuidString)") throws {
        guard let executable = Self.executable else {
            throw Failure("FOLIO_REQUIRE_NGINX=1 but nginx is not installed (apt-get install nginx-core)")
        }
        root = FileManager.default.temporaryDirectory.appendingPathComponent("folio-nginx-\(UUID().uuidString)")
        store = root.appendingPathComponent("store")
        try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
        self.token = token
        let port = try Self.freePort()
        url = "http://127.0.0.1:\(port)/cache"
        let r = root.path
        let config = """
            daemon off;
            master_process off;
            worker_processes 1;
            pid \(r)/nginx.pid;
            error_log \(r)/error.log;
            events { worker_connections 256; }
            http {
                access_log \(r)/access.log;
                client_body_temp_path \(r)/body;
                proxy_temp_path \(r)/proxy;
                fastcgi_temp_path \(r)/fastcgi;
                uwsgi_temp_path \(r)/uwsgi;
                scgi_temp_path \(r)/scgi;
                client_max_body_size 64m;
                server {
                    listen 127.0.0.1:\(port);
                    root \(store.path);
                    location /cache/ {
                        if ($http_authorization != "Bearer \(token)") { return 401; }
                        dav_methods PUT DELETE;
                        create_full_put_path on;
                        dav_access user:rw group:r all:r;
                    }
                }
            }

            """
        try Data(config.utf8).write(to: root.appendingPathComponent("nginx.conf"))
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-p", r, "-c", r + "/nginx.conf", "-e", r + "/error.log"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(10)
        while !Self.accepts(port: port) {
            guard process.isRunning, Date() < deadline else {
                let log = (try? String(contentsOf: root.appendingPathComponent("error.log"), encoding: .utf8)) ?? ""
                stop()
                throw Failure("nginx did not start: \(log)")
            }
            usleep(20_000)
        }
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: root)
    }

    /// Stops the server at once (the cache then refuses connections). SIGKILL, because nginx
    /// without a master process leaves the signals it inherited blocked, and a test process's
    /// threads block SIGTERM.
    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// The stored objects: file name (the key) → bytes.
    func objects() -> [String: Data] {
        let folder = store.appendingPathComponent("cache/folio")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var objects: [String: Data] = [:]
        for name in names {
            objects[name] = try? Data(contentsOf: folder.appendingPathComponent(name))
        }
        return objects
    }

    /// The file of the object `key`.
    func objectURL(_ key: String) -> URL {
        store.appendingPathComponent("cache/folio").appendingPathComponent(key)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// A port nothing listens on now (the kernel's choice for port 0).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure("socket failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { throw Failure("bind failed") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { throw Failure("getsockname failed") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Whether something accepts TCP connections on `port`.
    static func accepts(port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }
}
