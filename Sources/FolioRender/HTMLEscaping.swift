import FolioHTML

/// HTML escaping for pages: every piece of engine- or metadata-produced text goes through
/// `HTML.escape` before it reaches a page.
public enum HTML {
    /// Escapes `&`, `<`, `>`, `"` and `'` so that `text` is safe both as element content and
    /// inside a double- or single-quoted attribute value, and drops the control characters XML
    /// forbids (pages inline SVG): `HTMLText.escape`, the project's one escaper.
    public static func escape(_ text: some StringProtocol) -> String {
        HTMLText.escape(text)
    }
}
