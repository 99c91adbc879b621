import Foundation
import Testing

/// Issue 7 item 6: headless Chromium loads every page of `output/` and fails on a KaTeX error
/// (`.katex-error`, or `\(`/`\[` left un-typeset), a console error, a request outside
/// `output/`, a broken internal link or anchor, or an SVG with zero size; on the phone width
/// it also fails when the page scrolls sideways. It takes screenshots (desktop 1200 px, phone
/// 375 px, light and dark) and a PDF of each page into `FOLIO_SCREENSHOTS` (default: a folder
/// in the temporary directory) for a person to look at. `FOLIO_BROWSER_SITE` points it at
/// another rendered site than the package's `output/`.
///
/// Skipped when no Chromium is installed, unless `FOLIO_REQUIRE_BROWSER=1` (as `.ci/run`
/// sets), where a missing browser is a failure.
@Suite("browser", .serialized)
struct BrowserTests {
    static let requireBrowser = ProcessInfo.processInfo.environment["FOLIO_REQUIRE_BROWSER"] == "1"
    static let canRun = DevTools.chromium != nil || requireBrowser

    static var screenshots: URL {
        let path =
            ProcessInfo.processInfo.environment["FOLIO_SCREENSHOTS"]
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("folio-browser-test").path
        return URL(fileURLWithPath: path)
    }

    static func browser() throws -> DevTools {
        guard let chromium = DevTools.chromium else {
            Issue.record("FOLIO_REQUIRE_BROWSER=1 but no Chromium is installed (apt-get install chromium)")
            throw DevTools.Failure(description: "no chromium")
        }
        return try DevTools(executable: chromium)
    }

    @Test(
        "every page of output/ loads cleanly in Chromium, at desktop and phone width, light and dark",
        .enabled(
            if: canRun,
            "Chromium is not installed: apt-get install chromium (FOLIO_REQUIRE_BROWSER=1 makes this a failure)"))
    func renderedSite() throws {
        let site =
            ProcessInfo.processInfo.environment["FOLIO_BROWSER_SITE"].map { URL(fileURLWithPath: $0) }
            ?? FolioProcess.packageRoot.appendingPathComponent("output")
        let browser = try Self.browser()
        defer { browser.quit() }
        let checker = SiteChecker(browser: browser, site: site)
        let pages = try checker.pages()
        #expect(pages.contains("index.html"))
        #expect(pages.count >= 2, "the showcase has at least one note")
        try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)
        for page in pages {
            for view in SiteChecker.View.all {
                let shot = Self.screenshots.appendingPathComponent(
                    "\(page.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: ".html", with: ""))-\(view.name).png"
                )
                try checker.load(page, view: view, screenshot: shot, pdf: view.name == "desktop-light")
            }
        }
        let problems = checker.problems()
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        print(
            "browser test: \(pages.count) pages × \(SiteChecker.View.all.count) views checked; screenshots in \(Self.screenshots.path)"
        )
    }

    @Test(
        "the checker catches each kind of problem on a page made to have them",
        .enabled(
            if: canRun,
            "Chromium is not installed: apt-get install chromium (FOLIO_REQUIRE_BROWSER=1 makes this a failure)"))
    func checkerCatchesProblems() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("folio-bad-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.createSymbolicLink(
            at: site.appendingPathComponent("assets"),
            withDestinationURL: FolioProcess.packageRoot.appendingPathComponent("output/assets"))
        func page(_ body: String) -> String {
            """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            \(PageAssets.head)</head><body><main>
            \(body)
            </main>\(PageAssets.script)</body></html>

            """
        }
        try Data(
            page(
                ##"<h1 id="top">Good</h1><p>\(x^2\) and <a href="#top">up</a>, <a href="bad.html#here">bad</a>.</p><svg width="10" height="10"><rect width="5" height="5"/></svg>"##
            ).utf8
        )
        .write(to: site.appendingPathComponent("index.html"))
        try Data(
            page(
                ##"""
                <p id="here">\(\frac{1}\)</p>
                <p>\(x + y</p>
                <script>console.error("boom");</script>
                <img src="file:///etc/hostname" alt="">
                <a href="#nowhere">a</a> <a href="missing.html">b</a> <a href="index.html#nope">c</a>
                <svg width="0" height="0"></svg>
                <pre style="width: 2000px">wide</pre>
                """##
            ).utf8
        ).write(to: site.appendingPathComponent("bad.html"))

        let browser = try Self.browser()
        defer { browser.quit() }
        let checker = SiteChecker(browser: browser, site: site)
        #expect(try checker.pages() == ["bad.html", "index.html"])
        try checker.load("index.html", view: .desktopLight)
        try checker.load("bad.html", view: .desktopLight)
        try checker.load("bad.html", view: .phoneLight)
        let problems = checker.problems()
        let text = problems.joined(separator: "\n")
        #expect(!problems.contains { $0.hasPrefix("index.html") }, "the good page passes: \(text)")
        #expect(problems.contains { $0.hasPrefix("bad.html") && $0.contains("KaTeX error") }, "\(text)")
        #expect(problems.contains { $0.contains("un-typeset math") && $0.contains(#"\(x + y"#) }, "\(text)")
        #expect(problems.contains { $0.contains("console error") && $0.contains("boom") }, "\(text)")
        #expect(
            problems.contains { $0.contains("request outside the site") && $0.contains("/etc/hostname") }, "\(text)")
        #expect(problems.contains { $0.contains("broken anchor") && $0.contains("#nowhere") }, "\(text)")
        #expect(problems.contains { $0.contains("broken link") && $0.contains("missing.html") }, "\(text)")
        #expect(problems.contains { $0.contains("broken anchor") && $0.contains("index.html#nope") }, "\(text)")
        #expect(problems.contains { $0.contains("zero-size SVG") }, "\(text)")
        #expect(problems.contains { $0.contains("[phone-light]") && $0.contains("scrolls sideways") }, "\(text)")
    }
}

/// The `<head>` assets and KaTeX call of Folio's pages, for hand-made test pages.
enum PageAssets {
    static let head = """
        <link rel="stylesheet" href="assets/katex/katex.min.css">
        <link rel="stylesheet" href="assets/folio.css">
        <script defer src="assets/katex/katex.min.js"></script>
        <script defer src="assets/katex/contrib/auto-render.min.js"></script>
        """
    static let script = """
        <script>
        document.addEventListener("DOMContentLoaded", function () {
          renderMathInElement(document.body, {
            delimiters: [{ left: "\\\\[", right: "\\\\]", display: true }, { left: "\\\\(", right: "\\\\)", display: false }],
            throwOnError: false });
        });
        </script>
        """
}

/// Loads pages of a site folder in Chromium and collects what is wrong with them.
final class SiteChecker {
    /// A window size and colour scheme.
    struct View {
        var name: String
        var width: Int
        var dark: Bool

        static let desktopLight = View(name: "desktop-light", width: 1200, dark: false)
        static let desktopDark = View(name: "desktop-dark", width: 1200, dark: true)
        static let phoneLight = View(name: "phone-light", width: 375, dark: false)
        static let phoneDark = View(name: "phone-dark", width: 375, dark: true)
        static let all = [desktopLight, desktopDark, phoneLight, phoneDark]
    }

    let browser: DevTools
    /// The site folder, symlinks resolved, and its `file://` URL prefix (with a trailing slash).
    let site: URL
    let prefix: String
    private var found: [String] = []
    /// Page → its element ids; page → the internal links seen on it (href, absolute URL).
    private var ids: [String: Set<String>] = [:]
    private var links: [String: [(href: String, url: String)]] = [:]

    init(browser: DevTools, site: URL) {
        self.browser = browser
        self.site = site.resolvingSymlinksInPath()
        prefix = self.site.absoluteString.hasSuffix("/") ? self.site.absoluteString : self.site.absoluteString + "/"
    }

    /// Every `.html` file of the site (outside `assets/`), as relative paths, sorted.
    func pages() throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: site.path) else { return [] }
        var out: [String] = []
        for case let path as String in walker where path.hasSuffix(".html") && !path.hasPrefix("assets/") {
            out.append(path)
        }
        return out.sorted()
    }

    /// Every problem found so far, including links and anchors checked across pages.
    func problems() -> [String] {
        var out = found
        for (page, pageLinks) in links.sorted(by: { $0.key < $1.key }) {
            var seen: Set<String> = []
            for link in pageLinks where seen.insert(link.href).inserted {
                if let problem = linkProblem(link, on: page) { out.append("\(page): \(problem)") }
            }
        }
        return out
    }

    private func linkProblem(_ link: (href: String, url: String), on page: String) -> String? {
        let lower = link.url.lowercased()
        if lower.hasPrefix("javascript:") { return "javascript: link \(link.href)" }
        guard lower.hasPrefix("file:") else { return nil }  // http(s), mailto: not ours to check
        guard link.url.hasPrefix(prefix) else { return "link outside the site: \(link.href)" }
        var rest = String(link.url.dropFirst(prefix.count))
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...]).removingPercentEncoding
            rest = String(rest[..<hash])
        }
        let target = (rest.removingPercentEncoding ?? rest)
        let targetPage = target.isEmpty ? page : target
        guard FileManager.default.fileExists(atPath: site.appendingPathComponent(targetPage).path) else {
            return "broken link \(link.href)"
        }
        if let fragment, !fragment.isEmpty {
            guard let targetIDs = ids[targetPage] else {
                return targetPage.hasSuffix(".html") ? "link to a page not checked: \(link.href)" : nil
            }
            if !targetIDs.contains(fragment) { return "broken anchor \(link.href)" }
        }
        return nil
    }

    /// The checks run in the page once it has loaded and its fonts are ready.
    static let domChecks = #"""
        (() => {
          document.querySelectorAll("details").forEach(d => { d.open = true; });
          const out = { katexErrors: [], delimiters: [], ids: [], duplicateIDs: [], links: [], zeroSVGs: [], overflow: [] };
          document.querySelectorAll(".katex-error").forEach(e =>
            out.katexErrors.push((e.getAttribute("title") || "") + " in " + e.textContent.slice(0, 80)));
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, { acceptNode(node) {
            return node.parentElement.closest("pre, code, script, style, textarea, .katex")
              ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
          } });
          while (walker.nextNode()) {
            const text = walker.currentNode.nodeValue;
            if (text.includes("\\(") || text.includes("\\[")) { out.delimiters.push(text.trim().slice(0, 80)); }
          }
          const seen = new Set();
          document.querySelectorAll("[id]").forEach(e => {
            if (seen.has(e.id)) { out.duplicateIDs.push(e.id); }
            seen.add(e.id); out.ids.push(e.id);
          });
          document.querySelectorAll("a[href]").forEach(a => out.links.push({ href: a.getAttribute("href"), url: a.href }));
          const describe = e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") +
            (typeof e.className === "string" && e.className ? "." + e.className.trim().split(/\s+/).join(".") : "");
          document.querySelectorAll("svg").forEach(svg => {
            if (svg.closest(".katex")) { return; }
            const r = svg.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) { out.zeroSVGs.push(describe(svg) + " in " + describe(svg.parentElement)); }
          });
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth > width) {
            // The outermost elements that stick out of the window, not inside a scrolling box.
            const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) {
              const o = getComputedStyle(p).overflowX; if (o === "auto" || o === "scroll" || o === "hidden") { return true; } }
              return false; };
            for (const e of document.body.querySelectorAll("*")) {
              const r = e.getBoundingClientRect();
              if (r.right > width + 1 && !scrolls(e) && !(e.parentElement && e.parentElement.getBoundingClientRect().right > width + 1)) {
                out.overflow.push(describe(e) + " (" + Math.round(r.right) + " px)");
              }
              if (out.overflow.length >= 5) { break; }
            }
            if (out.overflow.length === 0) { out.overflow.push("page " + document.documentElement.scrollWidth + " px"); }
          }
          return out;
        })()
        """#

    /// Loads `page` in `view`, records its problems, and saves a screenshot (and a PDF).
    func load(_ page: String, view: View, screenshot: URL? = nil, pdf: Bool = false) throws {
        let url = site.appendingPathComponent(page).absoluteString
        let target = try browser.send("Target.createTarget", ["url": "about:blank"])["targetId"] as? String ?? ""
        let session =
            try browser.send("Target.attachToTarget", ["targetId": target, "flatten": true])["sessionId"] as? String
            ?? ""
        defer { _ = try? browser.send("Target.closeTarget", ["targetId": target]) }
        for domain in ["Page", "Runtime", "Network", "Log"] {
            try browser.send("\(domain).enable", session: session)
        }
        try browser.send(
            "Emulation.setDeviceMetricsOverride",
            ["width": view.width, "height": 900, "deviceScaleFactor": 1, "mobile": view.width < 600], session: session)
        try browser.send(
            "Emulation.setEmulatedMedia",
            ["media": "", "features": [["name": "prefers-color-scheme", "value": view.dark ? "dark" : "light"]]],
            session: session)
        _ = browser.takeEvents(session: session)
        try browser.send("Page.navigate", ["url": url], session: session)
        _ = try browser.waitForEvent { $0.sessionId == session && $0.method == "Page.loadEventFired" }
        _ = try browser.evaluate("document.fonts.ready.then(() => true)", session: session)
        guard let checks = try browser.evaluate(Self.domChecks, session: session) as? [String: Any] else {
            throw DevTools.Failure(description: "\(page): the DOM checks returned nothing")
        }
        if let screenshot {
            let metrics = try browser.send("Page.getLayoutMetrics", session: session)
            let size = metrics["cssContentSize"] as? [String: Any] ?? [:]
            let height = min((size["height"] as? Double) ?? 900, 16000)
            let shot = try browser.send(
                "Page.captureScreenshot",
                [
                    "format": "png", "captureBeyondViewport": true,
                    "clip": ["x": 0, "y": 0, "width": Double(view.width), "height": height, "scale": 1],
                ], session: session)
            if let base64 = shot["data"] as? String, let data = Data(base64Encoded: base64) {
                try data.write(to: screenshot)
            }
            if pdf {
                let printed = try browser.send(
                    "Page.printToPDF", ["printBackground": true], session: session, timeout: 60)
                if let base64 = printed["data"] as? String, let data = Data(base64Encoded: base64) {
                    try data.write(to: screenshot.deletingPathExtension().appendingPathExtension("pdf"))
                }
            }
        }
        let events = browser.takeEvents(session: session)
        record(page: page, view: view, checks: checks, events: events)
    }

    private func record(page: String, view: View, checks: [String: Any], events: [DevTools.Event]) {
        func problem(_ text: String) { found.append("\(page) [\(view.name)]: \(text)") }
        for text in checks["katexErrors"] as? [String] ?? [] { problem("KaTeX error: \(text)") }
        for text in checks["delimiters"] as? [String] ?? [] { problem("un-typeset math: \(text)") }
        for id in checks["duplicateIDs"] as? [String] ?? [] { problem("duplicate id \(id)") }
        for text in checks["zeroSVGs"] as? [String] ?? [] { problem("zero-size SVG: \(text)") }
        if view.width < 600 {
            for text in checks["overflow"] as? [String] ?? [] {
                problem("scrolls sideways at \(view.width) px: \(text)")
            }
        }
        ids[page, default: []].formUnion(checks["ids"] as? [String] ?? [])
        for link in checks["links"] as? [[String: Any]] ?? [] {
            if let href = link["href"] as? String, let url = link["url"] as? String {
                links[page, default: []].append((href, url))
            }
        }
        var requests: [String: String] = [:]
        for event in events {
            let params = event.params
            switch event.method {
            case "Runtime.consoleAPICalled":
                guard let type = params["type"] as? String, type == "error" || type == "assert" else { continue }
                let args = (params["args"] as? [[String: Any]] ?? []).map {
                    "\($0["value"] ?? $0["description"] ?? "")"
                }
                problem("console error: \(args.joined(separator: " "))")
            case "Runtime.exceptionThrown":
                let details = params["exceptionDetails"] as? [String: Any] ?? [:]
                let exception = (details["exception"] as? [String: Any])?["description"] ?? details["text"] ?? ""
                problem("uncaught exception: \(exception)")
            case "Log.entryAdded":
                let entry = params["entry"] as? [String: Any] ?? [:]
                if entry["level"] as? String == "error" {
                    problem("console error: \(entry["text"] ?? "") \(entry["url"] ?? "")")
                }
            case "Network.requestWillBeSent":
                let request = params["request"] as? [String: Any] ?? [:]
                let url = request["url"] as? String ?? ""
                if let id = params["requestId"] as? String { requests[id] = url }
                if !url.hasPrefix(prefix) && !url.hasPrefix("data:") { problem("request outside the site: \(url)") }
            case "Network.loadingFailed":
                let id = params["requestId"] as? String ?? ""
                problem("request failed: \(requests[id] ?? id) (\(params["errorText"] ?? ""))")
            default:
                continue
            }
        }
    }
}

/// Issue 27: the prose extensions in a real browser — a pipe table with a caption, a footnote
/// round trip (reference → note → back), a callout in light and dark mode, and a citation.
extension BrowserTests {
    static let extensionsNote = """
        ---
        title: Prose extensions
        bibliography: refs.bib
        ---

        Stochastic approximation starts with Robbins and Monro [@rm51].[^origin]

        | method | step $a_k$ | converges |
        |:--|:-:|--:|
        | harmonic | $1/k$ | yes |
        | constant | $0.1$ | no |

        : Two step schedules. {#tbl-steps}

        @tbl-steps compares the schedules.

        > [!WARNING]
        > A constant step never averages the noise away.

        \(String(repeating: "Filler paragraph so the page scrolls.\n\n", count: 40))
        [^origin]: Their 1951 paper; the name *stochastic approximation* is theirs.

        """

    @Test(
        "a table, a footnote round trip, a callout and a citation work in Chromium",
        .enabled(
            if: canRun,
            "Chromium is not installed: apt-get install chromium (FOLIO_REQUIRE_BROWSER=1 makes this a failure)"))
    func proseExtensions() throws {
        let workspace = try FolioProcess.workspace(with: [])
        defer { try? FileManager.default.removeItem(at: workspace) }
        let notes = workspace.appendingPathComponent("notes")
        try Self.extensionsNote.write(
            to: notes.appendingPathComponent("extensions.md"), atomically: true, encoding: .utf8)
        try
            "@article{rm51, author = {Robbins, Herbert and Monro, Sutton}, title = {A Stochastic Approximation Method}, year = 1951, doi = {10.1214/aoms/1177729586}}\n"
            .write(to: notes.appendingPathComponent("refs.bib"), atomically: true, encoding: .utf8)
        let site = workspace.appendingPathComponent("output")
        let rendered = try FolioProcess.run(["render", "notes", "--output", site.path], in: workspace)
        #expect(rendered.status == 0, "\(rendered.stderr)")

        let browser = try Self.browser()
        defer { browser.quit() }
        // The site checker: no broken anchor (footnotes, references), math typeset, no errors.
        let checker = SiteChecker(browser: browser, site: site)
        for view in SiteChecker.View.all { try checker.load("extensions.html", view: view) }
        let problems = checker.problems()
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")

        let target = try browser.send("Target.createTarget", ["url": "about:blank"])["targetId"] as? String ?? ""
        let session =
            try browser.send("Target.attachToTarget", ["targetId": target, "flatten": true])["sessionId"] as? String
            ?? ""
        defer { _ = try? browser.send("Target.closeTarget", ["targetId": target]) }
        try browser.send("Page.enable", session: session)
        try browser.send(
            "Emulation.setDeviceMetricsOverride",
            ["width": 1200, "height": 700, "deviceScaleFactor": 1, "mobile": false], session: session)
        func scheme(_ dark: Bool) throws {
            try browser.send(
                "Emulation.setEmulatedMedia",
                ["media": "", "features": [["name": "prefers-color-scheme", "value": dark ? "dark" : "light"]]],
                session: session)
        }
        try scheme(false)
        try browser.send(
            "Page.navigate", ["url": site.appendingPathComponent("extensions.html").absoluteString], session: session)
        _ = try browser.waitForEvent { $0.sessionId == session && $0.method == "Page.loadEventFired" }
        let probe = #"""
            (async () => {
              const inView = (el) => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; };
              const settle = () => new Promise((done) => setTimeout(done, 100));
              const table = document.querySelector("figure.table#tbl-steps table");
              const out = {
                headers: table ? [...table.querySelectorAll("th")].map((th) => th.textContent) : [],
                alignments: table ? [...table.querySelectorAll("tbody tr:first-child td")].map((td) => getComputedStyle(td).textAlign) : [],
                caption: document.querySelector("figure.table#tbl-steps figcaption")?.textContent,
                xref: document.querySelector("a.xref[href='#tbl-steps']")?.textContent,
                citation: document.querySelector("a.citation")?.getAttribute("href"),
                reference: document.querySelector("#ref-rm51")?.textContent,
                callout: document.querySelector(".markdown-alert-warning .markdown-alert-title")?.textContent,
                calloutColor: getComputedStyle(document.querySelector(".markdown-alert-warning")).borderLeftColor,
              };
              const ref = document.querySelector("sup.footnote-ref a");
              const note0 = document.querySelector(ref.getAttribute("href"));
              out.noteInitiallyVisible = note0 ? inView(note0) : true;
              ref.click();
              await settle();
              const note = document.querySelector(location.hash);
              out.atNote = location.hash;
              out.noteVisible = note ? inView(note) : false;
              out.noteText = note ? note.textContent.trim() : "";
              note.querySelector("a.footnote-backref").click();
              await settle();
              out.backAt = location.hash;
              out.referenceVisible = inView(ref);
              return out;
            })()
            """#
        let light = try #require(try browser.evaluate(probe, session: session) as? [String: Any])
        let headers = light["headers"] as? [String] ?? []
        #expect(headers.count == 3 && headers.first == "method" && headers.last == "converges", "\(headers)")
        #expect(light["alignments"] as? [String] == ["left", "center", "right"])
        #expect(light["caption"] as? String == "Table 1: Two step schedules.")
        #expect(light["xref"] as? String == "Table 1")
        #expect(light["citation"] as? String == "#ref-rm51")
        #expect((light["reference"] as? String)?.contains("A Stochastic Approximation Method") == true)
        #expect(light["callout"] as? String == "Warning")
        #expect(light["atNote"] as? String == "#fn-1")
        #expect(light["noteInitiallyVisible"] as? Bool == false, "the footnote starts out of view, so the jump is real")
        #expect(light["noteVisible"] as? Bool == true)
        #expect((light["noteText"] as? String)?.hasPrefix("Their 1951 paper") == true)
        #expect(light["backAt"] as? String == "#fnref-1")
        #expect(light["referenceVisible"] as? Bool == true)

        try scheme(true)
        let darkColor =
            try browser.evaluate(
                "getComputedStyle(document.querySelector('.markdown-alert-warning')).borderLeftColor", session: session)
            as? String
        #expect(
            darkColor != nil && darkColor != light["calloutColor"] as? String,
            "the callout has its own dark-mode colour")
    }
}
