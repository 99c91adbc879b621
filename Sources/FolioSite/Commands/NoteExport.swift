import FolioCompiled
import FolioMarkdown
import Foundation

/// `folio export NOTE --package DIR`: the note's generated Swift program as an ordinary SwiftPM
/// package, to open, build and debug like any Swift code.
public enum NoteExport {
    /// Writes the package for `note` into `package` (created if needed), with a README, and
    /// returns the name of the executable target to run.
    public static func write(note: String, package: String) throws -> String {
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
        return program.targetName
    }
}
