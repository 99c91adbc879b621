import Foundation

/// A small BibTeX reader: `@type{key, field = {value}, field = "value", field = 2021}`.
///
/// Braces nest; `@string`, `@comment` and `@preamble` are skipped; text outside entries is
/// ignored, as BibTeX does. Field values lose their grouping braces, and the few TeX escapes
/// bibliographies use for plain text (`\&`, `\%`, `\_`, `--`, accents such as `{\"o}`) become
/// characters. A malformed entry is an error at its line.
enum BibTeX {
    /// The entries of `text`, in file order.
    static func parse(_ text: String) throws(Bibliography.LoadError) -> [BibEntry] {
        let chars = Array(text.unicodeScalars)
        var entries: [BibEntry] = []
        var i = 0
        var line = 1
        func advance() {
            if chars[i] == "\n" { line += 1 }
            i += 1
        }
        func skipSpace() {
            while i < chars.count, chars[i].properties.isWhitespace { advance() }
        }
        while i < chars.count {
            guard chars[i] == "@" else {
                advance()
                continue
            }
            let entryLine = line
            advance()
            var type = ""
            while i < chars.count, chars[i].properties.isAlphabetic {
                type.unicodeScalars.append(chars[i])
                advance()
            }
            skipSpace()
            guard i < chars.count, chars[i] == "{" || chars[i] == "(" else {
                throw .init(message: "expected '{' after '@\(type)'", line: entryLine)
            }
            let close: Unicode.Scalar = chars[i] == "{" ? "}" : ")"
            advance()
            let kind = type.lowercased()
            if kind == "comment" || kind == "string" || kind == "preamble" {
                var depth = 1
                while i < chars.count, depth > 0 {
                    if chars[i] == "{" || chars[i] == "(" { depth += 1 }
                    if chars[i] == "}" || chars[i] == ")" { depth -= 1 }
                    advance()
                }
                continue
            }
            skipSpace()
            var key = ""
            while i < chars.count, chars[i] != ",", chars[i] != close, !chars[i].properties.isWhitespace {
                key.unicodeScalars.append(chars[i])
                advance()
            }
            guard !key.isEmpty else { throw .init(message: "entry '@\(type)' has no key", line: entryLine) }
            var fields: [String: String] = [:]
            while true {
                skipSpace()
                guard i < chars.count else { throw .init(message: "entry '\(key)' is not closed", line: entryLine) }
                if chars[i] == close {
                    advance()
                    break
                }
                if chars[i] == "," {
                    advance()
                    continue
                }
                let fieldLine = line
                var name = ""
                while i < chars.count, chars[i] != "=", chars[i] != ",", chars[i] != close,
                    !chars[i].properties.isWhitespace
                {
                    name.unicodeScalars.append(chars[i])
                    advance()
                }
                skipSpace()
                guard i < chars.count, chars[i] == "=" else {
                    throw .init(message: "expected '=' after field '\(name)' of entry '\(key)'", line: fieldLine)
                }
                advance()
                var value = ""
                // A value is pieces joined by `#`: braced, quoted, or a bare word/number.
                repeat {
                    skipSpace()
                    guard i < chars.count else { break }
                    if chars[i] == "{" {
                        var depth = 0
                        repeat {
                            if chars[i] == "{" { depth += 1 }
                            if chars[i] == "}" { depth -= 1 }
                            value.unicodeScalars.append(chars[i])
                            advance()
                        } while i < chars.count && depth > 0
                        guard depth == 0 else {
                            throw .init(
                                message: "unbalanced braces in field '\(name)' of entry '\(key)'", line: fieldLine)
                        }
                        value = String(value.dropFirst().dropLast())
                    } else if chars[i] == "\"" {
                        advance()
                        var depth = 0
                        while i < chars.count, !(chars[i] == "\"" && depth == 0) {
                            if chars[i] == "{" { depth += 1 }
                            if chars[i] == "}" { depth -= 1 }
                            value.unicodeScalars.append(chars[i])
                            advance()
                        }
                        guard i < chars.count else {
                            throw .init(
                                message: "unterminated string in field '\(name)' of entry '\(key)'", line: fieldLine)
                        }
                        advance()
                    } else {
                        while i < chars.count, chars[i] != ",", chars[i] != close, chars[i] != "#",
                            !chars[i].properties.isWhitespace
                        {
                            value.unicodeScalars.append(chars[i])
                            advance()
                        }
                    }
                    skipSpace()
                    if i < chars.count, chars[i] == "#" { advance() } else { break }
                } while true
                fields[name.lowercased()] = plain(value)
            }
            entries.append(entry(key: key, type: kind, fields: fields))
        }
        return entries
    }

    /// A field's value as text: TeX escapes and grouping braces removed, whitespace collapsed.
    static func plain(_ value: String) -> String {
        var s = value
        let accents: [(String, String)] = [
            ("\\\"o", "ö"), ("\\\"a", "ä"), ("\\\"u", "ü"), ("\\\"O", "Ö"), ("\\\"A", "Ä"), ("\\\"U", "Ü"),
            ("\\'e", "é"), ("\\'a", "á"), ("\\'o", "ó"), ("\\'i", "í"), ("\\'E", "É"), ("\\`e", "è"),
            ("\\`a", "à"), ("\\^o", "ô"), ("\\~n", "ñ"), ("\\c{c}", "ç"), ("\\c c", "ç"), ("\\ss", "ß"),
            ("\\&", "&"), ("\\%", "%"), ("\\_", "_"), ("\\$", "$"), ("\\#", "#"), ("---", "—"), ("--", "–"),
        ]
        for (tex, char) in accents { s = s.replacingOccurrences(of: tex, with: char) }
        s.removeAll { $0 == "{" || $0 == "}" }
        return s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// "Family, Given" or "Given Family" → (display name, family name).
    static func person(_ raw: String) -> (name: String, family: String) {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        if let comma = trimmed.firstIndex(of: ",") {
            let family = trimmed[..<comma].trimmingCharacters(in: .whitespaces)
            let given = trimmed[trimmed.index(after: comma)...].trimmingCharacters(in: .whitespaces)
            return (given.isEmpty ? family : "\(given) \(family)", family)
        }
        let words = trimmed.split(separator: " ")
        return (trimmed, words.last.map(String.init) ?? trimmed)
    }

    static func entry(key: String, type: String, fields: [String: String]) -> BibEntry {
        let people = (fields["author"] ?? fields["editor"] ?? "")
            .components(separatedBy: " and ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .map { $0 == "others" ? (name: "et al.", family: "et al.") : person($0) }
        var arxiv: String?
        if let eprint = fields["eprint"],
            (fields["archiveprefix"] ?? fields["eprinttype"] ?? "arxiv").lowercased() == "arxiv"
        {
            arxiv = eprint
        } else if let journal = fields["journal"], let r = journal.range(of: "arXiv:") {
            arxiv = String(journal[r.upperBound...].prefix { !$0.isWhitespace })
        }
        let venue =
            fields["journal"] ?? fields["booktitle"] ?? fields["publisher"] ?? fields["howpublished"]
            ?? fields["institution"] ?? fields["school"]
        return BibEntry(
            key: key, authors: people.map(\.name), familyNames: people.map(\.family),
            title: fields["title"] ?? key, venue: venue,
            year: fields["year"] ?? fields["date"].map { String($0.prefix(4)) },
            doi: fields["doi"], arxiv: arxiv, url: fields["url"])
    }
}
