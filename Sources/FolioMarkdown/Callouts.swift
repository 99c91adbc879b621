import Ccmark

/// GitHub's alerts ("callouts"): a block quote whose first line is exactly `[!NOTE]`, `[!TIP]`,
/// `[!IMPORTANT]`, `[!WARNING]` or `[!CAUTION]` (any letter case) becomes
/// `div.markdown-alert.markdown-alert-note` (…) with a title paragraph, as GitHub renders it.
/// Any other `[!KIND]`, or a marker followed by text on its line, leaves a plain block quote.
enum Callouts {
    /// The five kinds GitHub knows, with the title it shows.
    static let kinds: [String: String] = [
        "note": "Note", "tip": "Tip", "important": "Important", "warning": "Warning", "caution": "Caution",
    ]

    /// Turns every block quote under `root` that starts with a known marker into a callout.
    static func apply(_ root: Cmark.NodePointer) {
        for quote in Cmark.nodes(under: root) where Cmark.type(quote) == CMARK_NODE_BLOCK_QUOTE {
            guard let paragraph = cmark_node_first_child(quote), Cmark.type(paragraph) == CMARK_NODE_PARAGRAPH,
                let text = cmark_node_first_child(paragraph), Cmark.type(text) == CMARK_NODE_TEXT
            else { continue }
            let literal = Cmark.literal(text).trimmingTrailingSpaces()
            guard literal.hasPrefix("[!"), literal.hasSuffix("]") else { continue }
            let kind = literal.dropFirst(2).dropLast().lowercased()
            guard let title = kinds[kind] else { continue }
            let next = cmark_node_next(text)
            guard
                next == nil
                    || next.map({
                        Cmark.type($0) == CMARK_NODE_SOFTBREAK || Cmark.type($0) == CMARK_NODE_LINEBREAK
                    }) == true
            else { continue }
            guard
                let callout = Cmark.container(
                    CMARK_NODE_CUSTOM_BLOCK,
                    enter:
                        "<div class=\"markdown-alert markdown-alert-\(kind)\">\n<p class=\"markdown-alert-title\">\(title)</p>\n",
                    exit: "</div>\n")
            else { continue }
            Cmark.remove(text)
            if let next { Cmark.remove(next) }
            if cmark_node_first_child(paragraph) == nil { Cmark.remove(paragraph) }
            for child in Cmark.children(quote) {
                cmark_node_unlink(child)
                cmark_node_append_child(callout, child)
            }
            Cmark.replace(quote, with: callout)
        }
    }
}
