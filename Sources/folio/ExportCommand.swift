import ArgumentParser
import FolioSite
import Foundation

extension Folio {
    /// `folio export NOTE --package DIR`: the note's generated Swift program as an ordinary
    /// SwiftPM package, to open, build and debug like any Swift code.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write a note as a Swift package (the program `check --compiled` builds).")

        @Argument(help: "The note (.md).")
        var note: String

        @Option(help: "The folder to write the package into (created if needed).")
        var package: String

        func run() throws {
            do {
                let target = try NoteExport.write(note: note, package: package)
                printError(
                    "folio: wrote \(package)/Package.swift (see its README.md); build and run with: swift run -c release --package-path \(package) \(target)"
                )
            } catch {
                throw failWithToolError(error)
            }
        }
    }
}
