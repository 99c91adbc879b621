import ArgumentParser
import FolioRender
import Foundation

/// Options shared by `render` and `check`: which notes.
struct NoteSelection: ParsableArguments {
    @Argument(help: "Notes or folders of notes (default: notes).")
    var paths: [String] = ["notes"]

    /// The notes named by `paths`: files as given, folders searched for `.md` files, sorted.
    func noteFiles() throws -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ToolError("no such file or folder: \(path)")
            }
            if isDirectory.boolValue {
                files += try markdownFiles(in: path)
            } else {
                files.append(path)
            }
        }
        return files
    }

    private func markdownFiles(in folder: String) throws -> [String] {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        guard let entries = FileManager.default.enumerator(atPath: base) else {
            throw ToolError("cannot read folder: \(folder)")
        }
        var files: [String] = []
        for case let entry as String in entries where entry.hasSuffix(".md") {
            files.append(base + "/" + entry)
        }
        return files.sorted()
    }
}

/// An I/O or usage problem, reported as `folio: error: …` with exit status 2.
struct ToolError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Runs the selected notes and reports each on stderr, as `folio check` and `folio render` do.
func runNotes(_ files: [String]) throws -> [NoteRun] {
    var runs: [NoteRun] = []
    for file in files {
        let clock = ContinuousClock()
        let start = clock.now
        let source: String
        do {
            source = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw ToolError("cannot read \(file): not a UTF-8 text file")
        }
        let run = NoteRunner.run(source: source, path: file)
        let elapsed = clock.now - start
        for diagnostic in run.diagnostics {
            printError(diagnostic.formatted(source: source))
        }
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        let checks = run.checksPassed + run.checksFailed
        let failed = run.checksFailed > 0 ? " (\(run.checksFailed) failed)" : ""
        printError(
            "\(run.succeeded ? "✓" : "✗") \(file)  \(run.blocksRun) blocks · \(checks) checks\(failed) · \(milliseconds) ms"
        )
        runs.append(run)
    }
    return runs
}

/// Writes `text` and a newline to standard error.
func printError(_ text: String) {
    let line = text.hasSuffix("\n") ? text : text + "\n"
    FileHandle.standardError.write(Data(line.utf8))
}

/// Reports an I/O error and converts it into exit status 2.
func failWithToolError(_ error: Error) -> FolioExit {
    printError("folio: error: \(error)")
    return .usageOrIO
}

extension Folio {
    /// `folio check`: run notes, write nothing, exit 1 when any note failed.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run notes and verify every check; write nothing.")

        @OptionGroup var selection: NoteSelection

        func run() throws {
            let runs: [NoteRun]
            do {
                runs = try runNotes(try selection.noteFiles())
            } catch {
                throw failWithToolError(error)
            }
            if runs.contains(where: { !$0.succeeded }) { throw FolioExit.noteFailed }
        }
    }

    /// `folio render`: run notes and write the site.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run notes and write their HTML pages, the index and the assets.")

        @OptionGroup var selection: NoteSelection

        @Option(name: .shortAndLong, help: "The folder to write the site into.")
        var output: String = "output"

        func run() throws {
            let runs: [NoteRun]
            do {
                runs = try runNotes(try selection.noteFiles())
                try SiteWriter(outputDirectory: URL(fileURLWithPath: output)).write(runs)
            } catch {
                throw failWithToolError(error)
            }
            if runs.contains(where: { !$0.succeeded }) { throw FolioExit.noteFailed }
        }
    }
}
