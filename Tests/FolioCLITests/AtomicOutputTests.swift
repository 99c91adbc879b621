import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 12 item 3: a render killed at any moment leaves every page of `output/` either as it
/// was or as the new render writes it, never truncated.
@Suite("atomic output")
struct AtomicOutputTests {
    static let noteCount = 24

    /// A note whose page is large (~100 KB of printed lines), so that writing the site takes
    /// long enough to be interrupted.
    static func note(_ number: Int, version: Int) -> String {
        """
        ---
        title: Note \(number) version \(version)
        ---

        Version \(version) of note \(number).

        ```swift
        var sum = 0
        for i in 0..<1500 {
            sum += i
            print("note \(number) version \(version) line \\(i) running sum \\(sum)")
        }
        #expect(sum == 1124250)
        ```

        """
    }

    static func writeNotes(version: Int, in root: URL) throws {
        for number in 0..<noteCount {
            try ToolTests.write(note(number, version: version), to: "notes/n\(number).md", in: root)
        }
    }

    /// Every `.html` file under `output/`, relative path → bytes.
    static func pages(_ root: URL) throws -> [String: Data] {
        try ToolTests.snapshot(root.appendingPathComponent("output")).filter { $0.key.hasSuffix(".html") }
    }

    /// Starts `folio render --force --jobs 2` in `root`; its progress lines go to the pipe.
    static func startRender(in root: URL) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = FolioProcess.executable
        process.arguments = ["render", "--force", "--jobs", "2"]
        process.currentDirectoryURL = root
        let progress = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = progress
        try process.run()
        return (process, progress)
    }

    /// Reads progress lines until the last note's has been printed (the site is written right
    /// after it), or the render ends.
    static func waitForLastNote(_ progress: Pipe) {
        let last = "notes/n\((0..<noteCount).map(String.init).sorted().last!).md"
        var seen = Data()
        while true {
            let chunk = progress.fileHandleForReading.availableData
            if chunk.isEmpty { return }
            seen.append(chunk)
            if String(decoding: seen, as: UTF8.self).contains(last) { return }
        }
    }

    @Test("SIGKILL at several moments of a render leaves every page old or new, complete")
    func killedRender() throws {
        // The new version's pages, rendered in a separate folder with the same layout.
        let reference = try FolioProcess.workspace(with: [])
        try Self.writeNotes(version: 2, in: reference)
        let clock = ContinuousClock()
        let start = clock.now
        let referenceRender = try FolioProcess.run(["render", "--quiet"], in: reference)
        let fullRender = clock.now - start
        #expect(referenceRender.status == 0, "\(referenceRender.stderr)")
        let newPages = try Self.pages(reference)
        #expect(newPages.count == Self.noteCount + 1)

        let root = try FolioProcess.workspace(with: [])
        try Self.writeNotes(version: 1, in: root)
        let first = try FolioProcess.run(["render", "--quiet"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        let oldPages = try Self.pages(root)
        #expect(oldPages.keys == newPages.keys)
        #expect(oldPages.allSatisfy { newPages[$0.key] != $0.value }, "every page changes between the versions")
        try Self.writeNotes(version: 2, in: root)

        // Kill at fixed fractions of a full render (while notes run), and 0–90 ms after the last
        // note's progress line, when the pages are being replaced.
        enum Moment {
            case after(Duration)
            case afterLastNote(Duration)
        }
        let moments: [Moment] =
            [.after(fullRender * 0.3), .after(fullRender * 0.7)]
            + [0, 2, 5, 10, 15, 20, 30, 40, 60, 90].map { .afterLastNote(.milliseconds($0)) }
        var outcomes: [String] = []
        for moment in moments {
            let (process, progress) = try Self.startRender(in: root)
            switch moment {
            case .after(let delay):
                Thread.sleep(
                    forTimeInterval: Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18)
            case .afterLastNote(let delay):
                Self.waitForLastNote(progress)
                if delay > .zero { Thread.sleep(forTimeInterval: Double(delay.components.attoseconds) / 1e18) }
            }
            let finishedFirst = !process.isRunning
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try? progress.fileHandleForReading.close()

            let pages = try Self.pages(root)
            #expect(pages.keys == newPages.keys, "no page lost or added")
            for (name, data) in pages {
                let text = String(decoding: data, as: UTF8.self)
                #expect(text.hasSuffix("</html>\n"), "\(name) is truncated")
                #expect(data == oldPages[name] || data == newPages[name], "\(name) is neither the old nor the new page")
            }
            let new = pages.filter { newPages[$0.key] == $0.value }.count
            outcomes.append(finishedFirst ? "done" : "\(new)/\(pages.count) new")
            // Back to the old version for the next kill.
            for (name, data) in oldPages { try data.write(to: root.appendingPathComponent("output/\(name)")) }
        }
        print("atomic output: \(moments.count) kills; pages new after each: \(outcomes.joined(separator: ", "))")

        // A complete render afterwards writes every new page and removes leftover temporary files.
        let last = try FolioProcess.run(["render", "--quiet"], in: root)
        #expect(last.status == 0, "\(last.stderr)")
        #expect(try Self.pages(root) == newPages)
        let leftovers = try ToolTests.snapshot(root.appendingPathComponent("output")).keys.filter {
            $0.contains(".folio-tmp-")
        }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
