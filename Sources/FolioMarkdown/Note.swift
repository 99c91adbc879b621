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
/// - CRLF line endings and a byte order mark are accepted; columns count UTF-8 bytes.
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
        let prepared = PreparedNote(source)
        let frontMatter = try FrontMatterParser.parse(prepared.frontMatter)
        let structure = Cmark.withDocument(prepared.text.bytes) { root in
            let s = NoteStructure(root: root, note: prepared)
            return (s.codeBlocks, s.firstError, s.headings, s.inlineExpressions)
        }
        guard let (codeBlocks, error, headings, expressions) = structure else {
            throw MarkdownError("cmark could not parse the note", at: SourceLocation(line: 1, column: 1))
        }
        if let error { throw error }
        return Note(
            path: path, source: source, frontMatter: frontMatter, codeBlocks: codeBlocks,
            displayMath: prepared.displayMath, headings: headings, inlineExpressions: expressions)
    }

    /// Renders the prose to HTML (cmark, safe mode: raw HTML is dropped), asking `hooks` for
    /// every fenced block, formula and inline expression, in document order. The front matter
    /// is not rendered.
    public func renderHTML(_ hooks: HTMLHooks) -> String {
        let prepared = PreparedNote(source)
        let renderer = HTMLRenderer(
            note: prepared, hooks: hooks, codeBlocks: codeBlocks, displayMath: displayMath)
        return Cmark.withDocument(prepared.text.bytes) { renderer.render(root: $0) } ?? ""
    }
}
