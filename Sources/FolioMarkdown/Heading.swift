import Foundation

/// A section heading of a note, for the page's table of contents and `@sec-…` references.
public struct Heading: Sendable, Equatable {
    /// 1 for `#`, up to 6.
    public var level: Int
    /// The heading as plain text; math keeps its `$…$` source so a TOC can typeset it.
    public var text: String
    /// The `id` of the rendered heading: the `{#id}` written after the heading, or a
    /// GitHub-style slug of `text`, made unique within the note (`intro`, `intro-1`, …).
    public var id: String
    /// The note line of the heading.
    public var line: Int

    /// A heading from parts (tests, tools that build notes programmatically).
    public init(level: Int, text: String, id: String, line: Int) {
        self.level = level
        self.text = text
        self.id = id
        self.line = line
    }
}

/// GitHub's heading anchors (github-slugger): lower-cased, punctuation dropped, each space a
/// hyphen, repeated slugs numbered. Readers expect these ids because GitHub renders the same
/// notes.
struct Slugger {
    private var occurrences: [String: Int] = [:]

    /// Reserves an explicit id so that no generated slug collides with it.
    mutating func reserve(_ id: String) {
        if occurrences[id] == nil { occurrences[id] = 0 }
    }

    /// The next unique slug for `text`, numbered the way github-slugger numbers repeats.
    mutating func slug(_ text: String) -> String {
        var original = Slugger.slugify(text)
        if original.isEmpty { original = "section" }
        var result = original
        while occurrences[result] != nil {
            let n = (occurrences[original] ?? 0) + 1
            occurrences[original] = n
            result = "\(original)-\(n)"
        }
        occurrences[result] = 0
        return result
    }

    static func slugify(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            let p = scalar.properties
            if scalar == " " {
                out.append("-")
            } else if scalar == "-" || scalar == "_" || p.isAlphabetic || p.numericType != nil
                || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
            {
                out.append(scalar)
            }
        }
        return String(out)
    }
}

/// Splits a trailing `{#id}` off heading text: `Results {#sec-results}` → (`Results`, `sec-results`).
func splitExplicitID(_ text: String) -> (text: String, id: String?) {
    let trimmed = text.trimmingTrailingSpaces()
    guard trimmed.hasSuffix("}"), let open = trimmed.range(of: "{#", options: .backwards) else {
        return (text, nil)
    }
    let id = trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)]
    guard !id.isEmpty, !id.contains(where: { $0.isWhitespace || $0 == "{" || $0 == "}" }) else {
        return (text, nil)
    }
    return (String(trimmed[..<open.lowerBound]).trimmingTrailingSpaces(), String(id))
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return String(s)
    }
}
