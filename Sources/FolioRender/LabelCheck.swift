import FolioMarkdown
import FolioScript

/// Labels must be unique within a note: each becomes an HTML `id` and the target of `@label`
/// cross-references, so a second `{#eq-x}`, `label: fig-a` or `{#sec-x}` would give the page two
/// elements with one id and make references ambiguous. Every use after the first is an error
/// at the label itself, naming the line of the first.
enum LabelCheck {
    /// One place a label is defined.
    struct Definition {
        var label: String
        var location: FolioMarkdown.SourceLocation
    }

    /// Every label definition of `note` in document order: equation labels, block `label:`
    /// options, and headings' explicit `{#id}`.
    static func definitions(in note: Note) -> [Definition] {
        let lines = note.source.split(separator: "\n", omittingEmptySubsequences: false)
        /// The 1-based byte column of `needle` in line `number` (1-based), if it is there.
        func column(of needle: String, inLine number: Int) -> Int? {
            guard number >= 1, number <= lines.count else { return nil }
            let line = Array(lines[number - 1].utf8)
            let pattern = Array(needle.utf8)
            guard !pattern.isEmpty, line.count >= pattern.count else { return nil }
            for start in 0...(line.count - pattern.count)
            where line[start..<(start + pattern.count)].elementsEqual(pattern) {
                return start + 1
            }
            return nil
        }
        var found: [Definition] = []
        for math in note.displayMath {
            guard let label = math.label else { continue }
            // The label follows the closing `$$`, on the formula's last line.
            let last = math.location.line + math.tex.utf8.filter { $0 == UInt8(ascii: "\n") }.count
            let location =
                [last, last + 1].lazy.compactMap { line in
                    column(of: "{#\(label)}", inLine: line).map { FolioMarkdown.SourceLocation(line: line, column: $0) }
                }.first ?? math.location
            found.append(Definition(label: label, location: location))
        }
        for block in note.codeBlocks {
            guard let label = block.options.label else { continue }
            var location = FolioMarkdown.SourceLocation(line: block.fenceLine, column: 1)
            for line in (block.fenceLine + 1)..<max(block.fenceLine + 1, block.codeStart.line) {
                if column(of: "label:", inLine: line) != nil, let at = column(of: label, inLine: line) {
                    location = FolioMarkdown.SourceLocation(line: line, column: at)
                }
            }
            found.append(Definition(label: label, location: location))
        }
        for heading in note.headings {
            guard let at = column(of: "{#\(heading.id)}", inLine: heading.line) else { continue }
            found.append(Definition(label: heading.id, location: .init(line: heading.line, column: at)))
        }
        return found.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    }

    /// An error for every label defined a second (or later) time.
    static func diagnostics(for note: Note, path: String) -> [Diagnostic] {
        var first: [String: FolioMarkdown.SourceLocation] = [:]
        var out: [Diagnostic] = []
        for definition in definitions(in: note) {
            if let earlier = first[definition.label] {
                out.append(
                    Diagnostic(
                        .error,
                        "duplicate label '\(definition.label)': line \(earlier.line) already defines it (a label names one equation, figure, table or section)",
                        file: path, line: definition.location.line, column: definition.location.column))
            } else {
                first[definition.label] = definition.location
            }
        }
        return out
    }
}
