/// A position in a note's source text, 1-based, as a compiler reports it.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line in the note file.
    public var line: Int
    /// The 1-based column (in UTF-8 bytes) in the note file.
    public var column: Int

    /// A location from a 1-based line and a 1-based byte column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`, the form compilers print before a message.
    public var description: String { "\(line):\(column)" }
}

/// The YAML header of a note. `title` is required so the index and page heading always have one.
public struct FrontMatter: Sendable, Equatable {
    /// The note's title (required).
    public var title: String
    /// Where the note's material comes from (article, papers).
    public var source: String?
    /// Free-form tags shown on the index page.
    public var tags: [String]
    /// The seed of the note's root random key; blocks draw from `foldIn(root, blockIndex)`.
    public var seed: UInt64
    /// A one-paragraph summary for the index page.
    public var summary: String?
    /// `timeout: 2m`: the note's whole time budget, for a note that legitimately computes longer
    /// than the default; `nil` keeps the runner's default.
    public var timeout: Duration?
    /// `memory: 2GB`: how much memory the note's values may hold, for a note that legitimately
    /// needs more than the default budget (1 GiB); `nil` keeps the runner's default.
    public var memory: Int?
    /// `raw-html: true`: the author vouches for the HTML written in the prose, which is then
    /// passed through. Off by default because notes come from other people and raw HTML is the
    /// one way prose could become live script on the page.
    public var allowsRawHTML: Bool
    /// `order: 1`: where the note sits on the index page (Quarto's listing key). Notes with an
    /// order come first, by order; the rest follow by file name.
    public var order: Int?
    /// `bibliography: refs.bib` (BibTeX) or `refs.json` (CSL-JSON): the file, relative to the
    /// note's folder, whose entries `[@key]` citations in the prose refer to.
    public var bibliography: String?
    /// The note line of the `bibliography:` key (for diagnostics about the file); 0 when absent.
    public var bibliographyLine: Int = 0
    /// `engine: compiled`: the note runs as a Swift program built with `swiftc` instead of in
    /// the interpreter (per note, since its blocks share one scope).
    public var engine: NoteEngine = .interpreter

    /// A front matter from values; only `title` is required, as in a note.
    public init(
        title: String, source: String? = nil, tags: [String] = [], seed: UInt64 = 0,
        summary: String? = nil, timeout: Duration? = nil, allowsRawHTML: Bool = false, order: Int? = nil
    ) {
        self.title = title
        self.source = source
        self.tags = tags
        self.seed = seed
        self.summary = summary
        self.timeout = timeout
        self.allowsRawHTML = allowsRawHTML
        self.order = order
    }
}

/// Which engine runs a note's blocks.
public enum NoteEngine: String, Sendable, Equatable {
    /// Folio's interpreter (the default): starts at once, runs anywhere Folio runs.
    case interpreter
    /// The note as a Swift program, built by the toolchain's compiler and run natively: for a
    /// note whose computation is heavy enough to be worth a build.
    case compiled
}

/// The `//| key: value` options at the top of a fenced block, in the order written.
///
/// Options are kept as text so that each layer interprets only the keys it owns; the typed
/// accessors below fix the defaults in one place.
public struct BlockOptions: Sendable, Equatable {
    /// Every option as written, in order. Later duplicates win in the typed accessors.
    public var entries: [(key: String, value: String)]

    /// Options from `(key, value)` pairs in the order written.
    public init(entries: [(key: String, value: String)] = []) {
        self.entries = entries
    }

    /// The raw value of `key` (surrounding quotes removed), or `nil` when absent.
    public subscript(key: String) -> String? {
        entries.last(where: { $0.key == key })?.value
    }

    /// `echo: false` hides the code; default true.
    public var echo: Bool { flag("echo", default: true) }
    /// `eval: false` shows the code without running it; default true.
    public var eval: Bool { flag("eval", default: true) }
    /// `output: false` hides what the block produced; default true.
    public var output: Bool { flag("output", default: true) }
    /// `fold: true` collapses the code behind a disclosure; default false.
    public var fold: Bool { flag("fold", default: false) }
    /// `label: fig-x` / `tbl-x`: the block's cross-reference label.
    public var label: String? { self["label"] }
    /// `caption: …`: the figure or table caption.
    public var caption: String? { self["caption"] }
    /// `error: "text"`: the block must fail with a message containing the text.
    public var expectedError: String? { self["error"] }
    /// `verifies: eq-a, eq-b`: the equations whose ✓ depends on this block's checks.
    public var verifies: [String] {
        guard let raw = self["verifies"] else { return [] }
        return raw.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// `timeout: 10s` (also `500ms`, `2m`, or a bare number of seconds); `nil` when absent or
    /// unreadable (`hasUnreadableTimeout` tells the two apart).
    public var timeout: Duration? { self["timeout"].flatMap(DurationText.parse) }

    /// Whether a `timeout` option is written but is not a duration.
    public var hasUnreadableTimeout: Bool { self["timeout"] != nil && timeout == nil }

    private func flag(_ key: String, default value: Bool) -> Bool {
        guard let raw = self[key]?.lowercased() else { return value }
        switch raw {
        case "true", "yes": return true
        case "false", "no": return false
        default: return value
        }
    }

    /// Options are equal when they list the same pairs in the same order.
    public static func == (lhs: BlockOptions, rhs: BlockOptions) -> Bool {
        lhs.entries.elementsEqual(rhs.entries) { $0.key == $1.key && $0.value == $1.value }
    }
}

/// A fenced code block of a note: executed when its info string starts with `swift`.
public struct CodeBlock: Sendable, Equatable {
    /// The block's position among all fenced blocks of the note, from 0.
    public var index: Int
    /// The info string as written after the opening fence.
    public var info: String
    /// The first word of the info string (`swift`, `python`, …), lowercased.
    public var language: String
    /// The `//|` options at the top of the block.
    public var options: BlockOptions
    /// The code after the option lines, ending in a newline unless empty.
    public var code: String
    /// Where the first line of `code` starts in the note (line and column).
    public var codeStart: SourceLocation
    /// The line of the opening fence.
    public var fenceLine: Int

    /// Whether Folio runs this block: a `swift` fence that is not `eval: false`.
    public var isExecutable: Bool { language == "swift" && options.eval }

    /// A block from parts (tests, tools that build notes programmatically).
    public init(
        index: Int, info: String, language: String, options: BlockOptions, code: String,
        codeStart: SourceLocation, fenceLine: Int
    ) {
        self.index = index
        self.info = info
        self.language = language
        self.options = options
        self.code = code
        self.codeStart = codeStart
        self.fenceLine = fenceLine
    }
}

/// A `$$…$$` display formula with its optional `{#eq-label}`.
public struct DisplayMath: Sendable, Equatable {
    /// The TeX between the dollar signs, byte-for-byte as written.
    public var tex: String
    /// The label after the formula (`eq-…`), without `{#` and `}`.
    public var label: String?
    /// Where the opening `$$` stands in the note.
    public var location: SourceLocation

    /// A formula from its TeX, optional label and location.
    public init(tex: String, label: String?, location: SourceLocation) {
        self.tex = tex
        self.label = label
        self.location = location
    }
}

/// The ways the HTML of a note is customised by the page renderer.
///
/// FolioMarkdown owns cmark, so it renders the prose; the page layer decides what a block, a
/// formula and inline math turn into. Each hook returns raw HTML that is inserted as written.
public struct HTMLHooks {
    /// The HTML that replaces a fenced block (its code and its outputs).
    public var codeBlock: (CodeBlock) -> String
    /// The HTML of a display formula. Its TeX must be HTML-escaped by the hook.
    public var displayMath: (DisplayMath) -> String
    /// The HTML of inline math given its TeX as written.
    public var inlineMath: (String) -> String
    /// The HTML of an inline `` `{swift} expr` `` span (its value). When `nil`, the span is
    /// rendered as the code span it is.
    public var inlineExpression: ((InlineExpression) -> String)?
    /// The number shown in the caption of a labelled prose table or figure ("Table 2",
    /// "Figure 3"), given its label; `nil` (the default) shows the caption without a number.
    public var tableNumber: ((String) -> String?)? = nil

    /// Hooks for blocks and math; `inlineExpression` defaults to showing the code span.
    public init(
        codeBlock: @escaping (CodeBlock) -> String,
        displayMath: @escaping (DisplayMath) -> String,
        inlineMath: @escaping (String) -> String,
        inlineExpression: ((InlineExpression) -> String)? = nil
    ) {
        self.codeBlock = codeBlock
        self.displayMath = displayMath
        self.inlineMath = inlineMath
        self.inlineExpression = inlineExpression
    }
}

/// Why a note could not be read: a value with the location it refers to.
public struct MarkdownError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, phrased for the note's author.
    public var message: String
    /// Where it is wrong.
    public var location: SourceLocation

    /// An error with its message and the location it refers to.
    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// `line:column: error: message`, the way a compiler reports it.
    public var description: String { "\(location): error: \(message)" }
}
