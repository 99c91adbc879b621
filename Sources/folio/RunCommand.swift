import ArgumentParser
import FolioSite
import Foundation

extension Folio {
    /// `folio run`: run one note or Swift file and print what it prints, like `swift FILE`.
    struct Run: OperandCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Run a note or a .swift file and print its output, like `swift FILE`.")

        @Argument(help: "A note (.md) or a Swift file (.swift).")
        var file: String

        static let operandCount = 1

        init() {}

        init(operands: [String]) {
            file = operands.first ?? ""
        }

        func run() throws {
            let run: SingleRun
            do {
                run = try SingleRun(file: file)
            } catch {
                throw failWithToolError(error)
            }
            for text in run.printed {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
            for diagnostic in run.diagnostics {
                printError(diagnostic.formatted(source: run.source))
            }
            if run.failed { throw FolioExit.noteFailed }
        }
    }
}
