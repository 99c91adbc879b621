import Ccmark

/// GitHub's task list items (GFM spec, "Task list items (extension)").
///
/// - A list item whose first paragraph starts with `[ ]`, `[x]` or `[X]` followed by
///   whitespace gets a disabled checkbox (checked for `x`) instead of the marker.
/// - Only there: a `[ ]` later in the item, or in a paragraph that is not the item's first
///   block, is text. Nested lists follow the same rule, item by item.
enum GFMTaskLists {
    /// Turns task markers under `root` into checkboxes.
    static func apply(_ root: Cmark.NodePointer) {
        for item in Cmark.nodes(under: root) where Cmark.type(item) == CMARK_NODE_ITEM {
            guard let paragraph = cmark_node_first_child(item), Cmark.type(paragraph) == CMARK_NODE_PARAGRAPH,
                let text = cmark_node_first_child(paragraph), Cmark.type(text) == CMARK_NODE_TEXT
            else { continue }
            let literal = Cmark.literal(text)
            let marker = literal.prefix(3)
            guard marker == "[ ]" || marker == "[x]" || marker == "[X]" else { continue }
            let rest = literal.dropFirst(3)
            let next = cmark_node_next(text)
            let followedBySpace: Bool
            if let c = rest.first {
                followedBySpace = c == " " || c == "\t"
            } else {
                followedBySpace = next.map { Cmark.type($0) == CMARK_NODE_SOFTBREAK } ?? false
            }
            guard followedBySpace else { continue }
            let checked = marker != "[ ]"
            let html =
                checked
                ? "<input checked=\"\" disabled=\"\" type=\"checkbox\"> "
                : "<input disabled=\"\" type=\"checkbox\"> "
            guard let box = Cmark.customNode(CMARK_NODE_CUSTOM_INLINE, html: html) else { continue }
            cmark_node_insert_before(text, box)
            let remaining = String(rest.drop(while: { $0 == " " || $0 == "\t" }))
            if remaining.isEmpty {
                Cmark.remove(text)
                if let n = next, Cmark.type(n) == CMARK_NODE_SOFTBREAK { Cmark.remove(n) }
            } else {
                cmark_node_set_literal(text, remaining)
            }
        }
    }
}
