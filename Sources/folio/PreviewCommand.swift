import ArgumentParser
import FlyingFox
import FlyingSocks
import FolioRender
import Foundation

extension Folio {
    /// `folio preview`: renders the notes, serves `output/` on 127.0.0.1, re-renders when a file
    /// under the notes folder changes and tells open pages to reload (server-sent events on
    /// `/_folio/events`; every served HTML page gets a tiny script that listens to them).
    struct Preview: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the site on 127.0.0.1, re-render notes when they are saved, reload the browser.")

        @Option(name: .shortAndLong, help: "The port to listen on (0: any free port).")
        var port: UInt16 = 8000

        @Option(name: .shortAndLong, help: "The folder to write and serve the site from.")
        var output: String = "output"

        @Option(help: "The folder of notes to watch and render.")
        var notes: String = "notes"

        @OptionGroup var progress: ProgressOptions

        func run() throws {
            // A parent may have blocked these (the mask is inherited); Ctrl-C and `kill` must stop
            // the server.
            var stopSignals = sigset_t()
            sigemptyset(&stopSignals)
            sigaddset(&stopSignals, SIGINT)
            sigaddset(&stopSignals, SIGTERM)
            pthread_sigmask(SIG_UNBLOCK, &stopSignals, nil)
            signal(SIGINT, SIG_DFL)
            signal(SIGTERM, SIG_DFL)

            let reporter = Reporter(options: progress)
            let render: @Sendable () -> Void = { [notes, output, progress] in
                do {
                    let files = try NoteSelection.files(in: [notes])
                    _ = try renderSite(files: files, output: output, jobs: progress.jobs, force: false, reporter: reporter)
                } catch {
                    // A broken note renders its error in place; only I/O problems land here.
                    printError("folio: error: \(error)")
                }
            }
            render()

            let hub = ReloadHub()
            let root = URL(fileURLWithPath: output).standardizedFileURL
            let server: HTTPServer
            do {
                server = HTTPServer(
                    address: try sockaddr_in.inet(ip4: "127.0.0.1", port: port), timeout: 3600,
                    logger: .disabled)
            } catch {
                throw failWithToolError(ToolError("cannot listen on 127.0.0.1:\(port): \(error)"))
            }
            let listening: Socket.Address?
            do {
                listening = try blocking {
                    await server.appendRoute("GET /_folio/events") { _ in await hub.eventResponse() }
                    await server.appendRoute("*") { request in StaticFiles.response(for: request, root: root) }
                    Task.detached {
                        do {
                            try await server.run()
                        } catch {
                            printError("folio: error: the preview server stopped: \(error)")
                            Foundation.exit(2)
                        }
                    }
                    try await server.waitUntilListening(timeout: 10)
                    return await server.listeningAddress
                }
            } catch {
                throw failWithToolError(ToolError("cannot listen on 127.0.0.1:\(port): \(error)"))
            }
            guard case .ip4(_, let actualPort) = listening else {
                throw failWithToolError(ToolError("cannot listen on 127.0.0.1:\(port)"))
            }
            printError("folio: serving http://127.0.0.1:\(actualPort)/ — watching \(notes)/ (Ctrl-C to stop)")

            var snapshot = FolderSnapshot(folder: notes)
            while true {
                Thread.sleep(forTimeInterval: 0.3)
                let now = FolderSnapshot(folder: notes)
                guard now != snapshot else { continue }
                snapshot = now
                render()
                let semaphore = DispatchSemaphore(value: 0)
                Task.detached {
                    await hub.broadcast("reload")
                    semaphore.signal()
                }
                semaphore.wait()
            }
        }
    }
}

extension NoteSelection {
    /// The notes under `paths` (files as given, folders searched).
    static func files(in paths: [String]) throws -> [String] {
        var selection = NoteSelection()
        selection.paths = paths
        return try selection.noteFiles()
    }
}

/// Runs `operation` to completion from synchronous code.
func blocking<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) throws -> T {
    let box = ResultBox<T>()
    let semaphore = DispatchSemaphore(value: 0)
    Task.detached {
        do {
            box.result = .success(try await operation())
        } catch {
            box.result = .failure(error)
        }
        semaphore.signal()
    }
    semaphore.wait()
    return try box.result!.get()
}

private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}

/// The modification time and size of every file under a folder: polled to notice saves.
struct FolderSnapshot: Equatable {
    var files: [String: [Double]] = [:]

    init(folder: String) {
        let manager = FileManager.default
        guard let entries = manager.enumerator(atPath: folder) else { return }
        for case let entry as String in entries {
            let path = folder + "/" + entry
            guard let attributes = try? manager.attributesOfItem(atPath: path),
                attributes[.type] as? FileAttributeType != .typeDirectory
            else { continue }
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSinceReferenceDate ?? 0
            let size = (attributes[.size] as? NSNumber)?.doubleValue ?? 0
            files[entry] = [modified, size]
        }
    }
}

/// The open event streams; `broadcast` sends an event to each.
actor ReloadHub {
    private var streams: [Int: AsyncStream<String>.Continuation] = [:]
    private var nextID = 0

    /// A `text/event-stream` response that stays open and carries every broadcast.
    func eventResponse() -> HTTPResponse {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(16))
        let id = nextID
        nextID += 1
        streams[id] = continuation
        // A comment first, so the client sees the stream open at once; then a heartbeat now and
        // then, so a closed connection is noticed and its stream dropped.
        continuation.yield(": connected\n\n")
        let heartbeat = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15))
                continuation.yield(": ping\n\n")
            }
        }
        continuation.onTermination = { _ in
            heartbeat.cancel()
            Task { await self.remove(id) }
        }
        var headers = HTTPHeaders()
        headers[.contentType] = "text/event-stream"
        headers[HTTPHeader("Cache-Control")] = "no-store"
        return HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: EventBytes(stream: stream)))
    }

    /// Sends `data` as one event to every open stream.
    func broadcast(_ data: String) {
        for continuation in streams.values {
            continuation.yield("data: \(data)\n\n")
        }
    }

    private func remove(_ id: Int) {
        streams[id] = nil
    }
}

/// An event stream's text as the byte chunks FlyingFox writes (chunked transfer encoding).
struct EventBytes: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let stream: AsyncStream<String>

    func makeAsyncIterator() -> Iterator { Iterator(base: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<String>.Iterator
        var pending: [UInt8] = []

        mutating func next() async throws -> UInt8? {
            guard let buffer = try await nextBuffer(suggested: 1) else { return nil }
            return buffer.first
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            if pending.isEmpty {
                guard let text = await base.next() else { return nil }
                pending = Array(text.utf8)
            }
            let chunk = Array(pending.prefix(Swift.max(1, count)))
            pending.removeFirst(chunk.count)
            return chunk
        }
    }
}

/// Serves files of the output folder; HTML pages get the live-reload script.
enum StaticFiles {
    /// Opens the event stream and reloads the page on each event.
    static let reloadScript =
        "<script>new EventSource(\"/_folio/events\").onmessage = function () { location.reload(); };</script>\n"

    static func response(for request: HTTPRequest, root: URL) -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed)
        }
        var components = request.path.split(separator: "/").map(String.init)
        guard !components.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) else {
            return HTTPResponse(statusCode: .notFound)
        }
        var url = root
        for component in components { url.appendPathComponent(component) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            url.appendPathComponent("index.html")
            components.append("index.html")
        }
        guard var data = try? Data(contentsOf: url) else {
            return HTTPResponse(statusCode: .notFound, body: Data("not found\n".utf8))
        }
        let type = contentType(url.pathExtension)
        if url.pathExtension == "html", let html = String(data: data, encoding: .utf8) {
            data = Data(injectReloadScript(html).utf8)
        }
        var headers = HTTPHeaders()
        headers[.contentType] = type
        headers[HTTPHeader("Cache-Control")] = "no-store"
        return HTTPResponse(statusCode: .ok, headers: headers, body: data)
    }

    /// `html` with ``reloadScript`` before `</body>` (or at the end).
    static func injectReloadScript(_ html: String) -> String {
        if let end = html.range(of: "</body>", options: .backwards) {
            return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: reloadScript)
        }
        return html + reloadScript
    }

    static func contentType(_ pathExtension: String) -> String {
        switch pathExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        case "ttf": return "font/ttf"
        default: return "application/octet-stream"
        }
    }
}
