import ArgumentParser
import FolioSite
import Foundation

extension Folio {
    /// `folio preview`: renders the notes, serves `output/` on 127.0.0.1, re-renders when a file
    /// under the notes folder changes and tells open pages to reload (server-sent events on
    /// `/_folio/events`; every served HTML page gets a tiny script that listens to them).
    struct Preview: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "preview",
            abstract: "Serve the site on 127.0.0.1, re-render notes when they are saved, reload the browser.")

        @Option(name: .shortAndLong, help: "The port to listen on (0: any free port).")
        var port: UInt16 = 8000

        @Option(name: .shortAndLong, help: "The folder to write and serve the site from.")
        var output: String = "output"

        @Option(help: "The folder of notes to watch and render.")
        var notes: String = "notes"

        @OptionGroup var progress: ProgressOptions

        func run() throws {
            StopSignals.restoreDefaults()
            let report = progress.reporter()
            let render: @Sendable () -> Void = { [notes, output, progress] in
                do {
                    _ = try SiteRender.run(
                        files: try NoteSearch.files(in: [notes]), output: output, jobs: progress.jobCount, force: false,
                        report: report)
                } catch {
                    // A broken note renders its error in place; only I/O problems land here.
                    printError("folio: error: \(error)")
                }
            }
            render()

            let root = URL(fileURLWithPath: output).standardizedFileURL
            let server: PreviewServer
            do {
                server = try PreviewServer(
                    port: port,
                    onFailure: {
                        printError("folio: error: \($0)")
                        Foundation.exit(2)
                    },
                    handler: { method, path in StaticFiles.response(method: method, path: path, root: root) })
            } catch {
                throw failWithToolError(error)
            }
            server.start()
            printError("folio: serving http://127.0.0.1:\(server.port)/ — watching \(notes)/ (Ctrl-C to stop)")
            var snapshot = FolderSnapshot(folder: notes)
            while true {
                snapshot = snapshot.next(folder: notes, interval: 0.3)
                render()
                server.broadcast("reload")
            }
        }
    }
}
