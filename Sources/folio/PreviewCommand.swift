import ArgumentParser
import FolioRender
import Foundation

extension Folio {
    /// `folio preview`: renders the notes, serves `output/` on 127.0.0.1, re-renders when a file
    /// under the notes folder changes and tells open pages to reload (server-sent events on
    /// `/_folio/events`; every served HTML page gets a tiny script that listens to them).
    struct Preview: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "preview",
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
                    _ = try renderSite(
                        files: files, output: output, jobs: progress.jobCount, force: false, reporter: reporter)
                } catch {
                    // A broken note renders its error in place; only I/O problems land here.
                    printError("folio: error: \(error)")
                }
            }
            render()

            let root = URL(fileURLWithPath: output).standardizedFileURL
            let server: PreviewServer
            do {
                server = try PreviewServer(port: port) { method, path in
                    StaticFiles.response(method: method, path: path, root: root)
                }
            } catch {
                throw failWithToolError(error)
            }
            server.start()
            let actualPort = server.port
            printError("folio: serving http://127.0.0.1:\(actualPort)/ — watching \(notes)/ (Ctrl-C to stop)")

            var snapshot = FolderSnapshot(folder: notes)
            while true {
                Thread.sleep(forTimeInterval: 0.3)
                let now = FolderSnapshot(folder: notes)
                guard now != snapshot else { continue }
                snapshot = now
                render()
                server.broadcast("reload")
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

/// Serves files of the output folder; HTML pages get the live-reload script.
enum StaticFiles {
    /// Opens the event stream and reloads the page on each event.
    static let reloadScript =
        "<script>new EventSource(\"/_folio/events\").onmessage = function () { location.reload(); };</script>\n"

    /// The answer to `method path`: the file under `root` (a folder's `index.html`), 404 for
    /// anything missing or outside `root`, 405 for methods other than GET and HEAD.
    static func response(method: String, path: String, root: URL) -> PreviewServer.Response {
        guard method == "GET" || method == "HEAD" else {
            return PreviewServer.Response(status: 405)
        }
        var components = path.split(separator: "/").map(String.init)
        guard !components.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) else {
            return PreviewServer.Response(status: 404, body: Data("not found\n".utf8))
        }
        var url = root
        for component in components { url.appendPathComponent(component) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            url.appendPathComponent("index.html")
            components.append("index.html")
        }
        guard var data = try? Data(contentsOf: url) else {
            return PreviewServer.Response(status: 404, body: Data("not found\n".utf8))
        }
        if url.pathExtension == "html", let html = String(data: data, encoding: .utf8) {
            data = Data(injectReloadScript(html).utf8)
        }
        return PreviewServer.Response(
            status: 200,
            headers: [("Content-Type", contentType(url.pathExtension)), ("Cache-Control", "no-store")],
            body: data)
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
