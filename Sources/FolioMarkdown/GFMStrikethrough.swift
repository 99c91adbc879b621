import Ccmark

/// GitHub's strikethrough (GFM spec, "Strikethrough (extension)"), on cmark's inlines.
///
/// - Text between a matching pair of one or two tildes (`~a~`, `~~a~~`) becomes `<del>`.
/// - The opening and closing runs must have the same length; three or more tildes never
///   strike.
/// - Runs follow the flanking rules of emphasis: an opener must be left-flanking, a closer
///   right-flanking (so `a ~~ b ~~ c` stays as written).
/// - Strikethrough stays inside one paragraph (and one container: it never crosses the
///   boundary of a link or an emphasis cmark already made).
enum GFMStrikethrough {
    struct Run {
        var node: Cmark.NodePointer
        var length: Int
        var canOpen: Bool
        var canClose: Bool
    }

    /// Applies strikethrough in every inline container under `root`.
    static func apply(_ root: Cmark.NodePointer) {
        let containers: Set<UInt32> = [
            CMARK_NODE_PARAGRAPH.rawValue, CMARK_NODE_HEADING.rawValue, CMARK_NODE_EMPH.rawValue,
            CMARK_NODE_STRONG.rawValue, CMARK_NODE_LINK.rawValue, CMARK_NODE_CUSTOM_INLINE.rawValue,
        ]
        for node in Cmark.nodes(under: root) where containers.contains(Cmark.type(node).rawValue) {
            apply(container: node)
        }
    }

    static func isWhitespace(_ c: Character?) -> Bool { c.map { $0.isWhitespace } ?? true }
    static func isPunctuation(_ c: Character?) -> Bool {
        guard let c else { return false }
        return c.isPunctuation || c.isSymbol
    }

    /// The character just outside a text node on one side: the neighbouring text's, a space
    /// for a line break or the container's edge, and punctuation for any other inline (the
    /// delimiters of an emphasis, the backticks of a code span).
    static func neighbour(_ node: Cmark.NodePointer?, last: Bool) -> Character? {
        guard let node else { return nil }
        switch Cmark.type(node) {
        case CMARK_NODE_TEXT:
            let literal = Cmark.literal(node)
            return last ? literal.last : literal.first
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: return " "
        default: return "*"
        }
    }

    static func apply(container: Cmark.NodePointer) {
        // 1. Split tilde runs out of the text nodes, noting each run's flanking.
        var runs: [Run] = []
        for child in Cmark.children(container) where Cmark.type(child) == CMARK_NODE_TEXT {
            let literal = Cmark.literal(child)
            guard literal.contains("~") else { continue }
            let before = neighbour(cmark_node_previous(child), last: true)
            let after = neighbour(cmark_node_next(child), last: false)
            let chars = Array(literal)
            var pieces: [(String, isRun: Bool, prev: Character?, next: Character?)] = []
            var i = 0
            var text = ""
            while i < chars.count {
                guard chars[i] == "~" else {
                    text.append(chars[i])
                    i += 1
                    continue
                }
                var j = i
                while j < chars.count, chars[j] == "~" { j += 1 }
                if !text.isEmpty { pieces.append((text, false, nil, nil)) }
                text = ""
                let prev = i > 0 ? chars[i - 1] : before
                let next = j < chars.count ? chars[j] : after
                pieces.append((String(chars[i..<j]), true, prev, next))
                i = j
            }
            if !text.isEmpty { pieces.append((text, false, nil, nil)) }
            for piece in pieces {
                guard let node = Cmark.textNode(piece.0) else { continue }
                cmark_node_insert_before(child, node)
                guard piece.isRun, piece.0.count <= 2 else { continue }
                let prev = piece.prev
                let next = piece.next
                let leftFlanking =
                    !isWhitespace(next)
                    && (!isPunctuation(next) || isWhitespace(prev) || isPunctuation(prev))
                let rightFlanking =
                    !isWhitespace(prev)
                    && (!isPunctuation(prev) || isWhitespace(next) || isPunctuation(next))
                runs.append(Run(node: node, length: piece.0.count, canOpen: leftFlanking, canClose: rightFlanking))
            }
            Cmark.remove(child)
        }
        guard runs.count >= 2 else { return }
        // 2. Match closers with the nearest opener of the same length.
        var openers: [Run] = []
        for run in runs {
            if run.canClose, let k = openers.lastIndex(where: { $0.length == run.length }) {
                let opener = openers[k]
                openers.removeSubrange(k...)
                guard let del = Cmark.container(CMARK_NODE_CUSTOM_INLINE, enter: "<del>", exit: "</del>") else {
                    continue
                }
                cmark_node_insert_before(opener.node, del)
                var next = cmark_node_next(opener.node)
                while let n = next, n != run.node {
                    next = cmark_node_next(n)
                    cmark_node_unlink(n)
                    cmark_node_append_child(del, n)
                }
                Cmark.remove(opener.node)
                Cmark.remove(run.node)
            } else if run.canOpen {
                openers.append(run)
            }
        }
    }
}
