import FolioRender
import Testing

@testable import FolioSite

@Suite struct ProgressReportTests {
    static func outcome(_ source: String, path: String = "notes/a.md") -> NoteOutcome {
        let run = NoteRunner.run(source: source, path: path)
        return NoteOutcome(path: path, source: source, run: run, rendered: nil, elapsed: .milliseconds(12))
    }

    @Test("diagnostics first, then the progress line; quiet keeps only diagnostics")
    func textFormat() {
        let failing = Self.outcome(Fixture.failing)
        let lines = ProgressReport(verbose: false, quiet: false).lines(failing)
        #expect(lines.count == 2)
        #expect(lines[0].stream == .standardError)
        #expect(lines[0].text.hasPrefix("notes/a.md:10:1: error: expectation failed: y == 5.0"))
        #expect(lines[1] == ReportLine(.standardError, "✗ notes/a.md  1 block · 1 check (1 failed) · 12 ms"))
        let quiet = ProgressReport(verbose: false, quiet: true).lines(failing)
        #expect(quiet == [lines[0]])
    }

    @Test("json and github diagnostics go to standard output, with the block number")
    func machineFormats() {
        let failing = Self.outcome(Fixture.failing)
        let json = ProgressReport(verbose: false, quiet: true, format: .json).lines(failing)
        #expect(json.count == 1 && json[0].stream == .standardOutput)
        #expect(json[0].text.hasPrefix(#"{"block":1,"column":1,"file":"notes/a.md","id":"check-failed","line":10,"#))
        let github = ProgressReport(verbose: false, quiet: true, format: .github).lines(failing)
        #expect(github.count == 1 && github[0].stream == .standardOutput)
        #expect(github[0].text.hasPrefix("::error file=notes/a.md,line=10,col=1::expectation failed"))
    }

    @Test("verbose adds a line per block with its line and time")
    func verbose() {
        let lines = ProgressReport(verbose: true, quiet: false).lines(Self.outcome(Fixture.passing))
        #expect(lines.count == 2)
        #expect(lines[0].text == "✓ notes/a.md  1 block · 1 check · 12 ms")
        #expect(lines[1].text.hasPrefix("    block 1 (line 9)  ") && lines[1].text.hasSuffix(" ms"))
    }

    @Test("a page from a cache says where it came from instead of a time")
    func cachedLine() {
        let source = Fixture.passing
        let page = RenderedNote(NoteRunner.run(source: source, path: "notes/a.md"))
        var outcome = NoteOutcome(path: "notes/a.md", source: source, cached: page, elapsed: .milliseconds(3))
        #expect(ProgressReport.progressLine(outcome) == "✓ notes/a.md  1 block · 1 check · cached")
        outcome.fromRemote = true
        #expect(ProgressReport.progressLine(outcome) == "✓ notes/a.md  1 block · 1 check · remote cache")
    }

    @Test("the block of a line is the fenced block that spans it")
    func blockNumber() {
        let outcome = Self.outcome(Fixture.failing)
        #expect(outcome.blockNumber(atLine: 7) == 1)
        #expect(outcome.blockNumber(atLine: 12) == 1)
        #expect(outcome.blockNumber(atLine: 5) == nil)
        #expect(outcome.blockNumber(atLine: 13) == nil)
    }

    @Test func countedNouns() {
        #expect(counted(1, "block") == "1 block")
        #expect(counted(0, "check") == "0 checks")
        #expect(milliseconds(.seconds(2) + .microseconds(1500)) == 2001)
    }
}
