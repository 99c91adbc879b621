import Testing

@testable import FolioSite

@Suite struct CoverageReportTests {
    typealias Counts = CoverageReport.Counts

    @Test("coverage is verified ÷ labelled, compared exactly, printed rounded down")
    func percentages() {
        let twoOfThree = Counts(labelled: 3, verified: 2, failed: 1, notRun: 0)
        #expect(twoOfThree.percentText == "66%")
        #expect(twoOfThree.meets(66.6))
        #expect(!twoOfThree.meets(66.7))
        #expect(twoOfThree.unverified == 0)
        #expect(Counts().percent == 100 && Counts().meets(100) && Counts().percentText == "100%")
        #expect(CoverageReport.format(12.5) == "12.5%")
        #expect(CoverageReport.format(82) == "82%")
        let sum = twoOfThree + Counts(labelled: 2, verified: 0, failed: 0, notRun: 1)
        #expect(sum == Counts(labelled: 5, verified: 2, failed: 1, notRun: 1))
        #expect(sum.unverified == 1)
    }

    @Test("a table in text format; a JSON object per note and one for the total")
    func lines() {
        var report = CoverageReport([])
        report.notes = [
            ("notes/a.md", Counts(labelled: 2, verified: 1, failed: 1, notRun: 0)),
            ("notes/long-name.md", Counts(labelled: 1, verified: 0, failed: 0, notRun: 0)),
        ]
        report.total = report.notes.reduce(Counts()) { $0 + $1.counts }
        #expect(
            report.lines(format: .text) == [
                "equation coverage (verified of labelled display equations):",
                "  notes/a.md          1/2 verified · 1 failed  50%",
                "  notes/long-name.md  0/1 verified · 1 unverified  0%",
                "  total               1/3 verified · 1 failed · 1 unverified  33%",
            ])
        #expect(report.lines(format: .github) == report.lines(format: .text))
        let json = report.lines(format: .json)
        #expect(json.count == 3)
        #expect(
            json[0]
                == #"{"coverage":{"failed":1,"file":"notes/a.md","labelled":2,"notRun":0,"percent":50,"unverified":0,"verified":1}}"#
        )
        #expect(json[2].contains(#""file":null"#) && json[2].contains(#""percent":33.33"#))
    }

    @Test("--require-coverage: the shortfall names the total and the requirement")
    func shortfall() {
        var report = CoverageReport([])
        report.total = Counts(labelled: 8, verified: 7, failed: 1, notRun: 0)
        #expect(report.shortfall(required: 87.5) == nil)
        #expect(report.shortfall(required: 90) == "equation coverage 87% is below the required 90%")
        #expect(report.shortfall(required: 87.6) == "equation coverage 87% is below the required 87.6%")
    }
}
