import Ccmark
import FolioHTML

/// Turns a prepared note into HTML: cmark's safe renderer, with fenced blocks, formulas,
/// inline expressions and headings replaced by custom nodes whose HTML the hooks supply.
struct HTMLRenderer {
    let note: PreparedNote
    let hooks: HTMLHooks
    /// The note's blocks and formulas as stored in `Note` (so a caller's edits are honoured).
    let codeBlocks: [CodeBlock]
    let displayMath: [DisplayMath]
    /// The note's front matter opted in to raw HTML (`raw-html: true`).
    var allowRawHTML = false

    func render(root: Cmark.NodePointer) -> String {
        let gfm = GFMExtensions.apply(root, note: note)
        let structure = NoteStructure(root: root, note: note)

        // Before anything is replaced: strip `{#id}` from headings, restore math in URLs.
        // The nodes are listed after stripping: a heading's last text node that held only
        // `{#id}` is freed (`# *a* {#x}`), and must not be visited (a use after free, found by
        // FuzzMarkdown).
        for node in structure.headingNodes { stripExplicitID(node) }
        let all = Cmark.nodes(under: root)
        for node in all {
            let type = Cmark.type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE { restoreURL(node) }
            if type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK {
                // Code shows the note's own characters; formulas are never protected in code.
                let literal = Cmark.literal(node)
                if MathPlaceholder.occurs(in: literal) {
                    cmark_node_set_literal(node, note.restoringMath(literal))
                }
            }
        }

        var blockIndex: [Cmark.NodePointer: Int] = [:]
        for (i, node) in structure.codeBlockNodes.enumerated() { blockIndex[node] = i }
        var expressionIndex: [Cmark.NodePointer: Int] = [:]
        for (i, node) in structure.inlineExpressionNodes.enumerated() { expressionIndex[node] = i }
        var displayNumber: [Int: Int] = [:]
        for (i, span) in note.math.spans.enumerated() where span.kind == .display {
            displayNumber[i] = displayNumber.count
        }

        // One pass in document order, so the hooks are called in the order of the page.
        var displayNodes: Set<Cmark.NodePointer> = []
        var displayParents: [Cmark.NodePointer] = []
        for node in all {
            let type = Cmark.type(node)
            if type == CMARK_NODE_TEXT {
                replaceMath(in: node, displayNumber: displayNumber) { display in
                    displayNodes.insert(display)
                    if let parent = cmark_node_parent(display),
                        Cmark.type(parent) == CMARK_NODE_PARAGRAPH,
                        !displayParents.contains(parent)
                    {
                        displayParents.append(parent)
                    }
                }
            } else if let i = blockIndex[node] {
                let block = i < codeBlocks.count ? codeBlocks[i] : structure.codeBlocks[i]
                if let custom = Cmark.customNode(CMARK_NODE_CUSTOM_BLOCK, html: hooks.codeBlock(block)) {
                    Cmark.replace(node, with: custom)
                }
            } else if let i = expressionIndex[node], let hook = hooks.inlineExpression {
                let html = hook(structure.inlineExpressions[i])
                if let custom = Cmark.customNode(CMARK_NODE_CUSTOM_INLINE, html: html) {
                    Cmark.replace(node, with: custom)
                }
            }
        }

        for (node, heading) in zip(structure.headingNodes, structure.headings) {
            replaceHeading(node, id: heading.id, level: heading.level)
        }
        // Tables last: their cells were filled by the walk (math, inline values) like prose.
        var cells: Set<Cmark.NodePointer> = []
        for layout in gfm.tables {
            cells.formUnion(layout.header)
            for row in layout.rows { cells.formUnion(row) }
            if let caption = layout.caption { cells.insert(caption) }
            GFMTables.assemble(
                layout, number: layout.table.label.flatMap { hooks.tableNumber?($0) },
                allowRawHTML: allowRawHTML)
        }
        for layout in gfm.figures {
            cells.insert(layout.paragraph)
            Figures.assemble(
                layout, number: hooks.tableNumber?(layout.figure.label), allowRawHTML: allowRawHTML)
        }
        for paragraph in displayParents where !cells.contains(paragraph) {
            splitParagraph(paragraph, at: displayNodes)
        }
        return Cmark.renderHTML(root, allowRawHTML: allowRawHTML)
    }

    private func stripExplicitID(_ heading: Cmark.NodePointer) {
        guard let last = cmark_node_last_child(heading), Cmark.type(last) == CMARK_NODE_TEXT else {
            return
        }
        let literal = Cmark.literal(last)
        let (text, id) = splitExplicitID(literal)
        guard id != nil else { return }
        if text.isEmpty {
            cmark_node_unlink(last)
            cmark_node_free(last)
        } else {
            cmark_node_set_literal(last, text)
        }
    }

    private func restoreURL(_ node: Cmark.NodePointer) {
        if let url = cmark_node_get_url(node).map({ String(cString: $0) }),
            MathPlaceholder.occurs(in: url)
        {
            cmark_node_set_url(node, note.restoringMath(url))
        }
        if let title = cmark_node_get_title(node).map({ String(cString: $0) }),
            MathPlaceholder.occurs(in: title)
        {
            cmark_node_set_title(node, note.restoringMath(title))
        }
    }

    private func isInsideImage(_ node: Cmark.NodePointer) -> Bool {
        var current = cmark_node_parent(node)
        while let n = current {
            if Cmark.type(n) == CMARK_NODE_IMAGE { return true }
            current = cmark_node_parent(n)
        }
        return false
    }

    /// Splits a text node at its placeholders into text and custom inline nodes, and drops the
    /// fillers (with the soft break before them) of formulas that span lines.
    private func replaceMath(
        in node: Cmark.NodePointer, displayNumber: [Int: Int],
        onDisplay: (Cmark.NodePointer) -> Void
    ) {
        let literal = Cmark.literal(node)
        guard MathPlaceholder.occurs(in: literal) else { return }
        let inImage = isInsideImage(node)
        var pieces: [(Cmark.NodePointer, isDisplay: Bool)] = []
        var buffer = String.UnicodeScalarView()
        func flush() {
            guard !buffer.isEmpty else { return }
            if let text = Cmark.textNode(String(buffer)) { pieces.append((text, false)) }
            buffer = String.UnicodeScalarView()
        }
        for scalar in literal.unicodeScalars {
            if scalar == MathPlaceholder.filler { continue }
            guard let i = MathPlaceholder.index(of: scalar), i < note.math.spans.count else {
                buffer.append(scalar)
                continue
            }
            let span = note.math.spans[i]
            if inImage || span.kind == .literal {
                // Alt text is plain text: keep the formula's source.
                buffer.append(contentsOf: span.original.unicodeScalars)
                continue
            }
            flush()
            switch span.kind {
            case .inline:
                if let custom = Cmark.customNode(CMARK_NODE_CUSTOM_INLINE, html: hooks.inlineMath(span.tex)) {
                    pieces.append((custom, false))
                }
            case .literal:
                break  // handled above
            case .display:
                let k = displayNumber[i] ?? 0
                let math =
                    k < displayMath.count
                    ? displayMath[k] : DisplayMath(tex: span.tex, label: span.label, location: span.location)
                if let custom = Cmark.customNode(CMARK_NODE_CUSTOM_INLINE, html: hooks.displayMath(math)) {
                    pieces.append((custom, true))
                }
            }
        }
        flush()
        if literal.unicodeScalars.first == MathPlaceholder.filler,
            let previous = cmark_node_previous(node),
            Cmark.type(previous) == CMARK_NODE_SOFTBREAK
        {
            cmark_node_unlink(previous)
            cmark_node_free(previous)
        }
        for (piece, _) in pieces { cmark_node_insert_before(node, piece) }
        cmark_node_unlink(node)
        cmark_node_free(node)
        for (piece, isDisplay) in pieces where isDisplay { onDisplay(piece) }
    }

    /// Renders a heading through cmark and re-inserts it with its `id`.
    private func replaceHeading(_ node: Cmark.NodePointer, id: String, level: Int) {
        var html = Cmark.renderHTML(node)
        let open = "<h\(level)>"
        guard html.hasPrefix(open) else { return }
        html = "<h\(level) id=\"\(HTMLText.escape(id))\">" + html.dropFirst(open.count)
        while html.hasSuffix("\n") { html.removeLast() }
        if let custom = Cmark.customNode(CMARK_NODE_CUSTOM_BLOCK, html: html) {
            Cmark.replace(node, with: custom)
        }
    }

    /// A display formula is a block: the paragraph around it is split so the formula does not
    /// end up inside `<p>`; text before and after stays in paragraphs of its own.
    private func splitParagraph(_ paragraph: Cmark.NodePointer, at displays: Set<Cmark.NodePointer>) {
        var replacements: [Cmark.NodePointer] = []
        var group: [Cmark.NodePointer] = []
        func flushGroup() {
            defer { group = [] }
            trim(&group)
            guard !group.isEmpty, let p = cmark_node_new(CMARK_NODE_PARAGRAPH) else { return }
            for child in group { cmark_node_append_child(p, child) }
            replacements.append(p)
        }
        for child in Cmark.children(paragraph) {
            if displays.contains(child) {
                flushGroup()
                let html = cmark_node_get_on_enter(child).map { String(cString: $0) } ?? ""
                if let block = Cmark.customNode(CMARK_NODE_CUSTOM_BLOCK, html: html) {
                    replacements.append(block)
                }
                cmark_node_unlink(child)
                cmark_node_free(child)
            } else {
                group.append(child)
            }
        }
        flushGroup()
        for node in replacements { cmark_node_insert_before(paragraph, node) }
        cmark_node_unlink(paragraph)
        cmark_node_free(paragraph)
    }

    /// Drops line breaks and whitespace at both ends of a run of inline nodes.
    private func trim(_ nodes: inout [Cmark.NodePointer]) {
        func isBreak(_ n: Cmark.NodePointer) -> Bool {
            let t = Cmark.type(n)
            return t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK
        }
        func drop(_ n: Cmark.NodePointer) {
            cmark_node_unlink(n)
            cmark_node_free(n)
        }
        func trimText(_ n: Cmark.NodePointer, leading: Bool) -> Bool {
            guard Cmark.type(n) == CMARK_NODE_TEXT else { return false }
            var s = Substring(Cmark.literal(n))
            if leading {
                while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
            } else {
                while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
            }
            if s.isEmpty { return true }
            cmark_node_set_literal(n, String(s))
            return false
        }
        while let first = nodes.first, isBreak(first) || trimText(first, leading: true) {
            drop(first)
            nodes.removeFirst()
        }
        while let last = nodes.last, isBreak(last) || trimText(last, leading: false) {
            drop(last)
            nodes.removeLast()
        }
    }

}
