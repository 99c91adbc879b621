import Foundation

/// Runs a program to completion (or until a time limit), collecting its output.
enum ProcessRunner {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
        var timedOut: Bool

        var combined: (status: Int32, output: String) { (status, standardOutput + standardError) }
    }

    static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String] = [:], timeout: Duration?
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // Output goes to files, not pipes: a program printing more than a pipe holds never blocks.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("out")
        let errURL = folder.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        var timedOut = false
        if let timeout {
            let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) * 1e-18
            if done.wait(timeout: .now() + seconds) == .timedOut {
                timedOut = true
                // SIGKILL, not `terminate()`'s SIGTERM: a process started from a Dispatch
                // thread inherits its blocked signals, SIGTERM among them, and would run on.
                kill(process.processIdentifier, SIGKILL)
                done.wait()
            }
        } else {
            done.wait()
        }
        try? out.close()
        try? err.close()
        let stdout = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        return Result(
            status: process.terminationStatus, standardOutput: stdout, standardError: stderr, timedOut: timedOut)
    }
}
