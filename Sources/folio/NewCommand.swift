import ArgumentParser
import Foundation

extension Folio {
    /// `folio new "Title"`: starts `notes/<slug>.md` with front matter and a first block that
    /// passes `folio check`.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Start a note: notes/<slug>.md with front matter and a first runnable block.")

        @Argument(help: "The note's title.")
        var title: String

        @Option(help: "The folder to create the note in.")
        var folder: String = "notes"

        func run() throws {
            let slug = Self.slug(for: title)
            guard !slug.isEmpty else {
                throw failWithToolError(ToolError("cannot make a file name from the title \"\(title)\""))
            }
            let path = (folder.hasSuffix("/") ? String(folder.dropLast()) : folder) + "/\(slug).md"
            guard !FileManager.default.fileExists(atPath: path) else {
                throw failWithToolError(ToolError("\(path) already exists; not overwriting it"))
            }
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                // `.withoutOverwriting`: never replace a note created in the meantime.
                try Data(Self.template(title: title).utf8).write(
                    to: URL(fileURLWithPath: path), options: .withoutOverwriting)
            } catch {
                throw failWithToolError(ToolError("cannot write \(path): \(error.localizedDescription)"))
            }
            printOutput(path)
        }

        /// The file name stem for `title`: lowercase letters and digits, words joined by `-`.
        static func slug(for title: String) -> String {
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
        static func template(title: String) -> String {
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
    }
}
