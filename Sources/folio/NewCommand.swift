import ArgumentParser
import FolioSite
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
            do {
                printOutput(try NoteTemplate.create(title: title, folder: folder))
            } catch {
                throw failWithToolError(error)
            }
        }
    }
}
