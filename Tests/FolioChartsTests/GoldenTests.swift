import Foundation
import Testing

@testable import FolioCharts

/// Golden SVGs: the bytes of each sample chart are compared with `Golden/<name>.svg`.
/// Re-record with `FOLIO_RECORD_GOLDEN=1 swift test --filter FolioChartsTests`.
@Suite struct GoldenTests {
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Golden")

    static func check(_ name: String, _ svg: String) throws {
        let url = goldenDirectory.appendingPathComponent("\(name).svg")
        if ProcessInfo.processInfo.environment["FOLIO_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: goldenDirectory, withIntermediateDirectories: true)
            try svg.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        guard svg != expected else { return }
        let a = svg.split(separator: "\n", omittingEmptySubsequences: false)
        let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        let got = line < a.count ? String(a[line].prefix(300)) : "<end>"
        let want = line < b.count ? String(b[line].prefix(300)) : "<end>"
        Issue.record(
            "\(name).svg differs from its golden at line \(line + 1) (re-record with FOLIO_RECORD_GOLDEN=1 if intended)\n got: \(got)\nwant: \(want)"
        )
    }

    @Test(arguments: SampleCharts.all.map(\.0))
    func golden(_ name: String) throws {
        let chart = SampleCharts.all.first { $0.0 == name }!.1
        try Self.check(name, try chart.svg(idPrefix: "fig-\(name)"))
    }

    @Test func deterministic() throws {
        for (name, chart) in SampleCharts.all {
            #expect(try chart.svg(idPrefix: name) == chart.svg(idPrefix: name))
        }
    }
}
