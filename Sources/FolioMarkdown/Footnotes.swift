import Ccmark

/// GitHub's footnotes, on top of cmark's tree: `text[^label]` refers to a definition
/// `[^label]: text` written anywhere at the top level of the note.
///
/// Rules (GitHub's documentation and cmark-gfm's behaviour; the GFM spec has no section):
/// - A reference `[^label]` whose label has a definition becomes a superscript number; labels
///   match case-insensitively, with runs of whitespace as one space.
/// - Footnotes are numbered in the order of their first reference, not of their definitions;
///   a footnote referred to twice keeps its number and gets a back-link per reference.
/// - A reference without a definition stays text; a definition never referred to is not shown.
/// - A definition continues on lines indented by four spaces (further paragraphs, lists,
///   code); the footnotes are listed in a `section.footnotes` at the end of the page, each
///   ending in its back-links.
///
/// Deviations: a definition must start at the top level (not inside a list or quote) and
/// cannot interrupt a paragraph; code inside a footnote is shown, never run; a pipe table
/// inside a footnote stays text.
enum Footnotes {
    static let backslash: UInt8 = 0x5C

    /// What the pre-scan found: the lines where definitions start, and every line that belongs
    /// to a definition.
    struct Scan {
        var definitionLines: Set<Int> = []
        var lines: Set<Int> = []
    }

    /// Finds definitions outside code and HTML blocks and rewrites each one's `[` to `\`, so
    /// cmark sees an escaped `^` where the definition starts (never a link definition).
    static func scanDefinitions(_ bytes: inout [UInt8], in text: SourceText, excluded: [Bool]) -> Scan {
        var scan = Scan()
        guard text.lineCount > 0 else { return scan }
        var inside = false
        var previousBlank = true
        for line in 1...text.lineCount {
            let range = text.lineRange(line)
            if line < excluded.count, excluded[line] {
                inside = false
                previousBlank = false
                continue
            }
            var i = range.lowerBound
            var indent = 0
            while i < range.upperBound, bytes[i] == 0x20 || bytes[i] == 0x09 {
                indent += bytes[i] == 0x09 ? 4 : 1
                i += 1
            }
            if i == range.upperBound {
                if inside { scan.lines.insert(line) }
                previousBlank = true
                continue
            }
            if indent <= 3, bytes[i] == UInt8(ascii: "["), labelEnd(bytes[i..<range.upperBound]) != nil {
                bytes[i] = backslash
                scan.definitionLines.insert(line)
                scan.lines.insert(line)
                inside = true
            } else if inside && (indent >= 4 || !previousBlank) {
                scan.lines.insert(line)
            } else {
                inside = false
            }
            previousBlank = false
        }
        return scan
    }

    /// For `[^label]:` (or `\^label]:` once rewritten) at the start of `bytes`: the index just
    /// past the colon.
    static func labelEnd(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8>.Index? {
        var i = bytes.startIndex
        guard i < bytes.endIndex, bytes[i] == UInt8(ascii: "[") || bytes[i] == backslash else { return nil }
        i += 1
        guard i < bytes.endIndex, bytes[i] == UInt8(ascii: "^") else { return nil }
        i += 1
        let start = i
        while i < bytes.endIndex, !isLabelStop(bytes[i]) { i += 1 }
        guard i > start, i + 1 < bytes.endIndex, bytes[i] == UInt8(ascii: "]"),
            bytes[i + 1] == UInt8(ascii: ":")
        else { return nil }
        return i + 2
    }

    static func isLabelStop(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "[")
    }

    /// The label as definitions and references are matched: lowercased, whitespace collapsed.
    static func normalize(_ label: Substring) -> String {
        label.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }

    /// A definition found in the tree: its normalised label and the block holding its content.
    struct Definition {
        var label: String
        var container: Cmark.NodePointer
    }

    /// Cuts the definitions out of the tree (top-level paragraphs on a definition line, plus
    /// their indented continuation) and returns them, first definition of a label first.
    static func collectDefinitions(_ root: Cmark.NodePointer, note: PreparedNote) -> [Definition] {
        guard !note.footnoteDefinitionLines.isEmpty else { return [] }
        var definitions: [Definition] = []
        var seen = Set<String>()
        var child = cmark_node_first_child(root)
        while let node = child {
            child = cmark_node_next(node)
            guard Cmark.type(node) == CMARK_NODE_PARAGRAPH,
                note.footnoteDefinitionLines.contains(Int(cmark_node_get_start_line(node))),
                let first = cmark_node_first_child(node), Cmark.type(first) == CMARK_NODE_TEXT
            else { continue }
            let literal = Cmark.literal(first)
            guard literal.hasPrefix("^"), let close = literal.firstIndex(of: "]") else { continue }
            let label = literal[literal.index(after: literal.startIndex)..<close]
            let afterClose = literal.index(after: close)
            guard !label.isEmpty, afterClose < literal.endIndex, literal[afterClose] == ":" else { continue }
            let rest = literal[literal.index(after: afterClose)...].drop(while: { $0 == " " || $0 == "\t" })
            if rest.isEmpty { Cmark.remove(first) } else { cmark_node_set_literal(first, String(rest)) }
            guard let container = Cmark.container(CMARK_NODE_CUSTOM_BLOCK, enter: "", exit: "") else { continue }
            cmark_node_unlink(node)
            if cmark_node_first_child(node) != nil {
                cmark_node_append_child(container, node)
            } else {
                cmark_node_free(node)
            }
            // The indented continuation: cmark saw indented code; it is the footnote's Markdown.
            while let next = child, Cmark.type(next) == CMARK_NODE_CODE_BLOCK,
                !Cmark.isFenced(next, in: note.text),
                note.footnoteLines.contains(Int(cmark_node_get_start_line(next)))
            {
                child = cmark_node_next(next)
                for block in Cmark.parseBlocks(Cmark.literal(next)) {
                    cmark_node_append_child(container, showingCodeAsHTML(block))
                }
                Cmark.remove(next)
            }
            let key = normalize(label)
            if seen.insert(key).inserted {
                definitions.append(Definition(label: key, container: container))
            } else {
                cmark_node_free(container)
            }
        }
        return definitions
    }

    /// Code blocks parsed from a footnote's continuation are shown, not run: they become
    /// custom blocks holding cmark's own HTML for them (the note's block list never sees them).
    /// Returns the block to link in place of `block`.
    static func showingCodeAsHTML(_ block: Cmark.NodePointer) -> Cmark.NodePointer {
        if Cmark.type(block) == CMARK_NODE_CODE_BLOCK {
            guard let custom = Cmark.customNode(CMARK_NODE_CUSTOM_BLOCK, html: Cmark.renderHTML(block)) else {
                return block
            }
            cmark_node_free(block)
            return custom
        }
        for node in Cmark.nodes(under: block) where Cmark.type(node) == CMARK_NODE_CODE_BLOCK {
            if let custom = Cmark.customNode(CMARK_NODE_CUSTOM_BLOCK, html: Cmark.renderHTML(node)) {
                Cmark.replace(node, with: custom)
            }
        }
        return block
    }

    /// Links every `[^label]` with a definition (main text first, then inside footnotes, so
    /// nested footnotes number after) and appends the footnotes section; definitions nobody
    /// refers to are freed.
    static func link(_ root: Cmark.NodePointer, definitions: [Definition]) {
        guard !definitions.isEmpty else { return }
        var byLabel: [String: Int] = [:]
        for (i, d) in definitions.enumerated() { byLabel[d.label] = i }
        var numberOf: [Int: Int] = [:]  // definition index → footnote number
        var order: [Int] = []  // definition indexes by number
        var referenceCount: [Int: Int] = [:]

        func process(_ subtree: Cmark.NodePointer) {
            for node in Cmark.nodes(under: subtree) where Cmark.type(node) == CMARK_NODE_TEXT {
                guard !Cmark.hasAncestor(node, in: [CMARK_NODE_LINK.rawValue, CMARK_NODE_IMAGE.rawValue]) else {
                    continue
                }
                splitReferences(node, byLabel: byLabel) { index in
                    if numberOf[index] == nil {
                        order.append(index)
                        numberOf[index] = order.count
                    }
                    let number = numberOf[index] ?? 0
                    let k = (referenceCount[index] ?? 0) + 1
                    referenceCount[index] = k
                    let id = k == 1 ? "fnref-\(number)" : "fnref-\(number)-\(k)"
                    return
                        "<sup class=\"footnote-ref\"><a href=\"#fn-\(number)\" id=\"\(id)\" data-footnote-ref>\(number)</a></sup>"
                }
            }
        }
        process(root)
        var done = 0
        while done < order.count {
            process(definitions[order[done]].container)
            done += 1
        }
        for (i, d) in definitions.enumerated() where numberOf[i] == nil { cmark_node_free(d.container) }
        guard !order.isEmpty,
            let section = Cmark.container(
                CMARK_NODE_CUSTOM_BLOCK,
                enter: "<section class=\"footnotes\" data-footnotes>\n<ol>\n", exit: "</ol>\n</section>\n")
        else {
            return
        }
        for (n, index) in order.enumerated() {
            let number = n + 1
            let container = definitions[index].container
            cmark_node_set_on_enter(container, "<li id=\"fn-\(number)\">\n")
            cmark_node_set_on_exit(container, "</li>\n")
            var links = ""
            for k in 1...max(1, referenceCount[index] ?? 1) {
                let id = k == 1 ? "fnref-\(number)" : "fnref-\(number)-\(k)"
                let label = k == 1 ? "\(number)" : "\(number)-\(k)"
                let mark = k == 1 ? "↩" : "↩<sup class=\"footnote-ref\">\(k)</sup>"
                links +=
                    " <a href=\"#\(id)\" class=\"footnote-backref\" data-footnote-backref data-footnote-backref-idx=\"\(label)\" aria-label=\"Back to reference \(label)\">\(mark)</a>"
            }
            var target = cmark_node_last_child(container)
            if target.map({ Cmark.type($0) != CMARK_NODE_PARAGRAPH }) ?? true {
                if let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) {
                    cmark_node_append_child(container, paragraph)
                    target = paragraph
                }
            }
            if let target, let backlinks = Cmark.customNode(CMARK_NODE_CUSTOM_INLINE, html: links) {
                cmark_node_append_child(target, backlinks)
            }
            cmark_node_append_child(section, container)
        }
        cmark_node_append_child(root, section)
    }

    /// Splits `node` at its `[^label]` references to known labels; `html` gives each one's HTML.
    static func splitReferences(
        _ node: Cmark.NodePointer, byLabel: [String: Int], html: (Int) -> String
    ) {
        let literal = Cmark.literal(node)
        guard literal.contains("[^") else { return }
        var pieces: [Cmark.NodePointer] = []
        var rest = Substring(literal)
        var text = ""
        while let open = rest.range(of: "[^") {
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.firstIndex(of: "]"),
                !afterOpen[..<close].isEmpty,
                !afterOpen[..<close].contains(where: { $0 == " " || $0 == "\t" || $0 == "[" }),
                let index = byLabel[normalize(afterOpen[..<close])]
            else {
                text += rest[..<open.upperBound]
                rest = rest[open.upperBound...]
                continue
            }
            text += rest[..<open.lowerBound]
            if !text.isEmpty, let t = Cmark.textNode(text) { pieces.append(t) }
            text = ""
            if let ref = Cmark.customNode(CMARK_NODE_CUSTOM_INLINE, html: html(index)) { pieces.append(ref) }
            rest = afterOpen[afterOpen.index(after: close)...]
        }
        guard !pieces.isEmpty else { return }
        text += rest
        if !text.isEmpty, let t = Cmark.textNode(text) { pieces.append(t) }
        for piece in pieces { cmark_node_insert_before(node, piece) }
        Cmark.remove(node)
    }

    /// Puts back the `[` of a rewritten definition line that did not become a footnote (a
    /// definition inside a list item, say), so the reader sees what was written.
    static func restoreUnusedDefinitions(_ root: Cmark.NodePointer, note: PreparedNote) {
        guard !note.footnoteDefinitionLines.isEmpty else { return }
        for node in Cmark.nodes(under: root) where Cmark.type(node) == CMARK_NODE_TEXT {
            let literal = Cmark.literal(node)
            guard literal.hasPrefix("^"), labelEnd(ArraySlice(Array(("[" + literal).utf8))) != nil else { continue }
            let previous = cmark_node_previous(node)
            let startsLine =
                previous.map { Cmark.type($0) == CMARK_NODE_SOFTBREAK || Cmark.type($0) == CMARK_NODE_LINEBREAK }
                ?? true
            if startsLine { cmark_node_set_literal(node, "[" + literal) }
        }
    }
}
