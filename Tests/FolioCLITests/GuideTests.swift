import Foundation
import Testing

/// The README's and the getting-started guide's commands, run verbatim in a fresh clone of this
/// repository with the symlink install, so the guide a new user follows cannot rot unnoticed.
///
/// The clone is made with `git clone` from this checkout (so it holds what is committed), in a
/// temporary folder with its own `HOME`. Building Folio again in the clone would cost minutes,
/// so the test puts an already built binary where the `folio` script keeps its build
/// (`.build/release/folio`) and marks it up to date, exactly as the script does after a build:
/// the script then runs it without calling SwiftPM, which the test also checks (nothing on
/// stderr but Folio's own lines). The binary is `$FOLIO_GUIDE_BINARY` when set (CI can pass
/// the release build, which runs the showcase several times faster), else the `folio` that
/// `swift test` built.
///
/// What is not run: `swift test` (it is this very command) and `folio preview` (a server that
/// runs until stopped; `PreviewTests` covers it).
@Suite("README and getting started, verbatim, in a fresh clone")
struct GuideTests {
    /// A fenced block of a Markdown file: its info string and text.
    struct Fence {
        var info: String
        var text: String
    }

    /// The fenced blocks of `markdown`, in order (backtick fences of three or more).
    static func fences(_ markdown: String) -> [Fence] {
        var out: [Fence] = []
        var open: (marker: String, info: String, lines: [Substring])?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if let current = open {
                if line.trimmingCharacters(in: .whitespaces) == current.marker {
                    out.append(Fence(info: current.info, text: current.lines.joined(separator: "\n") + "\n"))
                    open = nil
                } else {
                    open?.lines.append(line)
                }
            } else if line.hasPrefix("```") {
                let marker = String(line.prefix { $0 == "`" })
                open = (marker, String(line.dropFirst(marker.count)).trimmingCharacters(in: .whitespaces), [])
            }
        }
        return out
    }

    /// The command lines of a `sh` fence: not blank, not comments.
    static func commands(_ fence: Fence) -> [String] {
        fence.text.split(separator: "\n").map(String.init).filter {
            let trimmed = $0.trimmingCharacters(in: .whitespaces)
            return !trimmed.isEmpty && !trimmed.hasPrefix("#")
        }
    }

    /// Single-quoted for bash.
    static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// `ms` timings replaced, so progress lines compare.
    static func withoutTimings(_ text: String) -> String {
        text.replacingOccurrences(of: #"\d+ ms"#, with: "T ms", options: .regularExpression)
    }

    /// The binary the clone runs (see the type's documentation).
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["FOLIO_GUIDE_BINARY"], !path.isEmpty { return path }
        return FolioProcess.executable.path
    }

    /// One step of the script: the command as written and what it printed.
    struct Step {
        var command: String
        var status: Int32
        var output: String
    }

    /// Runs `script` with bash and splits its output into steps (each command is preceded by a
    /// `@@@ command` line and followed by `@@@ status N`).
    static func runScript(_ script: String, in folder: URL) throws -> [Step] {
        let file = folder.appendingPathComponent("guide.sh")
        try Data(script.utf8).write(to: file)
        let log = folder.appendingPathComponent("guide.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [file.path]
        process.currentDirectoryURL = folder
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let text = try String(contentsOf: log, encoding: .utf8)
        var steps: [Step] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("@@@ command ") {
                steps.append(Step(command: String(line.dropFirst(12)), status: -1, output: ""))
            } else if line.hasPrefix("@@@ status "), !steps.isEmpty {
                steps[steps.count - 1].status = Int32(line.dropFirst(11)) ?? -1
            } else if !steps.isEmpty {
                steps[steps.count - 1].output += line + "\n"
            }
        }
        return steps
    }

    @Test("the guide's commands work in a fresh clone with a symlinked folio", .timeLimit(.minutes(20)))
    func gettingStartedAndReadmeVerbatim() throws {
        let root = FolioProcess.packageRoot
        let guide = try String(contentsOf: root.appendingPathComponent("docs/getting-started.md"), encoding: .utf8)
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("folio-guide-\(UUID().uuidString)")
        let home = work.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }

        var script = """
            set -u
            export HOME=\(Self.quoted(home.path))
            export PATH="$HOME/.local/bin:$PATH"
            unset FOLIO_CONFIGURATION FOLIO_PRINT_BINARY
            # CI may run as another user than the checkout's owner: let git clone it anyway.
            export GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=safe.directory GIT_CONFIG_VALUE_0='*'
            cd \(Self.quoted(work.path))

            """
        func run(_ command: String) {
            script += "echo \(Self.quoted("@@@ command " + command))\n\(command)\necho \"@@@ status $?\"\n"
        }
        let fences = Self.fences(guide)
        var notePath: String?
        var expectedFailure: String?
        var failingNote: String?
        var cloned = false
        var fixed = false
        // The guide's promise after the fix: "it prints `✓ notes/… 1 block · 3 checks`".
        let promised = guide.range(of: #"it prints `[^`]+`"#, options: .regularExpression).map {
            String(guide[$0].dropFirst("it prints `".count).dropLast())
        }
        for fence in fences {
            switch fence.info {
            case "sh":
                for command in Self.commands(fence) {
                    if command.contains("folio preview") { continue }
                    let line = command.replacingOccurrences(of: "<the Folio repository>", with: Self.quoted(root.path))
                    if line == "folio check", let note = failingNote, let notePath {
                        // The note the guide says to write, written before its first check.
                        script += "cat > \(notePath) <<'FOLIO_GUIDE_EOF'\n\(note)FOLIO_GUIDE_EOF\n"
                        failingNote = nil
                        run(line)
                        script += "echo '@@@ expected failure'\n"
                        continue
                    }
                    run(line)
                    if line.hasPrefix("git clone"), !cloned {
                        cloned = true
                        // The build this test reuses, marked as the script marks its own.
                        script += """
                            mkdir -p .build/release && cp \(Self.quoted(Self.binary)) .build/release/folio \
                            && touch .build/.folio-built-release

                            """
                    }
                    if let match = command.range(of: #"writes (notes/[a-z0-9-]+\.md)"#, options: .regularExpression) {
                        notePath = String(command[match].dropFirst("writes ".count))
                    }
                }
            case "markdown":
                if fence.text.contains("```swift"), failingNote == nil, notePath != nil, !fixed {
                    failingNote = fence.text
                }
            case "text":
                if expectedFailure == nil { expectedFailure = fence.text }
            case "swift":
                // The fixed block: the note with it in place of the failing block, checked again.
                guard !fixed, let notePath,
                    let failing = fences.first(where: { $0.info == "markdown" && $0.text.contains("```swift") })?.text,
                    let failingBlock = Self.fences(failing).first(where: { $0.info == "swift" })?.text
                else { continue }
                fixed = true
                let note = failing.replacingOccurrences(of: failingBlock, with: fence.text)
                script += "cat > \(notePath) <<'FOLIO_GUIDE_EOF'\n\(note)FOLIO_GUIDE_EOF\n"
                run("folio check")
                script += "echo '@@@ fixed'\n"
            default:
                break
            }
        }
        // The README: its first command in the clone, and its install lines (`swift test` is
        // this test itself).
        script += "cd \(Self.quoted(work.appendingPathComponent("folio").path))\n"
        let readmeCommands = Self.fences(readme).filter { $0.info == "sh" }.flatMap(Self.commands)
        let firstCommand = readmeCommands.first { $0.hasPrefix("./folio render") }
        #expect(firstCommand != nil, "the README's first command is ./folio render")
        if let firstCommand { run(firstCommand) }
        for command in readmeCommands where command.hasPrefix("./folio install") || command.hasPrefix("folio --version")
        {
            run(command)
        }

        let steps = try Self.runScript(script, in: work)
        let transcript = steps.map { "$ \($0.command)\n\($0.output)→ \($0.status)" }.joined(separator: "\n")
        #expect(
            cloned && notePath != nil && expectedFailure != nil && fixed && promised != nil, "the guide's shape changed"
        )

        // Nothing fails but the check the guide says fails; nothing prints SwiftPM's chatter.
        let failedStep = steps.firstIndex { $0.output.contains("@@@ expected failure") }
        for (index, step) in steps.enumerated() {
            let expectFailure = index == failedStep
            #expect(step.status == (expectFailure ? 1 : 0), "\(step.command)\n\(transcript)")
            #expect(!step.output.contains("Compiling") && !step.output.contains("Building for"), "\(step.command)")
            #expect(!step.output.contains("folio: building"), "the script rebuilt: \(step.command)")
        }
        // The failure reads as the guide shows it (the marker line follows the step's output).
        if let failedStep, let expectedFailure {
            let output = steps[failedStep].output.replacingOccurrences(of: "@@@ expected failure\n", with: "")
            #expect(Self.withoutTimings(output) == Self.withoutTimings(expectedFailure), "\(output)")
        }
        // After the fix, `folio check` prints what the guide promises.
        if let promised, let fixedStep = steps.last(where: { $0.command == "folio check" }) {
            #expect(fixedStep.output.contains(promised), "\(fixedStep.output) lacks \(promised)")
        }
        #expect(steps.contains { $0.command == "folio --version" && $0.output.hasPrefix("folio ") }, "\(transcript)")
        let myNotes = work.appendingPathComponent("folio/my-notes")
        #expect(
            FileManager.default.fileExists(atPath: myNotes.appendingPathComponent("output/mean-of-squares.html").path))
        #expect(FileManager.default.fileExists(atPath: myNotes.appendingPathComponent("site/index.html").path))
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("folio/output/index.html").path))
        #expect(FileManager.default.isExecutableFile(atPath: home.appendingPathComponent(".local/bin/folio").path))
    }
}
