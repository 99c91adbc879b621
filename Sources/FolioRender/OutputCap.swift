import FolioScript

/// What a block prints is capped on the page: a runaway `print` in a loop must not turn a page
/// into megabytes. Text of more than ``maxLines`` lines keeps its first ``headLines`` and last
/// ``tailLines`` lines with "… N lines omitted" between them, and the whole text is written
/// next to the page as a plain-text file the page links to (`<slug>.block-3.txt`). Lines longer
/// than ``maxLineBytes`` are cut on the page too (the file keeps them whole).
enum OutputCap {
    /// Printed text up to this many lines is shown whole.
    static let maxLines = 120
    /// Lines kept from the start of longer text.
    static let headLines = 80
    /// Lines kept from the end of longer text.
    static let tailLines = 20
    /// A longer line is cut on the page.
    static let maxLineBytes = 2000

    /// A printed text as the page shows it.
    struct Shown: Equatable {
        /// The text on the page.
        var text: String
        /// Whether it is a part of the printed text (then the whole is in a file).
        var isCut: Bool
    }

    /// The page's version of `text`.
    static func shown(_ text: String) -> Shown {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let endsInNewline = lines.last == ""
        if endsInNewline { lines.removeLast() }
        var cut = false
        func clip(_ line: Substring) -> String {
            guard line.utf8.count > maxLineBytes else { return String(line) }
            cut = true
            let kept = line.utf8.prefix(maxLineBytes)
            return String(decoding: kept, as: UTF8.self) + " … (\(line.utf8.count - kept.count) more bytes)"
        }
        var out: [String]
        if lines.count > maxLines {
            cut = true
            out = lines.prefix(headLines).map(clip)
            out.append("… \(lines.count - headLines - tailLines) lines omitted …")
            out += lines.suffix(tailLines).map(clip)
        } else {
            out = lines.map(clip)
        }
        guard cut else { return Shown(text: text, isCut: false) }
        return Shown(text: out.joined(separator: "\n") + (endsInNewline ? "\n" : ""), isCut: true)
    }

    /// The file holding the whole of the `chunk`-th printed text (from 1) of block `block`
    /// (its index, from 0) of the page `slug`: `slug.block-4.txt`, `slug.block-4-2.txt`.
    static func fileName(slug: String, block: Int, chunk: Int) -> String {
        "\(slug).block-\(block + 1)\(chunk == 1 ? "" : "-\(chunk)").txt"
    }

    /// The files to write next to `run`'s page: file name → the whole printed text, for every
    /// printed text the page shows cut.
    static func attachments(of run: NoteRun) -> [String: String] {
        guard let note = run.note else { return [:] }
        var files: [String: String] = [:]
        for block in note.codeBlocks where block.options.output {
            guard let result = run.blockResults[block.index] else { continue }
            var chunk = 0
            for case .printed(let text) in result.outputs {
                chunk += 1
                if shown(text).isCut { files[fileName(slug: run.slug, block: block.index, chunk: chunk)] = text }
            }
        }
        return files
    }
}
