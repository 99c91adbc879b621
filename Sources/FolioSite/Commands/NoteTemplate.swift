import Foundation

/// `folio new "Title"`: the file name and the first text of a new note, one that passes
/// `folio check`.
public enum NoteTemplate {
    /// The file name stem for `title`: lowercase letters and digits, words joined by `-`.
    public static func slug(for title: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in title.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if pendingDash, !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else if scalar.properties.isDiacritic || scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                pendingDash = true
            }
        }
        return String(slug.prefix(80))
    }

    /// The new note's text.
    public static func template(title: String) -> String {
        let oneLine = title.components(separatedBy: .newlines).joined(separator: " ")
        let quoted =
            "\""
            + oneLine.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"") + "\""
        return """
            ---
            title: \(quoted)
            source: ""
            tags: []
            ---

            What this note shows, in a sentence or two. Math goes in `$…$` or `$$…$$`.

            ```swift
            let xs = [1.0, 2.0, 3.0, 4.0]
            var sum = 0.0
            for x in xs {
                sum += x
            }
            let mean = sum / Double(xs.count)
            print("mean = \\(mean)")
            #expect(mean == 2.5)
            ```

            """
    }

    /// Writes the note for `title` into `folder` (created if needed) and returns its path;
    /// never replaces an existing file, even one created meanwhile.
    public static func create(title: String, folder: String) throws(ToolError) -> String {
        let stem = slug(for: title)
        guard !stem.isEmpty else { throw ToolError("cannot make a file name from the title \"\(title)\"") }
        let path = (folder.hasSuffix("/") ? String(folder.dropLast()) : folder) + "/\(stem).md"
        guard !FileManager.default.fileExists(atPath: path) else {
            throw ToolError("\(path) already exists; not overwriting it")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            // `.withoutOverwriting`: never replace a note created in the meantime.
            try Data(template(title: title).utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            throw ToolError("cannot write \(path): \(error.localizedDescription)")
        }
        return path
    }
}
