import Foundation

/// A parsed note: its front matter, its fenced blocks and its display formulas.
///
/// STUB — to be replaced by the cmark-backed implementation.
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

    /// A note from parts, for tests and for tools that build notes programmatically.
    public init(
        path: String, source: String, frontMatter: FrontMatter, codeBlocks: [CodeBlock] = [],
        displayMath: [DisplayMath] = []
    ) {
        self.path = path
        self.source = source
        self.frontMatter = frontMatter
        self.codeBlocks = codeBlocks
        self.displayMath = displayMath
    }

    /// Parses a note. Throws when the front matter is missing, malformed or has no `title`.
    public static func parse(_ source: String, path: String) throws(MarkdownError) -> Note {
        throw MarkdownError("not implemented", at: SourceLocation(line: 1, column: 1))
    }

    /// Renders the prose to HTML, asking `hooks` for every block and formula.
    public func renderHTML(_ hooks: HTMLHooks) -> String {
        ""
    }
}
