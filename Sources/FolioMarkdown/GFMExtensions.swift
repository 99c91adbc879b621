import Ccmark

/// The GitHub-flavoured extensions, as one post-pass over cmark's tree (cmark itself is the
/// plain CommonMark parser): footnotes, tables, task lists, callouts, then the inline
/// extensions (footnote references, autolinks, strikethrough).
///
/// It runs on every parse of a note's tree, before anything else reads the tree, so the
/// note's structure (blocks, headings, inline values) is the same whether it is being parsed
/// or rendered.
enum GFMExtensions {
    /// What the pass built that the renderer finishes later.
    struct Result {
        var tables: [GFMTables.Layout] = []
        var figures: [Figures.Layout] = []
    }

    /// Applies every extension to the tree under `root`.
    static func apply(_ root: Cmark.NodePointer, note: PreparedNote) -> Result {
        cmark_consolidate_text_nodes(root)
        let definitions = Footnotes.collectDefinitions(root, note: note)
        Footnotes.restoreUnusedDefinitions(root, note: note)
        var result = Result()
        // Tables only outside footnotes: a footnote's continuation was parsed on its own, so its
        // lines are not the note's, and an unreferenced footnote is freed before rendering.
        result.tables = GFMTables.transform(root, note: note)
        result.figures = Figures.find(root, note: note)
        GFMTaskLists.apply(root)
        Callouts.apply(root)
        for definition in definitions {
            GFMTaskLists.apply(definition.container)
            Callouts.apply(definition.container)
        }
        // Inline extensions: references first (so `[^x]` is not read as anything else), then
        // autolinks (a `~` inside a URL is the URL's), then strikethrough.
        Footnotes.link(root, definitions: definitions)
        GFMAutolinks.apply(root)
        GFMStrikethrough.apply(root)
        return result
    }
}
