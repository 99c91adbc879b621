/// Escaping text for HTML and SVG: the one function through which every piece of text that
/// Folio did not write itself (prose, printed output, labels, captions, chart titles, link
/// targets) reaches a page.
///
/// Why one function, in a target of its own: pages inline SVG charts, and the charts, the
/// Markdown renderer and the page renderer each used to escape with slightly different rules
/// (one kept `'`, one kept control characters that make inline SVG ill-formed XML). Every
/// target that writes markup depends on this one, so the rule is the same everywhere.
public enum HTMLText {
    /// `text` safe as element content and inside a double- or single-quoted attribute value,
    /// in HTML and in XML (inline SVG): `&`, `<`, `>`, `"` and `'` become references, and the
    /// characters XML 1.0 forbids (C0 controls other than tab, newline and carriage return;
    /// U+FFFE and U+FFFF) are dropped. Everything else, non-ASCII text included, is unchanged.
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
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
