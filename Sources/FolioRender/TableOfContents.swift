import FolioHTML

/// The table of contents of a page, taken from the headings of the rendered prose.
///
/// FolioMarkdown's `Note` does not list headings, so the page layer reads them from the HTML it
/// renders: every `<h1>`…`<h3>` of the prose becomes an entry. A heading without an `id`
/// receives a stable one derived from its text (`sec-…`, made unique with `-2`, `-3`, …).
enum TableOfContents {
    /// One heading.
    struct Entry: Equatable {
        /// 1, 2 or 3.
        var level: Int
        /// The anchor.
        var id: String
        /// The heading's inner HTML with tags removed (still escaped HTML).
        var html: String
    }

    /// The prose with an `id` on every heading, and the headings in order.
    static func anchor(_ html: String) -> (html: String, entries: [Entry]) {
        var out = ""
        var entries: [Entry] = []
        var used: Set<String> = []
        var rest = Substring(html)
        while let open = rest.range(of: "<h") {
            let afterH = rest[open.upperBound...]
            guard let digit = afterH.first, let level = Int(String(digit)), (1...3).contains(level),
                let next = afterH.dropFirst().first, next == ">" || next == " ",
                let tagEnd = afterH.firstIndex(of: ">"),
                let close = rest[tagEnd...].range(of: "</h\(level)>")
            else {
                out += rest[..<open.upperBound]
                rest = rest[open.upperBound...]
                continue
            }
            let attributes = String(afterH[afterH.index(after: afterH.startIndex)..<tagEnd])
            let inner = String(rest[rest.index(after: tagEnd)..<close.lowerBound])
            let text = stripTags(inner)
            var id = existingID(attributes)
            var tag = String(rest[open.lowerBound...tagEnd])
            if id == nil {
                let base = "sec-" + slugify(text)
                var candidate = base
                var counter = 2
                while used.contains(candidate) {
                    candidate = "\(base)-\(counter)"
                    counter += 1
                }
                id = candidate
                tag = "<h\(level) id=\"\(candidate)\"\(attributes)>"
            }
            let anchor = id ?? ""
            used.insert(anchor)
            entries.append(Entry(level: level, id: anchor, html: text))
            out += rest[..<open.lowerBound]
            out += tag
            out += inner
            out += rest[close]
            rest = rest[close.upperBound...]
        }
        out += rest
        return (out, entries)
    }

    /// The `<nav>` of the table of contents; empty when there are fewer than two headings.
    static func html(_ entries: [Entry]) -> String {
        guard entries.count >= 2 else { return "" }
        var out = "<nav class=\"toc\" aria-label=\"Contents\">\n<p class=\"toc-title\">Contents</p>\n<ul>\n"
        for entry in entries {
            out += "<li class=\"toc-\(entry.level)\"><a href=\"#\(HTMLText.escape(entry.id))\">\(entry.html)</a></li>\n"
        }
        out += "</ul>\n</nav>\n"
        return out
    }

    /// The value of an `id="…"` attribute, unescaped as far as anchors need.
    static func existingID(_ attributes: String) -> String? {
        guard let start = attributes.range(of: "id=\"") else { return nil }
        let tail = attributes[start.upperBound...]
        guard let end = tail.firstIndex(of: "\"") else { return nil }
        return String(tail[..<end])
    }

    /// Inner HTML without its tags (entities kept).
    static func stripTags(_ html: String) -> String {
        var out = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
            } else if character == ">" && inTag {
                inTag = false
            } else if !inTag {
                out.append(character)
            }
        }
        return out
    }

    /// Lowercase ASCII letters and digits joined by single hyphens; "section" when none remain.
    static func slugify(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        var entity = false
        for scalar in text.unicodeScalars {
            if scalar == "&" {
                entity = true
                continue
            }
            if entity {
                if scalar == ";" { entity = false }
                continue
            }
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen && !out.isEmpty { out += "-" }
                pendingHyphen = false
                out += String(scalar).lowercased()
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "section" : out
    }
}
