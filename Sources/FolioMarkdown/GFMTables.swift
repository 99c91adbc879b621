import Ccmark
import FolioHTML

/// A pipe table written in a note's prose, as `Note` lists it for cross-references.
public struct ProseTable: Sendable, Equatable {
    /// The `{#tbl-…}` label of its caption, if any.
    public var label: String?
    /// The caption's text as written (Markdown), without the leading `: ` and the label.
    public var caption: String?
    /// Where the table's header row starts.
    public var location: SourceLocation

    /// A table from its label, caption and location.
    public init(label: String?, caption: String?, location: SourceLocation) {
        self.label = label
        self.caption = caption
        self.location = location
    }
}

/// GitHub's pipe tables (GFM spec, "Tables (extension)"), recognised in cmark's paragraphs.
///
/// cmark reads a table as a paragraph; this pass takes the paragraph's source lines (math
/// already protected, so `$|x|$` is one placeholder and never splits a cell), and where a
/// header row is followed by a delimiter row with as many cells, turns the rest of the
/// paragraph into a table:
/// - cells are split at unescaped `|` (also inside code spans); `\|` is a literal pipe; the
///   leading and trailing pipes are optional; cells are trimmed and parsed as inline Markdown;
/// - `:--`, `--:`, `:-:` align a column (`align` attribute, as cmark-gfm writes it);
/// - a body row with fewer cells is padded with empty ones, extra cells are dropped;
/// - a table without body rows has no `<tbody>`; the table ends where the paragraph ends
///   (a blank line or the start of another block);
/// - lines of the paragraph before the header row stay a paragraph.
///
/// Folio's addition, the caption syntax of Pandoc and Quarto: a paragraph right after the
/// table that starts with `: ` is its caption, and may end in `{#tbl-x}` to label it, so
/// `@tbl-x` refers to it as it does to a table that a block produces.
///
/// Deviations: a header and delimiter row without any `|` (`a` over `:-`) is not a table (GFM
/// says it is; it is far more often a typo); a delimiter row starting `- ` is a list item to
/// cmark and so ends the paragraph before a table can be seen; a cell cannot use a link
/// reference definition of the note (cells are parsed on their own).
enum GFMTables {
    enum Alignment { case none, left, center, right }

    /// A table built in the tree: its node (a custom block whose children are the cell
    /// paragraphs and then the caption paragraph) and where each cell is.
    struct Layout {
        var node: Cmark.NodePointer
        var alignments: [Alignment]
        var header: [Cmark.NodePointer]
        var rows: [[Cmark.NodePointer]]
        var caption: Cmark.NodePointer?
        var table: ProseTable
    }

    /// Turns every table paragraph under `root` into a table node.
    static func transform(_ root: Cmark.NodePointer, note: PreparedNote) -> [Layout] {
        var layouts: [Layout] = []
        var tables: Set<Cmark.NodePointer> = []
        for node in Cmark.nodes(under: root) where Cmark.type(node) == CMARK_NODE_PARAGRAPH {
            // A caption moved into its table is never a table itself (it would be freed).
            if let parent = cmark_node_parent(node), tables.contains(parent) { continue }
            if let layout = transform(paragraph: node, note: note) {
                layouts.append(layout)
                tables.insert(layout.node)
            }
        }
        return layouts
    }

    /// The paragraph's lines as cmark saw them (container prefixes and indentation removed).
    static func lines(of paragraph: Cmark.NodePointer, text: SourceText) -> [(line: Int, bytes: ArraySlice<UInt8>)] {
        let first = Int(cmark_node_get_start_line(paragraph))
        let last = Int(cmark_node_get_end_line(paragraph))
        let column = Int(cmark_node_get_start_column(paragraph))
        guard first >= 1, last >= first else { return [] }
        var result: [(Int, ArraySlice<UInt8>)] = []
        for line in first...last {
            var bytes = text.line(line)
            if line == first {
                bytes = bytes.dropFirst(max(0, column - 1))
            } else {
                var dropped = 0
                while dropped < column - 1, let b = bytes.first, b == 0x20 || b == 0x09 || b == UInt8(ascii: ">") {
                    bytes = bytes.dropFirst()
                    dropped += 1
                }
            }
            while let b = bytes.first, b == 0x20 || b == 0x09 { bytes = bytes.dropFirst() }
            result.append((line, bytes))
        }
        return result
    }

    /// Splits a row into its cells' text: unescaped pipes separate cells, `\|` is a pipe.
    static func cells(_ row: ArraySlice<UInt8>) -> (cells: [String], hasPipe: Bool) {
        var bytes = Array(row)
        while let b = bytes.last, b == 0x20 || b == 0x09 { bytes.removeLast() }
        var cells: [String] = []
        var current: [UInt8] = []
        var hasPipe = false
        var i = 0
        if bytes.first == UInt8(ascii: "|") {
            hasPipe = true
            i = 1
        }
        var endsWithPipe = false
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\\"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "|") {
                current.append(UInt8(ascii: "|"))
                i += 2
                continue
            }
            if b == UInt8(ascii: "\\"), i + 1 < bytes.count {
                current.append(b)
                current.append(bytes[i + 1])
                i += 2
                continue
            }
            if b == UInt8(ascii: "|") {
                hasPipe = true
                cells.append(trimmed(current))
                current = []
                endsWithPipe = i == bytes.count - 1
                i += 1
                continue
            }
            current.append(b)
            i += 1
        }
        if !endsWithPipe || !current.isEmpty { cells.append(trimmed(current)) }
        return (cells, hasPipe)
    }

    static func trimmed(_ bytes: [UInt8]) -> String {
        var slice = bytes[...]
        while let b = slice.first, b == 0x20 || b == 0x09 { slice = slice.dropFirst() }
        while let b = slice.last, b == 0x20 || b == 0x09 { slice = slice.dropLast() }
        return String(decoding: slice, as: UTF8.self)
    }

    /// The column alignments of a delimiter row, or `nil` when the row is not one.
    static func alignments(_ cells: [String]) -> [Alignment]? {
        guard !cells.isEmpty else { return nil }
        var result: [Alignment] = []
        for cell in cells {
            var body = Substring(cell)
            let left = body.first == ":"
            if left { body = body.dropFirst() }
            let right = body.last == ":"
            if right { body = body.dropLast() }
            guard !body.isEmpty, body.allSatisfy({ $0 == "-" }) else { return nil }
            result.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return result
    }

    static func transform(paragraph: Cmark.NodePointer, note: PreparedNote) -> Layout? {
        let rows = lines(of: paragraph, text: note.text)
        guard rows.count >= 2 else { return nil }
        // Each line of the paragraph must be one run of its inlines (no formula spanning lines).
        let children = Cmark.children(paragraph)
        let breaks = children.filter {
            let t = Cmark.type($0)
            return t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK
        }
        guard breaks.count == rows.count - 1 else { return nil }
        var found: (header: Int, alignments: [Alignment], headerCells: [String])?
        for k in 1..<rows.count {
            let delimiter = cells(rows[k].bytes)
            guard let aligns = alignments(delimiter.cells) else { continue }
            let header = cells(rows[k - 1].bytes)
            guard header.cells.count == aligns.count, header.hasPipe || delimiter.hasPipe else { continue }
            found = (k - 1, aligns, header.cells)
            break
        }
        guard let (headerIndex, aligns, headerCells) = found,
            let table = Cmark.container(CMARK_NODE_CUSTOM_BLOCK, enter: "", exit: "")
        else { return nil }

        func cellNode(_ text: String) -> Cmark.NodePointer? {
            guard let p = cmark_node_new(CMARK_NODE_PARAGRAPH) else { return nil }
            for inline in Cmark.parseInlines(text) { cmark_node_append_child(p, inline) }
            cmark_node_append_child(table, p)
            return p
        }
        let header = headerCells.compactMap(cellNode)
        var body: [[Cmark.NodePointer]] = []
        for row in rows[(headerIndex + 2)...] {
            var texts = cells(row.bytes).cells
            if texts.count > aligns.count { texts.removeLast(texts.count - aligns.count) }
            while texts.count < aligns.count { texts.append("") }
            body.append(texts.compactMap(cellNode))
        }
        let location = SourceLocation(
            line: rows[headerIndex].line,
            column: rows[headerIndex].line == Int(cmark_node_get_start_line(paragraph))
                ? Int(cmark_node_get_start_column(paragraph)) : 1)
        var layout = Layout(
            node: table, alignments: aligns, header: header, rows: body, caption: nil,
            table: ProseTable(label: nil, caption: nil, location: location))

        if headerIndex == 0 {
            cmark_node_insert_before(paragraph, table)
            Cmark.remove(paragraph)
        } else {
            // Keep the lines before the header as the paragraph they are.
            let cut = breaks[headerIndex - 1]
            var next: Cmark.NodePointer? = cut
            while let n = next {
                next = cmark_node_next(n)
                Cmark.remove(n)
            }
            cmark_node_insert_after(paragraph, table)
        }
        attachCaption(&layout, note: note)
        return layout
    }

    /// A paragraph right after the table starting with `: ` becomes its caption.
    static func attachCaption(_ layout: inout Layout, note: PreparedNote) {
        guard let next = cmark_node_next(layout.node), Cmark.type(next) == CMARK_NODE_PARAGRAPH,
            let first = cmark_node_first_child(next), Cmark.type(first) == CMARK_NODE_TEXT
        else { return }
        let literal = Cmark.literal(first)
        guard literal.hasPrefix(": ") else { return }
        let rest = String(literal.dropFirst(2).drop(while: { $0 == " " }))
        if rest.isEmpty { Cmark.remove(first) } else { cmark_node_set_literal(first, rest) }
        if let last = cmark_node_last_child(next), Cmark.type(last) == CMARK_NODE_TEXT {
            let (text, id) = splitExplicitID(Cmark.literal(last))
            if let id {
                layout.table.label = id
                let kept = String(text.reversed().drop(while: { $0 == " " }).reversed())
                if kept.isEmpty { Cmark.remove(last) } else { cmark_node_set_literal(last, kept) }
            }
        }
        let lines = Self.lines(of: next, text: note.text)
        var caption = lines.map { String(decoding: $0.bytes, as: UTF8.self) }.joined(separator: " ")
        if caption.hasPrefix(": ") { caption = String(caption.dropFirst(2)) }
        if let label = layout.table.label, let r = caption.range(of: "{#\(label)}") {
            caption = String(caption[..<r.lowerBound])
        }
        layout.table.caption = note.restoringMath(caption).trimmingCharacters(in: .whitespaces)
        cmark_node_unlink(next)
        cmark_node_append_child(layout.node, next)
        layout.caption = next
    }

    /// Replaces the table node by its HTML, once the walk has filled its cells (math, values).
    /// `number` is the caption's "Table 2" for a labelled table.
    static func assemble(_ layout: Layout, number: String?, allowRawHTML: Bool) {
        func inline(_ p: Cmark.NodePointer) -> String {
            var html = Cmark.renderHTML(p, allowRawHTML: allowRawHTML)
            if html.hasPrefix("<p>") { html.removeFirst(3) }
            while html.hasSuffix("\n") { html.removeLast() }
            if html.hasSuffix("</p>") { html.removeLast(4) }
            return html
        }
        func attribute(_ a: Alignment) -> String {
            switch a {
            case .none: return ""
            case .left: return " align=\"left\""
            case .center: return " align=\"center\""
            case .right: return " align=\"right\""
            }
        }
        var html = "<table>\n<thead>\n<tr>\n"
        for (cell, a) in zip(layout.header, layout.alignments) {
            html += "<th\(attribute(a))>\(inline(cell))</th>\n"
        }
        html += "</tr>\n</thead>\n"
        if !layout.rows.isEmpty {
            html += "<tbody>\n"
            for row in layout.rows {
                html += "<tr>\n"
                for (cell, a) in zip(row, layout.alignments) { html += "<td\(attribute(a))>\(inline(cell))</td>\n" }
                html += "</tr>\n"
            }
            html += "</tbody>\n"
        }
        html += "</table>\n"
        if let caption = layout.caption {
            let label = layout.table.label
            var text = ""
            if let number {
                text += "<span class=\"caption-number\">\(number):</span> "
            }
            text += inline(caption)
            let id = label.map { " id=\"\(HTMLText.escape($0))\"" } ?? ""
            html = "<figure class=\"table\"\(id)>\n<figcaption>\(text)</figcaption>\n" + html + "</figure>\n"
        }
        if let custom = Cmark.customNode(CMARK_NODE_CUSTOM_BLOCK, html: html) {
            Cmark.replace(layout.node, with: custom)
        }
    }

}
