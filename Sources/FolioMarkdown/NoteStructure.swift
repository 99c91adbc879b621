import Ccmark
import Foundation

/// A note prepared for cmark: front matter split off, math protected. Cheap to rebuild, so
/// `Note` stores only values and `renderHTML` prepares again.
struct PreparedNote {
    var frontMatter: FrontMatterSplit
    /// The text cmark parses (math replaced by placeholders; same lines as the note).
    var text: SourceText
    var math: ProtectedText
    /// Where the first paragraph starts that `CmarkGuard` had to defuse, if any.
    var defused: SourceLocation?
    /// Lines on which a footnote definition `[^x]:` starts (its `[` is rewritten to `\`).
    var footnoteDefinitionLines: Set<Int> = []
    /// Every line that belongs to a footnote definition (its indented continuation included).
    var footnoteLines: Set<Int> = []

    init(_ source: String) { self.init(normalized: SourceText.normalized(source)) }

    /// A note from `SourceText.normalized` bytes.
    init(normalized: [UInt8]) {
        frontMatter = FrontMatterParser.split(normalized)
        var bodyBytes = frontMatter.body
        defused = CmarkGuard.defuse(&bodyBytes)
        let literals = MathPlaceholder.escapeReserved(&bodyBytes)
        let body = SourceText(bodyBytes)
        // First pass: where code and HTML blocks are, because `$` there is never math.
        var excluded = [Bool](repeating: false, count: body.lineCount + 2)
        var indentedCode: [ClosedRange<Int>] = []
        _ = Cmark.withDocument(body.bytes) { root in
            for node in Cmark.nodes(under: root) {
                let type = Cmark.type(node)
                guard type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK else { continue }
                let first = Int(cmark_node_get_start_line(node))
                let last = max(first, Int(cmark_node_get_end_line(node)))
                if type == CMARK_NODE_CODE_BLOCK, !Cmark.isFenced(node, in: body) {
                    // Decided after the footnote scan: inside a footnote it is prose.
                    indentedCode.append(first...last)
                    continue
                }
                for line in first...last where line >= 0 && line < excluded.count {
                    excluded[line] = true
                }
            }
        }
        // Footnote definitions (`[^x]: …` at a line start) are not a cmark construct: their
        // opening `[` becomes `\` (same length) so cmark never reads a one-word definition as
        // a link reference definition; `Footnotes` recognises the paragraph afterwards.
        let scan = Footnotes.scanDefinitions(&bodyBytes, in: body, excluded: excluded)
        footnoteDefinitionLines = scan.definitionLines
        footnoteLines = scan.lines
        for range in indentedCode where !range.allSatisfy(scan.lines.contains) {
            for line in range where line >= 0 && line < excluded.count { excluded[line] = true }
        }
        let rewritten = SourceText(bodyBytes)
        var protected = MathProtector.protect(rewritten, excluded: excluded, literals: literals)
        if !literals.isEmpty {
            // A formula's TeX holds the note's own characters, not their escapes.
            let escaped = ProtectedText(bytes: [], spans: literals, codeSpans: [])
            for k in literals.count..<protected.spans.count {
                protected.spans[k].tex = escaped.restoringLiterals(protected.spans[k].tex)
                protected.spans[k].original = escaped.restoringLiterals(protected.spans[k].original)
                protected.spans[k].label = protected.spans[k].label.map(escaped.restoringLiterals)
            }
        }
        math = protected
        text = SourceText(math.bytes)
    }

    /// The display formulas in document order.
    var displayMath: [DisplayMath] {
        math.spans.filter { $0.kind == .display }.map {
            DisplayMath(tex: $0.tex, label: $0.label, location: $0.location)
        }
    }

    /// Text of a text node with placeholders turned back into their source.
    func restoringMath(_ literal: String) -> String { math.restoring(literal, kinds: nil) }
}

extension ProtectedText {
    /// `text` with placeholders turned back into their source (only those of `kinds`, when
    /// given) and fillers dropped.
    func restoring(_ text: String, kinds: Set<MathSpan.Kind>?) -> String {
        guard MathPlaceholder.occurs(in: text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let i = MathPlaceholder.index(of: scalar), i < spans.count {
                if kinds.map({ $0.contains(spans[i].kind) }) ?? true {
                    out.append(contentsOf: spans[i].original.unicodeScalars)
                } else {
                    out.append(scalar)
                }
            } else if scalar != MathPlaceholder.filler {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text` with only the note's escaped characters restored (code, fence info strings):
    /// formulas are never protected there, so any other placeholder is left alone.
    func restoringLiterals(_ text: String) -> String { restoring(text, kinds: [.literal]) }
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
                switch Self.codeBlock(node, index: codeBlocks.count, note: note) {
                case .success(let block):
                    codeBlocks.append(block)
                case .failure(let error):
                    if firstError == nil { firstError = error }
                    codeBlocks.append(Self.lenientBlock(node, index: codeBlocks.count, note: note))
                }
                codeBlockNodes.append(node)
            } else if type == CMARK_NODE_HEADING {
                let (text, id) = splitExplicitID(Self.plainText(node, note: note))
                if let id { explicit[headingTexts.count] = id }
                headingTexts.append(
                    (
                        node, Int(cmark_node_get_heading_level(node)),
                        text.trimmingCharacters(in: .whitespaces),
                        Int(cmark_node_get_start_line(node))
                    ))
            } else if type == CMARK_NODE_CODE {
                let literal = Cmark.literal(node)
                guard literal.hasPrefix(InlineExpression.marker) else { continue }
                let code = note.restoringMath(
                    literal.dropFirst(InlineExpression.marker.count)
                        .trimmingCharacters(in: .whitespaces))
                let location = Self.locate(
                    literal, spans: note.math.codeSpans, cursor: &codeSpanCursor, text: note.text,
                    fallback: Self.blockStart(of: node))
                inlineExpressions.append(
                    InlineExpression(
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
                out += note.restoringMath(Cmark.literal(child))
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

    /// The block at `node`. Options are parsed on the text cmark saw (so columns match the
    /// note's lines); the note's escaped characters are restored in what is returned.
    static func codeBlock(_ node: Cmark.NodePointer, index: Int, note: PreparedNote)
        -> Result<CodeBlock, MarkdownError>
    {
        let text = note.text
        let literal = Cmark.literal(node)
        let info = note.restoringMath(Cmark.fenceInfo(node))
        let fenceLine = Int(cmark_node_get_start_line(node))
        let fenceColumn = Int(cmark_node_get_start_column(node))
        let literalBytes = Array(literal.utf8)
        /// The byte range of the literal's `lineIndex`-th line (only the first few are asked for).
        func literalLine(_ lineIndex: Int) -> Range<Int>? {
            literalBytes.withUnsafeBufferPointer { buffer -> Range<Int>? in
                guard let base = buffer.baseAddress else { return nil }
                var start = 0
                for _ in 0..<lineIndex {
                    guard start < buffer.count,
                        let hit = memchr(base + start, 0x0A, buffer.count - start)
                    else { return nil }
                    start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                }
                guard start <= buffer.count else { return nil }
                let end =
                    start < buffer.count
                    ? memchr(base + start, 0x0A, buffer.count - start).map {
                        base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
                    } ?? buffer.count
                    : buffer.count
                return start..<end
            }
        }

        /// The note column where the literal's `lineIndex`-th line starts: cmark strips
        /// container prefixes and fence indentation, so the literal line is a suffix of the
        /// note's line.
        func column(ofLiteralLine lineIndex: Int) -> Int {
            guard let line = literalLine(lineIndex), !line.isEmpty else { return fenceColumn }
            let raw = text.lineRange(fenceLine + 1 + lineIndex)
            guard raw.count >= line.count else { return fenceColumn }
            let same = text.bytes.withUnsafeBufferPointer { note in
                literalBytes.withUnsafeBufferPointer { lit in
                    memcmp(
                        note.baseAddress! + raw.upperBound - line.count,
                        lit.baseAddress! + line.lowerBound, line.count) == 0
                }
            }
            return same ? raw.count - line.count + 1 : fenceColumn
        }

        switch BlockOptionsParser.parse(literal) {
        case .failure(let problem):
            return .failure(
                MarkdownError(
                    note.restoringMath(problem.message),
                    at: SourceLocation(
                        line: fenceLine + 1 + problem.lineIndex,
                        column: column(ofLiteralLine: problem.lineIndex) + problem.column)))
        case .success(let parsed):
            let language =
                info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first
                .map { $0.lowercased() } ?? ""
            let startLine = fenceLine + 1 + parsed.optionLineCount
            return .success(
                CodeBlock(
                    index: index, info: info, language: language,
                    options: BlockOptions(
                        entries: parsed.options.entries.map {
                            (note.restoringMath($0.key), note.restoringMath($0.value))
                        }),
                    code: note.restoringMath(parsed.code),
                    codeStart: SourceLocation(
                        line: startLine, column: column(ofLiteralLine: parsed.optionLineCount)),
                    fenceLine: fenceLine))
        }
    }

    /// The block as rendering sees it when its options are malformed: no options, all code.
    static func lenientBlock(_ node: Cmark.NodePointer, index: Int, note: PreparedNote) -> CodeBlock {
        let info = note.restoringMath(Cmark.fenceInfo(node))
        let fenceLine = Int(cmark_node_get_start_line(node))
        return CodeBlock(
            index: index, info: info,
            language: info.split(separator: " ").first.map { $0.lowercased() } ?? "",
            options: BlockOptions(), code: note.restoringMath(Cmark.literal(node)),
            codeStart: SourceLocation(
                line: fenceLine + 1, column: Int(cmark_node_get_start_column(node))),
            fenceLine: fenceLine)
    }
}
