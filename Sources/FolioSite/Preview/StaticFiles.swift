import Foundation

/// Serves files of the output folder; HTML pages get the live-reload script.
public enum StaticFiles {
    /// Opens the event stream and reloads the page on each event.
    public static let reloadScript =
        "<script>new EventSource(\"/_folio/events\").onmessage = function () { location.reload(); };</script>\n"

    /// The answer to `method path`: the file under `root` (a folder's `index.html`), 404 for
    /// anything missing or outside `root`, 405 for methods other than GET and HEAD.
    public static func response(method: String, path: String, root: URL) -> PreviewServer.Response {
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
    public static func injectReloadScript(_ html: String) -> String {
        if let end = html.range(of: "</body>", options: .backwards) {
            return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: reloadScript)
        }
        return html + reloadScript
    }

    /// The `Content-Type` of a file with `pathExtension`.
    public static func contentType(_ pathExtension: String) -> String {
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
