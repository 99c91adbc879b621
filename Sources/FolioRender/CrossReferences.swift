import FolioHTML
import FolioMarkdown

/// Cross-references in prose: `@fig-x`, `@tbl-x`, `@eq-x` and `@sec-x` become numbered links
/// ("Figure 2", "Table 1", "Equation 3", a section's heading text).
///
/// A reference is `@` followed by a known prefix and a label of letters, digits, `-` and `_`,
/// not preceded by a letter or digit (so `name@fig-host.org` is left alone), in prose text:
/// never inside `<code>`, `<pre>` or an existing link. An unknown label renders as a struck-out
/// `@label` and is reported by ``NoteRunner`` as an error at its line.
enum CrossReferences {
    /// The prefixes that make `@…` a reference.
    static let prefixes = ["fig-", "tbl-", "eq-", "sec-"]

    /// A link target: the anchor and the text of the link.
    struct Target {
        var id: String
        var html: String
    }

    /// Finds the references in one line of Markdown (outside code spans): label and 1-based
    /// UTF-8 column of the `@`.
    static func references(inLine line: Substring) -> [(label: String, column: Int)] {
        var found: [(String, Int)] = []
        let bytes = Array(line.utf8)
        var inCode = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "`") {
                inCode.toggle()
            } else if byte == UInt8(ascii: "@"), !inCode, index == 0 || !isWordByte(bytes[index - 1]),
                let label = label(in: bytes, at: index + 1)
            {
                found.append((label, index + 1))
                index += label.utf8.count
            }
            index += 1
        }
        return found
    }

    /// The label starting at `start` if it has a known prefix.
    static func label(in bytes: [UInt8], at start: Int) -> String? {
        var end = start
        while end < bytes.count,
            isWordByte(bytes[end]) || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "_")
        {
            end += 1
        }
        // A sentence may end right after a label: "see @fig-x-" is not a label with a hyphen.
        while end > start, bytes[end - 1] == UInt8(ascii: "-") || bytes[end - 1] == UInt8(ascii: "_") { end -= 1 }
        guard end > start else { return nil }
        let label = String(decoding: bytes[start..<end], as: UTF8.self)
        guard let prefix = prefixes.first(where: label.hasPrefix), label.count > prefix.count else { return nil }
        return label
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// Every reference in the note's prose (fenced blocks and front matter skipped), with its
    /// location.
    static func references(in note: Note) -> [(label: String, location: FolioMarkdown.SourceLocation)] {
        var found: [(String, FolioMarkdown.SourceLocation)] = []
        for (number, line) in Citations.proseLines(of: note) {
            for (label, column) in references(inLine: line) {
                found.append((label, FolioMarkdown.SourceLocation(line: number, column: column)))
            }
        }
        return found
    }

    /// Replaces references in the text of `html` (outside tags, code, pre and links).
    static func link(_ html: String, targets: [String: Target]) -> String {
        mapProseText(html) { linkText($0, targets: targets) }
    }

    /// `html` with `transform` applied to each run of text outside tags and outside `code`,
    /// `pre` and `a` elements (where a reference or a citation must stay literal). Shared by
    /// cross-references and citations.
    static func mapProseText(_ html: String, _ transform: (Substring) -> String) -> String {
        var out = ""
        var protected = 0
        var rest = Substring(html)
        while !rest.isEmpty {
            if rest.first == "<" {
                let end = rest.firstIndex(of: ">").map { rest.index(after: $0) } ?? rest.endIndex
                let tag = rest[..<end]
                let lower = tag.lowercased()
                for name in ["code", "pre", "a"] {
                    if lower.hasPrefix("<\(name)>") || lower.hasPrefix("<\(name) ") { protected += 1 }
                    if lower.hasPrefix("</\(name)>") { protected = max(0, protected - 1) }
                }
                out += tag
                rest = rest[end...]
                continue
            }
            let end = rest.firstIndex(of: "<") ?? rest.endIndex
            let text = rest[..<end]
            out += protected > 0 ? String(text) : transform(text)
            rest = rest[end...]
        }
        return out
    }

    /// Links the references of one text node.
    static func linkText(_ text: Substring, targets: [String: Target]) -> String {
        let found = references(inLine: text)
        guard !found.isEmpty else { return String(text) }
        let bytes = Array(text.utf8)
        var out = ""
        var position = 0
        for (label, column) in found {
            let at = column - 1
            out += String(decoding: bytes[position..<at], as: UTF8.self)
            if let target = targets[label] {
                out += "<a class=\"xref\" href=\"#\(HTMLText.escape(target.id))\">\(target.html)</a>"
            } else {
                out += "<span class=\"unknown-ref\" title=\"unknown label\">@\(HTMLText.escape(label))</span>"
            }
            position = at + 1 + label.utf8.count
        }
        out += String(decoding: bytes[position...], as: UTF8.self)
        return out
    }
}

extension CodeBlock {
    /// The line of the closing fence (or the block's last line when the fence is unclosed).
    var closingFenceLine: Int {
        let codeLines = code.isEmpty ? 0 : code.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        return max(fenceLine, codeStart.line + codeLines)
    }
}
