import Foundation
import Ccmark

/// A note prepared for cmark: front matter split off, math protected. Cheap to rebuild, so
/// `Note` stores only values and `renderHTML` prepares again.
struct PreparedNote {
    var frontMatter: FrontMatterSplit
    /// The text cmark parses (math replaced by placeholders; same lines as the note).
    var text: SourceText
    var math: ProtectedText

    init(_ source: String) {
        frontMatter = FrontMatterParser.split(SourceText.normalized(source))
        let body = SourceText(frontMatter.body)
        // First pass: where code and HTML blocks are, because `$` there is never math.
        var excluded = [Bool](repeating: false, count: body.lineCount + 2)
        _ = Cmark.withDocument(body.bytes) { root in
            for node in Cmark.nodes(under: root) {
                let type = Cmark.type(node)
                guard type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK else { continue }
                let first = Int(cmark_node_get_start_line(node))
                let last = max(first, Int(cmark_node_get_end_line(node)))
                for line in first...last where line >= 0 && line < excluded.count {
                    excluded[line] = true
                }
            }
        }
        math = MathProtector.protect(body, excluded: excluded)
        text = SourceText(math.bytes)
    }

    /// The display formulas in document order.
    var displayMath: [DisplayMath] {
        math.spans.filter { $0.kind == .display }.map {
            DisplayMath(tex: $0.tex, label: $0.label, location: $0.location)
        }
    }

    /// Text of a text node with placeholders turned back into their source.
    func restoringMath(_ literal: String) -> String {
        guard MathPlaceholder.occurs(in: literal) else { return literal }
        var out = ""
        for scalar in literal.unicodeScalars {
            if let i = MathPlaceholder.index(of: scalar), i < math.spans.count {
                out += math.spans[i].original
            } else if scalar != MathPlaceholder.filler {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// What a walk over the cmark tree finds: blocks, headings and inline expressions.
struct NoteStructure {
    var codeBlocks: [CodeBlock] = []
    /// The first malformed block option, if any.
    var firstError: MarkdownError?
    var headings: [Heading] = []
    var inlineExpressions: [InlineExpression] = []

    /// The nodes the renderer replaces, in the same order as the arrays above.
    var codeBlockNodes: [Cmark.NodePointer] = []
    var headingNodes: [Cmark.NodePointer] = []
    var inlineExpressionNodes: [Cmark.NodePointer] = []

    init(root: Cmark.NodePointer, note: PreparedNote) {
        var explicit: [Int: String] = [:]
        var headingTexts: [(Cmark.NodePointer, Int, String, Int)] = []
        var codeSpanCursor = 0
        for node in Cmark.nodes(under: root) {
            let type = Cmark.type(node)
            if type == CMARK_NODE_CODE_BLOCK, Cmark.isFenced(node, in: note.text) {
                switch Self.codeBlock(node, index: codeBlocks.count, text: note.text) {
                case .success(let block):
                    codeBlocks.append(block)
                case .failure(let error):
                    if firstError == nil { firstError = error }
                    codeBlocks.append(Self.lenientBlock(node, index: codeBlocks.count, text: note.text))
                }
                codeBlockNodes.append(node)
            } else if type == CMARK_NODE_HEADING {
                let (text, id) = splitExplicitID(Self.plainText(node, note: note))
                if let id { explicit[headingTexts.count] = id }
                headingTexts.append(
                    (node, Int(cmark_node_get_heading_level(node)),
                     text.trimmingCharacters(in: .whitespaces),
                     Int(cmark_node_get_start_line(node))))
            } else if type == CMARK_NODE_CODE {
                let literal = Cmark.literal(node)
                guard literal.hasPrefix(InlineExpression.marker) else { continue }
                let code = literal.dropFirst(InlineExpression.marker.count)
                    .trimmingCharacters(in: .whitespaces)
                let location = Self.locate(
                    literal, spans: note.math.codeSpans, cursor: &codeSpanCursor, text: note.text,
                    fallback: Self.blockStart(of: node))
                inlineExpressions.append(InlineExpression(
                    index: inlineExpressions.count, code: code, location: location,
                    blocksBefore: codeBlocks.count))
                inlineExpressionNodes.append(node)
            }
        }
        var slugger = Slugger()
        for id in explicit.values { slugger.reserve(id) }
        for (i, (node, level, text, line)) in headingTexts.enumerated() {
            let id = explicit[i] ?? slugger.slug(text)
            headings.append(Heading(level: level, text: text, id: id, line: line))
            headingNodes.append(node)
        }
    }

    /// A heading's text: text and code literals, breaks as spaces, math as written.
    static func plainText(_ node: Cmark.NodePointer, note: PreparedNote) -> String {
        var out = ""
        for child in Cmark.nodes(under: node) {
            let type = Cmark.type(child)
            if type == CMARK_NODE_TEXT {
                out += note.restoringMath(Cmark.literal(child))
            } else if type == CMARK_NODE_CODE {
                out += Cmark.literal(child)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                out += " "
            }
        }
        return out
    }

    /// The start of the nearest block around an inline node (cmark 0.30 has no inline
    /// positions).
    static func blockStart(of node: Cmark.NodePointer) -> SourceLocation {
        var current: Cmark.NodePointer? = node
        while let n = current {
            let line = Int(cmark_node_get_start_line(n))
            if line > 0 {
                return SourceLocation(line: line, column: Int(cmark_node_get_start_column(n)))
            }
            current = cmark_node_parent(n)
        }
        return SourceLocation(line: 1, column: 1)
    }

    /// Finds the scanner's code span with this content (the k-th `{swift}` span in the tree is
    /// normally the next such span in the text) and returns where its expression starts.
    static func locate(
        _ literal: String, spans: [ScannedCodeSpan], cursor: inout Int, text: SourceText,
        fallback: SourceLocation
    ) -> SourceLocation {
        var k = cursor
        while k < spans.count {
            if spans[k].content == literal {
                cursor = k + 1
                let raw = spans[k].rawContent
                var offset = 0
                // Skip to the marker, past it, and past the spaces before the expression.
                while offset < raw.count, raw[offset].isWhitespaceByte { offset += 1 }
                offset += InlineExpression.marker.utf8.count
                while offset < raw.count, raw[offset].isSpaceOrTab { offset += 1 }
                return text.location(ofOffset: spans[k].contentOffset + offset)
            }
            k += 1
        }
        return fallback
    }

    static func codeBlock(_ node: Cmark.NodePointer, index: Int, text: SourceText)
        -> Result<CodeBlock, MarkdownError>
    {
        let literal = Cmark.literal(node)
        let info = Cmark.fenceInfo(node)
        let fenceLine = Int(cmark_node_get_start_line(node))
        let fenceColumn = Int(cmark_node_get_start_column(node))
        let literalLines = literal.split(separator: "\n", omittingEmptySubsequences: false)

        /// The note column where the literal's `lineIndex`-th line starts: cmark strips
        /// container prefixes and fence indentation, so the literal line is a suffix of the
        /// note's line.
        func column(ofLiteralLine lineIndex: Int) -> Int {
            guard lineIndex < literalLines.count, !literalLines[lineIndex].isEmpty else {
                return fenceColumn
            }
            let raw = text.line(fenceLine + 1 + lineIndex)
            let lineBytes = literalLines[lineIndex].utf8
            guard raw.count >= lineBytes.count, raw.suffix(lineBytes.count).elementsEqual(lineBytes)
            else { return fenceColumn }
            return raw.count - lineBytes.count + 1
        }

        switch BlockOptionsParser.parse(literal) {
        case .failure(let problem):
            return .failure(MarkdownError(
                problem.message,
                at: SourceLocation(
                    line: fenceLine + 1 + problem.lineIndex,
                    column: column(ofLiteralLine: problem.lineIndex) + problem.column)))
        case .success(let parsed):
            let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first
                .map { $0.lowercased() } ?? ""
            let startLine = fenceLine + 1 + parsed.optionLineCount
            return .success(CodeBlock(
                index: index, info: info, language: language, options: parsed.options,
                code: parsed.code,
                codeStart: SourceLocation(
                    line: startLine, column: column(ofLiteralLine: parsed.optionLineCount)),
                fenceLine: fenceLine))
        }
    }

    /// The block as rendering sees it when its options are malformed: no options, all code.
    static func lenientBlock(_ node: Cmark.NodePointer, index: Int, text: SourceText) -> CodeBlock {
        let info = Cmark.fenceInfo(node)
        let fenceLine = Int(cmark_node_get_start_line(node))
        return CodeBlock(
            index: index, info: info,
            language: info.split(separator: " ").first.map { $0.lowercased() } ?? "",
            options: BlockOptions(), code: Cmark.literal(node),
            codeStart: SourceLocation(
                line: fenceLine + 1, column: Int(cmark_node_get_start_column(node))),
            fenceLine: fenceLine)
    }
}
