import Foundation

/// Runs the `folio` binary that `swift test` built next to the test bundle.
struct FolioProcess {
    /// What one invocation printed and how it ended.
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The fixtures folder next to this file.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The built `folio` executable: beside the test bundle, else in `.build/debug`.
    static var executable: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("folio"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("folio"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
                .appendingPathComponent("folio"),
            packageRoot.appendingPathComponent(".build/debug/folio"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? candidates[candidates.count - 1]
    }

    /// Runs `folio arguments…` in `directory`, with `environment` added to this process's, and
    /// waits for it.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        // Files rather than pipes: a chatty child can never block on a full pipe.
        let outURL = FileManager.default.temporaryDirectory.appendingPathComponent("folio-out-\(UUID().uuidString)")
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("folio-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Outcome(
            status: process.terminationStatus,
            stdout: try String(contentsOf: outURL, encoding: .utf8),
            stderr: try String(contentsOf: errURL, encoding: .utf8))
    }

    /// A fresh temporary folder with the named fixtures copied into `notes/`.
    static func workspace(with fixtureNames: [String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("folio-cli-\(UUID().uuidString)")
        let notes = root.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
        for name in fixtureNames {
            try FileManager.default.copyItem(
                at: fixtures.appendingPathComponent(name), to: notes.appendingPathComponent(name))
        }
        return root
    }
}
