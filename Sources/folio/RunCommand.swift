import ArgumentParser
import FolioRender
import FolioScript
import Foundation

extension Folio {
    /// `folio run`: run one note or Swift file and print what it prints, like `swift FILE`.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Run a note or a .swift file and print its output, like `swift FILE`.")

        @Argument(help: "A note (.md) or a Swift file (.swift).")
        var file: String

        func run() throws {
            let note: NoteFile
            do {
                guard let read = try readNotes([file]).first else { throw ToolError("cannot read \(file)") }
                note = read
            } catch {
                throw failWithToolError(error)
            }
            let source = note.source
            let results: [BlockResult]
            var diagnostics: [Diagnostic] = []
            if let unreadable = note.unreadable {
                results = []
                diagnostics = [unreadable]
            } else if file.hasSuffix(".swift") {
                let session = ScriptSession(file: file)
                let result = session.run(source, line: 1, column: 1, blockIndex: 0, displaysLastValue: false)
                results = [result]
                diagnostics = NoteRunner.diagnostics(of: result, file: file)
            } else {
                let run = NoteRunner.run(source: source, path: file)
                results = run.blockResults.sorted { $0.key < $1.key }.map(\.value)
                diagnostics = run.diagnostics
            }
            for result in results {
                FileHandle.standardOutput.write(Data(result.printedText.utf8))
            }
            for diagnostic in diagnostics {
                printError(diagnostic.formatted(source: source))
            }
            if diagnostics.contains(where: { $0.severity == .error }) { throw FolioExit.noteFailed }
        }
    }
}
