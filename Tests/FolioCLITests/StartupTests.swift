import Foundation
import Testing

/// What `folio` loads before it does anything: every process pays for each shared library the
/// executable names, so libraries that only one rare path needs stay out of it (the shared
/// render cache loads libcurl itself, when it sends its first request).
@Suite struct StartupTests {
    /// The shared libraries the built executable names, as `ldd` resolves them.
    static func sharedLibraries() throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        process.arguments = [FolioProcess.executable.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/ldd")))
    func theExecutableLinksNeitherLibcurlNorFoundationNetworking() throws {
        let libraries = try Self.sharedLibraries()
        #expect(libraries.contains("libc.so"), "ldd listed the libraries: \(libraries)")
        #expect(!libraries.contains("libcurl"), "\(libraries)")
        #expect(!libraries.contains("FoundationNetworking"), "\(libraries)")
    }
}
