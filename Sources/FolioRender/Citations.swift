import FolioHTML
import FolioMarkdown
import FolioScript

/// Citations in prose, resolved against the note's `bibliography:` file.
///
/// - `[@key]`, `[@key, p. 3]`, `[see @a; @b]` (Pandoc's syntax) become numbered links, `[1, p. 3]`,
///   `[see 1, 2]`; a bare `@key` in prose becomes a narrative citation, "Radford et al. [1]".
/// - Works are numbered in the order the page first cites them; the References section at the
///   end of the page lists only the works cited, in that order, each with its authors, title,
///   venue, year and a DOI or arXiv link.
/// - A key is `@` followed by a letter, digit or `_`, then letters, digits and `_:.-/`, not
///   ending in punctuation; it must follow the start of a line, a space, `[`, `(` or `;` (so an
///   email address or a URL is never a citation). `@fig-…`, `@tbl-…`, `@eq-…` and `@sec-…` are
///   cross-references, not citations.
/// - Without a `bibliography:`, a bare `@word` is prose; a bracketed `[@key]` is an error (it
///   can only be a citation). An unknown key is an error at its line and column, reported by
///   ``NoteRunner`` (so by `folio check`),; on the page it stays as written.
enum Citations {
    /// A citation key at a position of a line: its 0-based byte offset of `@` and the key.
    struct Found {
        var key: String
        var at: Int
        var bracketed: Bool
    }

    static func isKeyStart(_ b: UInt8) -> Bool { CrossReferences.isWordByte(b) || b == UInt8(ascii: "_") }
    static func isKeyByte(_ b: UInt8) -> Bool {
        isKeyStart(b) || b == UInt8(ascii: ":") || b == UInt8(ascii: ".") || b == UInt8(ascii: "-")
            || b == UInt8(ascii: "/")
    }

    /// The citation keys of one line of prose (outside code spans).
    static func keys(inLine line: Substring) -> [Found] {
        let bytes = Array(line.utf8)
        var found: [Found] = []
        var inCode = false
        var depth = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "`") { inCode.toggle() }
            if !inCode {
                if b == UInt8(ascii: "[") { depth += 1 }
                if b == UInt8(ascii: "]") { depth = max(0, depth - 1) }
            }
            if b == UInt8(ascii: "@"), !inCode, i + 1 < bytes.count, isKeyStart(bytes[i + 1]) {
                let before: UInt8 = i == 0 ? 0x20 : bytes[i - 1]
                if before == 0x20 || before == 0x09 || before == UInt8(ascii: "[") || before == UInt8(ascii: "(")
                    || before == UInt8(ascii: ";")
                {
                    var end = i + 1
                    while end < bytes.count, isKeyByte(bytes[end]) { end += 1 }
                    while end > i + 1, !isKeyStart(bytes[end - 1]) { end -= 1 }
                    let key = String(decoding: bytes[(i + 1)..<end], as: UTF8.self)
                    if !CrossReferences.prefixes.contains(where: key.hasPrefix) {
                        found.append(Found(key: key, at: i, bracketed: depth > 0))
                    }
                    i = end
                    continue
                }
            }
            i += 1
        }
        return found
    }

    /// Loads the note's bibliography and reports unreadable files and unknown keys as errors
    /// of `run`; records the file among the note's inputs (so the render cache sees edits).
    static func check(_ note: Note, path: String, into run: inout NoteRun) {
        let lines = proseLines(of: note)
        var bibliography: Bibliography?
        if let file = note.frontMatter.bibliography {
            run.filesRead.append(file)
            do {
                bibliography = try Bibliography.load(file, notePath: path)
            } catch {
                let place = error.line > 0 ? "\(file):\(error.line): " : ""
                run.diagnostics.append(
                    Diagnostic(
                        .error, "\(place)\(error.message)", file: path,
                        line: max(1, note.frontMatter.bibliographyLine), column: 1))
                return
            }
        }
        run.bibliography = bibliography
        for (number, line) in lines {
            for found in keys(inLine: line) {
                if let bibliography {
                    guard bibliography.entries[found.key] == nil else { continue }
                    run.diagnostics.append(
                        Diagnostic(
                            .error, "unknown citation '@\(found.key)': \(bibliography.file) has no entry with that key",
                            file: path, line: number, column: found.at + 1))
                } else if found.bracketed {
                    run.diagnostics.append(
                        Diagnostic(
                            .error,
                            "citation '@\(found.key)' but the note has no bibliography (add `bibliography: refs.bib` to its front matter)",
                            file: path, line: number, column: found.at + 1))
                }
            }
        }
    }

    /// The note's lines outside fenced blocks and front matter, with their 1-based numbers.
    static func proseLines(of note: Note) -> [(Int, Substring)] {
        let lines = note.source.split(separator: "\n", omittingEmptySubsequences: false)
        var skipped = Set<Int>()
        for block in note.codeBlocks where block.fenceLine <= block.closingFenceLine {
            skipped.formUnion(block.fenceLine...block.closingFenceLine)
        }
        if lines.first == "---", let close = lines.dropFirst().firstIndex(where: { $0 == "---" || $0 == "..." }) {
            skipped.formUnion(1...(close + 1))
        }
        return lines.enumerated().filter { !skipped.contains($0.offset + 1) }.map { ($0.offset + 1, $0.element) }
    }

    /// Links the citations in the text of `html` (outside tags, code, pre and links); returns
    /// the HTML and the cited keys in the order of their numbers.
    static func link(_ html: String, bibliography: Bibliography) -> (html: String, cited: [String]) {
        var numbers: [String: Int] = [:]
        var cited: [String] = []
        func number(_ key: String) -> Int {
            if let n = numbers[key] { return n }
            cited.append(key)
            numbers[key] = cited.count
            return cited.count
        }
        func anchor(_ key: String) -> String {
            "<a class=\"citation\" href=\"#ref-\(HTMLText.escape(key))\">\(number(key))</a>"
        }
        let out = CrossReferences.mapProseText(html) { text in
            text.contains("@") ? linkText(text, bibliography: bibliography, anchor: anchor) : String(text)
        }
        return (out, cited)
    }

    /// Links one text run: bracketed groups first, then bare keys.
    static func linkText(_ text: Substring, bibliography: Bibliography, anchor: (String) -> String) -> String {
        var out = ""
        var rest = text
        while let open = rest.firstIndex(of: "[") {
            guard let close = rest[open...].firstIndex(of: "]") else { break }
            let inner = rest[rest.index(after: open)..<close]
            if let group = bracketed(inner, bibliography: bibliography, anchor: anchor) {
                out += bare(rest[..<open], bibliography: bibliography, anchor: anchor)
                out += group
            } else {
                out += bare(rest[...close], bibliography: bibliography, anchor: anchor)
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + bare(rest, bibliography: bibliography, anchor: anchor)
    }

    /// `[see @a, p. 3; @b]` → `<span class="citation">[see 1, p. 3; 2]</span>` when every part
    /// cites a known key; `nil` otherwise.
    static func bracketed(_ inner: Substring, bibliography: Bibliography, anchor: (String) -> String) -> String? {
        var parts: [String] = []
        for part in inner.split(separator: ";", omittingEmptySubsequences: false) {
            let found = keys(inLine: part)
            guard found.count == 1, let cite = found.first, bibliography.entries[cite.key] != nil else { return nil }
            let bytes = Array(part.utf8)
            let prefix = String(decoding: bytes[..<cite.at], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            var suffix = String(decoding: bytes[(cite.at + 1 + cite.key.utf8.count)...], as: UTF8.self)
                .trimmingCharacters(in: .whitespaces)
            if suffix.hasPrefix(",") { suffix = String(suffix.dropFirst()).trimmingCharacters(in: .whitespaces) }
            var piece = prefix.isEmpty ? "" : prefix + " "
            piece += anchor(cite.key)
            if !suffix.isEmpty { piece += ", " + suffix }
            parts.append(piece)
        }
        guard !parts.isEmpty else { return nil }
        return "<span class=\"citation\">[" + parts.joined(separator: "; ") + "]</span>"
    }

    /// Bare `@key` (known keys only) → "Radford et al. [1]".
    static func bare(_ text: Substring, bibliography: Bibliography, anchor: (String) -> String) -> String {
        let found = keys(inLine: text).filter { bibliography.entries[$0.key] != nil }
        guard !found.isEmpty else { return String(text) }
        let bytes = Array(text.utf8)
        var out = ""
        var position = 0
        for cite in found {
            guard let entry = bibliography.entries[cite.key] else { continue }
            out += String(decoding: bytes[position..<cite.at], as: UTF8.self)
            out += "<span class=\"citation\">\(HTMLText.escape(narrativeName(entry))) [\(anchor(cite.key))]</span>"
            position = cite.at + 1 + cite.key.utf8.count
        }
        return out + String(decoding: bytes[position...], as: UTF8.self)
    }

    /// "Radford et al.", "Robbins and Monro", or the title when the entry has no authors.
    static func narrativeName(_ entry: BibEntry) -> String {
        if entry.familyNames.count >= 2, entry.familyNames.last == "et al." {
            return "\(entry.familyNames[0]) et al."
        }
        switch entry.familyNames.count {
        case 0: return entry.title
        case 1: return entry.familyNames[0]
        case 2: return "\(entry.familyNames[0]) and \(entry.familyNames[1])"
        default: return "\(entry.familyNames[0]) et al."
        }
    }

    /// The References section for the cited keys, in order.
    static func section(cited: [String], bibliography: Bibliography) -> String {
        guard !cited.isEmpty else { return "" }
        var out = "<section class=\"references\" id=\"references\">\n<h2>References</h2>\n<ol>\n"
        for key in cited {
            guard let entry = bibliography.entries[key] else { continue }
            out += "<li id=\"ref-\(HTMLText.escape(key))\">\(item(entry))</li>\n"
        }
        return out + "</ol>\n</section>\n"
    }

    /// One reference: authors, title, venue, year, then DOI / arXiv / URL links.
    static func item(_ entry: BibEntry) -> String {
        var out = ""
        if !entry.authors.isEmpty {
            let shown = entry.authors.count > 6 ? Array(entry.authors.prefix(6)) + ["et al."] : entry.authors
            var names = shown.joined(separator: ", ")
            if names.hasSuffix(", et al.") { names = String(names.dropLast(9)) + " et al." }
            out += HTMLText.escape(names) + (names.hasSuffix(".") ? " " : ". ")
        }
        out += "<span class=\"ref-title\">\(HTMLText.escape(entry.title))</span>."
        if let venue = entry.venue, !venue.isEmpty {
            out += " <em>\(HTMLText.escape(venue))</em>" + (entry.year == nil ? "." : ",")
        }
        if let year = entry.year { out += " \(HTMLText.escape(year))." }
        var links: [String] = []
        if let doi = entry.doi {
            links.append("<a href=\"https://doi.org/\(HTMLText.escape(doi))\">doi:\(HTMLText.escape(doi))</a>")
        }
        if let arxiv = entry.arxiv {
            links.append(
                "<a href=\"https://arxiv.org/abs/\(HTMLText.escape(arxiv))\">arXiv:\(HTMLText.escape(arxiv))</a>")
        }
        if links.isEmpty, let url = entry.url, url.hasPrefix("http://") || url.hasPrefix("https://") {
            links.append("<a href=\"\(HTMLText.escape(url))\">\(HTMLText.escape(url))</a>")
        }
        if !links.isEmpty { out += " " + links.joined(separator: " · ") }
        return out
    }
}
