import Foundation

/// A parsed note: its front matter, its fenced blocks and its display formulas.
///
/// A `Note` holds values only (no cmark memory), so it is `Sendable` and can be handed to
/// parallel renderers; `renderHTML` parses the source again, which costs well under a millisecond.
///
/// Decisions where the design is silent:
/// - Math follows Pandoc's `tex_math_dollars`: `$x$` needs a non-space after the opening and
///   before the closing `$`, and no digit after the closing one; `$$…$$` may span lines. Neither
///   crosses a blank line or an ATX heading line (so a TeX line starting with `# ` ends a
///   formula). Unterminated math is plain text.
/// - A heading may end in `{#id}` (Pandoc's syntax) to choose its id, e.g. for `@sec-…`.
/// - A `//|` line after the first code line is code, not an option.
/// - CRLF and lone CR line endings and a byte order mark are accepted; columns count UTF-8
///   bytes (after the byte order mark).
/// - A note is UTF-8 text: `parse(data:path:)` refuses invalid UTF-8, and both entry points
///   refuse NUL bytes, with the line and column of the first offending byte (a NUL in a
///   Markdown file is corruption, not text; CommonMark's U+FFFD replacement would hide it).
///   `renderHTML` never fails: it shows a NUL as U+FFFD, as CommonMark says.
/// - Hostile input is bounded: nothing here recurses on the note's nesting (cmark does not
///   either), every scan is linear, and the front matter is limited (see `FrontMatterParser`).
public struct Note: Sendable {
    /// The path the note was read from, as given (used in diagnostics).
    public var path: String
    /// The note's text as read.
    public var source: String
    /// The YAML header.
    public var frontMatter: FrontMatter
    /// Every fenced block, in document order.
    public var codeBlocks: [CodeBlock]
    /// Every display formula, in document order.
    public var displayMath: [DisplayMath]
    /// Every heading, in document order, with the `id` its rendered HTML carries.
    public var headings: [Heading]
    /// Every inline `` `{swift} expr` `` span, in document order.
    public var inlineExpressions: [InlineExpression]
    /// Every pipe table of the prose, in document order (with its caption and label).
    public var tables: [ProseTable] = []
    /// Every labelled image of the prose (`![caption](path){#fig-x}`), in document order.
    public var figures: [ProseFigure] = []

    /// A note from parts, for tests and for tools that build notes programmatically.
    public init(
        path: String, source: String, frontMatter: FrontMatter, codeBlocks: [CodeBlock] = [],
        displayMath: [DisplayMath] = [], headings: [Heading] = [],
        inlineExpressions: [InlineExpression] = []
    ) {
        self.path = path
        self.source = source
        self.frontMatter = frontMatter
        self.codeBlocks = codeBlocks
        self.displayMath = displayMath
        self.headings = headings
        self.inlineExpressions = inlineExpressions
    }

    /// Parses a note. Throws when the front matter is missing, malformed or has no `title`, or
    /// when a block option line is malformed; line numbers are the note file's own.
    public static func parse(_ source: String, path: String) throws(MarkdownError) -> Note {
        if let nul = source.utf8.firstIndex(of: 0) {
            let offset = source.utf8.distance(from: source.utf8.startIndex, to: nul)
            throw MarkdownError(
                "note contains a NUL byte; a note must be UTF-8 text",
                at: SourceText.rawLocation(ofOffset: offset, in: source.utf8))
        }
        let normalized = SourceText.normalized(source)
        // The front matter first: a note without one is refused before cmark's work.
        let frontMatter = try FrontMatterParser.parse(FrontMatterParser.split(normalized))
        let prepared = PreparedNote(normalized: normalized)
        if let location = prepared.defused {
            throw MarkdownError(
                "this paragraph has too many image openers `![` before links for libcmark 0.30.2, which would take quadratic time on it; split it or escape them as `\\![`",
                at: location)
        }
        let structure = Cmark.withDocument(prepared.text.bytes) { root in
            let gfm = GFMExtensions.apply(root, note: prepared)
            let s = NoteStructure(root: root, note: prepared)
            return (
                s.codeBlocks, s.firstError, s.headings, s.inlineExpressions, gfm.tables.map(\.table),
                gfm.figures.map(\.figure)
            )
        }
        guard let (codeBlocks, error, headings, expressions, tables, figures) = structure else {
            throw MarkdownError("cmark could not parse the note", at: SourceLocation(line: 1, column: 1))
        }
        if let error { throw error }
        var note = Note(
            path: path, source: source, frontMatter: frontMatter, codeBlocks: codeBlocks,
            displayMath: prepared.displayMath, headings: headings, inlineExpressions: expressions)
        note.tables = tables
        note.figures = figures
        return note
    }

    /// Parses a note file's bytes, which must be UTF-8: the first invalid byte is reported with
    /// its line and (byte) column. Otherwise the same as `parse(_:path:)`.
    public static func parse<Bytes: Collection<UInt8>>(data: Bytes, path: String)
        throws(MarkdownError) -> Note
    {
        let bytes = Array(data)
        guard let source = String(validating: bytes, as: UTF8.self) else {
            let offset = SourceText.firstInvalidUTF8(bytes) ?? 0
            let byte = offset < bytes.count ? bytes[offset] : 0
            let hex = String(byte, radix: 16, uppercase: true)
            throw MarkdownError(
                "note is not valid UTF-8 (byte 0x\(hex.count < 2 ? "0" + hex : hex) here); save it as UTF-8",
                at: SourceText.rawLocation(ofOffset: offset, in: bytes))
        }
        return try parse(source, path: path)
    }

    /// Renders the prose to HTML (cmark, safe mode: raw HTML is dropped unless the front matter
    /// says `raw-html: true`), asking `hooks` for every fenced block, formula and inline
    /// expression, in document order. The front matter is not rendered.
    public func renderHTML(_ hooks: HTMLHooks) -> String {
        let prepared = PreparedNote(source)
        let renderer = HTMLRenderer(
            note: prepared, hooks: hooks, codeBlocks: codeBlocks, displayMath: displayMath,
            allowRawHTML: frontMatter.allowsRawHTML)
        return Cmark.withDocument(prepared.text.bytes) { renderer.render(root: $0) } ?? ""
    }
}
