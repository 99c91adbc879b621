import ArgumentParser
import FolioSite
import Foundation

/// The `folio` command: a thin layer over FolioRender that maps outcomes to exit codes.
///
/// Exit status: 0 all good, 1 a note failed (error, failed check), 2 usage or I/O.
@main
struct Folio: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "A literate notebook engine for Swift: run notes, check them, render them.",
        discussion: "`folio --version` names the build.",
        subcommands: [Render.self, Check.self, Run.self, Preview.self, New.self, Mutate.self, Export.self]
    )

    /// Parses and runs, mapping ArgumentParser's usage errors to exit status 2.
    static func main() {
        if CommandLine.arguments.dropFirst().elementsEqual(["--version"]) {
            printOutput(FolioVersion.line())
            return
        }
        do {
            // `folio run FILE` needs no parsing: see OperandCommand.
            if var command = operandCommand(Array(CommandLine.arguments.dropFirst())) {
                try command.run()
                return
            }
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as FolioExit {
            Foundation.exit(exit.status)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Folio.exit(withError: error)
            }
            // ArgumentParser's message already ends with the usage line and where to read more.
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

/// Ends the process with `status` after the command has reported what went wrong.
struct FolioExit: Error {
    var status: Int32

    static let noteFailed = FolioExit(status: 1)
    static let usageOrIO = FolioExit(status: 2)
}
