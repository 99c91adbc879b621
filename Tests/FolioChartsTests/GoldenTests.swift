import Foundation
import Testing
@testable import FolioCharts

/// Golden SVGs: the bytes of each sample chart are compared with `Golden/<name>.svg`.
/// Re-record with `FOLIO_RECORD_GOLDEN=1 swift test --filter FolioChartsTests`.
@Suite struct GoldenTests {
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ name: String, _ svg: String) throws {
        let url = goldenDirectory.appendingPathComponent("\(name).svg")
        if ProcessInfo.processInfo.environment["FOLIO_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: goldenDirectory, withIntermediateDirectories: true)
            try svg.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(svg == expected, "\(name).svg differs from its golden; re-record with FOLIO_RECORD_GOLDEN=1 if intended")
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
