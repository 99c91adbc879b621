import Ccmark
import Foundation

/// The only place where cmark memory is owned. A document lives for the duration of one
/// closure call and is freed when it returns, so no pointer outlives `withDocument`.
enum Cmark {
    typealias NodePointer = OpaquePointer

    /// Parses `bytes` with the default (safe) options, runs `body` on the root and frees the tree.
    static func withDocument<R>(_ bytes: [UInt8], _ body: (NodePointer) -> R) -> R? {
        let root: NodePointer? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT)
                }
            } ?? cmark_parse_document("", 0, CMARK_OPT_DEFAULT)
        }
        guard let root else { return nil }
        defer { cmark_node_free(root) }
        return body(root)
    }

    /// Every node under `root` in document order (entering events only).
    static func nodes(under root: NodePointer) -> [NodePointer] {
        var result: [NodePointer] = []
        guard let iter = cmark_iter_new(root) else { return result }
        defer { cmark_iter_free(iter) }
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter) {
                result.append(node)
            }
        }
        return result
    }

    static func type(_ node: NodePointer) -> cmark_node_type { cmark_node_get_type(node) }

    static func literal(_ node: NodePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    static func fenceInfo(_ node: NodePointer) -> String {
        cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
    }

    static func children(_ node: NodePointer) -> [NodePointer] {
        var result: [NodePointer] = []
        var child = cmark_node_first_child(node)
        while let c = child {
            result.append(c)
            child = cmark_node_next(c)
        }
        return result
    }

    /// Renders `node` (and its subtree) as HTML and frees cmark's buffer. Safe mode (raw HTML
    /// and `javascript:` links dropped) unless `allowRawHTML`.
    static func renderHTML(_ node: NodePointer, allowRawHTML: Bool = false) -> String {
        let options = allowRawHTML ? CMARK_OPT_DEFAULT | CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        guard let html = cmark_render_html(node, options) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    /// A new custom node whose HTML is `html`; the caller links or frees it.
    static func customNode(_ type: cmark_node_type, html: String) -> NodePointer? {
        guard let node = cmark_node_new(type) else { return nil }
        // A C string ends at NUL: a hook's NUL would cut its HTML short (unclosed tags).
        cmark_node_set_on_enter(
            node, html.contains("\0") ? html.replacingOccurrences(of: "\0", with: "\u{FFFD}") : html)
        return node
    }

    static func textNode(_ text: String) -> NodePointer? {
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else { return nil }
        cmark_node_set_literal(node, text)
        return node
    }

    /// Puts `replacement` where `node` is and frees `node` with its subtree.
    static func replace(_ node: NodePointer, with replacement: NodePointer) {
        if cmark_node_insert_before(node, replacement) == 0 {
            cmark_node_free(replacement)
            return
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// Whether `node` is a fenced (not indented) code block. cmark 0.30 has no accessor for
    /// this, so look at the source: an indented block's first content line starts on its own
    /// start line, a fenced block's content starts on the line after the fence.
    static func isFenced(_ node: NodePointer, in text: SourceText) -> Bool {
        if !fenceInfo(node).isEmpty { return true }
        let literal = literal(node)
        let line = text.line(Int(cmark_node_get_start_line(node)))
        let column = Int(cmark_node_get_start_column(node))
        let rest = line.dropFirst(max(0, column - 1))
        guard rest.starts(with: "```".utf8) || rest.starts(with: "~~~".utf8) else { return false }
        guard !literal.isEmpty else { return true }
        let firstLine = literal.utf8.prefix { $0 != UInt8(ascii: "\n") }
        return !rest.elementsEqual(firstLine)
    }
}

/// Tree surgery shared by the GitHub-flavoured post-passes (tables, footnotes, callouts, …).
extension Cmark {
    /// Unlinks `node` and frees it with its subtree.
    static func remove(_ node: NodePointer) {
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// A custom block or inline node that renders `enter` before its children and `exit` after.
    static func container(_ type: cmark_node_type, enter: String, exit: String) -> NodePointer? {
        guard let node = cmark_node_new(type) else { return nil }
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        return node
    }

    /// Parses `text` as a Markdown fragment and returns its top-level blocks, detached from
    /// the (freed) document, so the caller can link them into another tree.
    static func parseBlocks(_ text: String) -> [NodePointer] {
        let detached: [NodePointer]? = withDocument(Array(text.utf8)) { root in
            let children = Cmark.children(root)
            for child in children { cmark_node_unlink(child) }
            return children
        }
        return detached ?? []
    }

    /// Parses `text` as the inline content of one paragraph (never as a block: a leading `#`,
    /// `>` or `-` stays text) and returns the inline nodes, detached.
    static func parseInlines(_ text: String) -> [NodePointer] {
        // `&#32;` makes the line a paragraph whatever it starts with, and is punctuation before
        // the first delimiter, as the start of a line is whitespace (so `_a_` still opens).
        let blocks = parseBlocks("&#32;" + text)
        defer { for block in blocks { cmark_node_free(block) } }
        guard blocks.count == 1, let paragraph = blocks.first, type(paragraph) == CMARK_NODE_PARAGRAPH
        else { return [] }
        cmark_consolidate_text_nodes(paragraph)
        var inlines = children(paragraph)
        for node in inlines { cmark_node_unlink(node) }
        if let first = inlines.first, type(first) == CMARK_NODE_TEXT {
            let rest = String(literal(first).dropFirst())
            if rest.isEmpty {
                cmark_node_free(first)
                inlines.removeFirst()
            } else {
                cmark_node_set_literal(first, rest)
            }
        }
        return inlines
    }

    /// Whether some ancestor of `node` has one of `types`.
    static func hasAncestor(_ node: NodePointer, in types: Set<UInt32>) -> Bool {
        var current = cmark_node_parent(node)
        while let n = current {
            if types.contains(type(n).rawValue) { return true }
            current = cmark_node_parent(n)
        }
        return false
    }
}
