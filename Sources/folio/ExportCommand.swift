import ArgumentParser
import FolioCompiled
import FolioMarkdown
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
                let source = try String(contentsOfFile: note, encoding: .utf8)
                let parsed = try Note.parse(source, path: note)
                let folder = URL(fileURLWithPath: note).deletingLastPathComponent().standardizedFileURL.path
                let program = NoteProgram(
                    note: parsed, path: note, noteFolder: folder, targetName: NoteProgram.targetName(forPath: note))
                let output = CompiledPackage(
                    directory: URL(fileURLWithPath: package, isDirectory: true),
                    folioCheckout: CompiledPackage.defaultCheckout)
                try output.write([program])
                try Data(output.exportReadme(for: program).utf8).write(
                    to: URL(fileURLWithPath: package).appendingPathComponent("README.md"))
                printError(
                    "folio: wrote \(package)/Package.swift (see its README.md); build and run with: swift run -c release --package-path \(package) \(program.targetName)"
                )
            } catch {
                throw failWithToolError(error)
            }
        }
    }
}
