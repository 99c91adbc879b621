/// The site's front page (`output/index.html`): every note with its title, source, tags,
/// checks, equations and status, sorted by slug.
public enum IndexRenderer {
    /// The full HTML document of the index.
    public static func page(_ runs: [NoteRun]) -> String {
        let sorted = runs.sorted { ($0.slug, $0.path) < ($1.slug, $1.path) }
        let failed = sorted.filter { !$0.succeeded }.count
        let passed = sorted.reduce(0) { $0 + $1.checksPassed }
        let checks = sorted.reduce(0) { $0 + $1.checksPassed + $1.checksFailed }
        let verified = sorted.reduce(0) { $0 + $1.equationsVerified }
        let labelled = sorted.reduce(0) { $0 + $1.equationsLabelled }
        let noteCount = "\(sorted.count) \(sorted.count == 1 ? "note" : "notes")"
        let summary =
            (failed == 0 ? "✓ " : "✗ \(failed) failed · ")
            + "\(noteCount) · \(passed)/\(checks) checks passed · \(verified)/\(labelled) equations verified"

        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Folio">
            <title>Folio notes</title>
            \(PageRenderer.headAssets)
            </head>
            <body>
            <main class="index">
            <header class="note-header">
            <h1 class="title">Notes</h1>
            <p class="status \(failed == 0 ? "ok" : "failed")">\(HTML.escape(summary))</p>
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
    static func row(_ run: NoteRun) -> String {
        let front = run.note?.frontMatter
        let title = front?.title ?? run.slug
        var note = "<a class=\"note-title\" href=\"\(HTML.escape(run.slug)).html\">\(HTML.escape(title))</a>"
        if let summary = front?.summary, !summary.isEmpty {
            note += "<p class=\"summary\">\(HTML.escape(summary))</p>"
        }
        if let source = front?.source, !source.isEmpty {
            note += "<p class=\"source\">\(HTML.escape(source))</p>"
        }
        let tags = (front?.tags ?? []).map { "<li class=\"tag\">\(HTML.escape($0))</li>" }.joined()
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
