import FolioHTML

/// The site's front page (`output/index.html`): every note with its title, source, tags,
/// checks, equations and status, in front-matter `order` (notes without one last), then by slug.
public enum IndexRenderer {
    /// The full HTML document of the index.
    public static func page(_ runs: [NoteRun]) -> String {
        page(entries: runs.map(\.indexEntry))
    }

    /// The full HTML document of the index, from what each note's row needs (the render cache
    /// keeps these, so an unchanged note need not run again for the index to be written).
    public static func page(entries: [IndexEntry]) -> String {
        let sorted = entries.sorted {
            ($0.order ?? Int.max, $0.slug, $0.path) < ($1.order ?? Int.max, $1.slug, $1.path)
        }
        let failed = sorted.filter { !$0.succeeded }.count
        let passed = sorted.reduce(0) { $0 + $1.checksPassed }
        let checks = sorted.reduce(0) { $0 + $1.checksPassed + $1.checksFailed }
        let verified = sorted.reduce(0) { $0 + $1.equationsVerified }
        let labelled = sorted.reduce(0) { $0 + $1.equationsLabelled }
        let noteCount = "\(sorted.count) \(sorted.count == 1 ? "note" : "notes")"
        let summary =
            (failed == 0 ? "✓ " : "✗ \(failed) failed · ")
            + "\(noteCount) · \(passed)/\(checks) checks passed · \(verified)/\(labelled) equations verified"

        var out = PageRenderer.documentStart(title: "Folio notes", main: "index")
        out += """
            <header class="note-header">
            <h1 class="title">Notes</h1>
            <p class="status \(failed == 0 ? "ok" : "failed")">\(HTMLText.escape(summary))</p>
            </header>
            <div class="table-scroll">
            <table class="notes">
            <thead><tr><th scope="col">Note</th><th scope="col">Tags</th><th scope="col">Checks</th><th scope="col">Equations</th><th scope="col">Status</th></tr></thead>
            <tbody>

            """
        for run in sorted {
            out += row(run)
        }
        out += """
            </tbody>
            </table>
            </div>
            </main>
            \(PageRenderer.mathScript)</body>
            </html>

            """
        return out
    }

    /// One `<tr>` of the notes table.
    static func row(_ run: IndexEntry) -> String {
        var note =
            "<a class=\"note-title\" href=\"\(HTMLText.escape(run.slug)).html\">\(HTMLText.escape(run.title))</a>"
        if let summary = run.summary, !summary.isEmpty {
            note += "<p class=\"summary\">\(HTMLText.escape(summary))</p>"
        }
        if let source = run.source, !source.isEmpty {
            note += "<p class=\"source\" title=\"\(HTMLText.escape(source))\">\(HTMLText.escape(source))</p>"
        }
        let tags = run.tags.map { "<li class=\"tag\">\(HTMLText.escape($0))</li>" }.joined()
        let checks =
            run.checksFailed > 0
            ? "\(run.checksPassed) passed, <span class=\"fail\">\(run.checksFailed) failed</span>"
            : "\(run.checksPassed) passed"
        let equations =
            run.equationsLabelled == 0 ? "—" : "\(run.equationsVerified)/\(run.equationsLabelled) verified"
        let status =
            run.succeeded
            ? "<span class=\"badge ok\" title=\"all good\">✓</span>"
            : "<span class=\"badge failed\" title=\"failed\">✗</span>"
        return "<tr class=\"\(run.succeeded ? "ok" : "failed")\">"
            + "<td>\(note)</td>"
            + "<td>\(tags.isEmpty ? "" : "<ul class=\"tags\">\(tags)</ul>")</td>"
            + "<td class=\"num\">\(checks)</td>"
            + "<td class=\"num\">\(equations)</td>"
            + "<td class=\"status-cell\">\(status)</td></tr>\n"
    }
}

/// One note's row in the index: everything ``IndexRenderer`` shows about it, derived from a
/// ``NoteRun`` and stored by the render cache.
public struct IndexEntry: Codable, Sendable, Equatable {
    /// The page's file name stem.
    public var slug: String
    /// The note's path as given (`notes/x.md`); breaks ties between equal slugs.
    public var path: String
    /// The front matter's title, or the slug when the note could not be parsed.
    public var title: String
    /// The front matter's `summary` (shown under the title), if any.
    public var summary: String?
    /// The front matter's `source` (where the material comes from), if any.
    public var source: String?
    /// The front matter's `tags`, in the order written.
    public var tags: [String]
    /// Checks (`#expect`, `#require`) that held.
    public var checksPassed: Int
    /// Checks that failed; any failure makes the note fail.
    public var checksFailed: Int
    /// Labelled display formulas (`{#eq-…}`).
    public var equationsLabelled: Int
    /// Labelled formulas whose verifying blocks ran at least one check and all held (✓).
    public var equationsVerified: Int
    /// Whether the note ran to the end with every check holding.
    public var succeeded: Bool
    /// The front matter's `order`: entries with one come first, by it.
    public var order: Int?

    /// An entry from parts.
    public init(
        slug: String, path: String, title: String, summary: String? = nil, source: String? = nil,
        tags: [String] = [], checksPassed: Int = 0, checksFailed: Int = 0, equationsLabelled: Int = 0,
        equationsVerified: Int = 0, succeeded: Bool = true, order: Int? = nil
    ) {
        self.slug = slug
        self.path = path
        self.title = title
        self.summary = summary
        self.source = source
        self.tags = tags
        self.checksPassed = checksPassed
        self.checksFailed = checksFailed
        self.equationsLabelled = equationsLabelled
        self.equationsVerified = equationsVerified
        self.succeeded = succeeded
        self.order = order
    }
}

extension NoteRun {
    /// The note's row in the index.
    public var indexEntry: IndexEntry {
        let front = note?.frontMatter
        return IndexEntry(
            slug: slug, path: path, title: front?.title ?? slug, summary: front?.summary,
            source: front?.source, tags: front?.tags ?? [], checksPassed: checksPassed,
            checksFailed: checksFailed, equationsLabelled: equationsLabelled,
            equationsVerified: equationsVerified, succeeded: succeeded, order: front?.order)
    }
}
