/// HTML escaping: the one function every piece of engine- or metadata-produced text goes
/// through before it reaches a page.
public enum HTML {
    /// Escapes `&`, `<`, `>`, `"` and `'` so that `text` is safe both as element content and
    /// inside a double- or single-quoted attribute value.
    ///
    /// Everything else, including non-ASCII text, is passed through unchanged (pages are UTF-8).
    public static func escape(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
