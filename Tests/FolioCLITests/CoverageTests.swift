import Foundation
import Testing

/// `folio check --coverage` / `--require-coverage` and the equation badges, end to end: the
/// same note with its verifying check present, removed and broken.
@Suite("equation coverage and badges")
struct CoverageTests {
    /// A note with two labelled equations (one verified by a block) and one unlabelled.
    static func note(check: String) -> String {
        """
        ---
        title: Coverage
        ---

        $$
        \\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}
        $$ {#eq-gauss}

        $$
        1 + 1 = 2
        $$ {#eq-unchecked}

        $$
        x = x
        $$

        ```swift
        //| verifies: eq-gauss
        let n = 10
        var total = 0
        for k in 1...n { total += k }
        \(check)
        ```

        """
    }

    static let holds = "#expect(total == n * (n + 1) / 2)"
    static let removed = "print(total)"
    static let broken = "#expect(total == n * (n + 1))"

    func workspace(check: String) throws -> URL {
        let root = try FolioProcess.workspace(with: [])
        try ToolTests.write(Self.note(check: check), to: "notes/coverage.md", in: root)
        return root
    }

    /// The badge that follows the `eq-gauss` formula on the rendered page.
    func gaussBadge(in root: URL) throws -> String {
        let render = try FolioProcess.run(["render", "--quiet"], in: root)
        #expect(render.status <= 1, "\(render.stderr)")
        let page = try String(contentsOf: root.appendingPathComponent("output/coverage.html"), encoding: .utf8)
        guard let formula = page.range(of: #"id="eq-gauss""#),
            let badge = page.range(of: #"class="badge "#, range: formula.upperBound..<page.endIndex),
            let end = page.range(of: "</", range: badge.upperBound..<page.endIndex)
        else { return "" }
        return String(page[badge.lowerBound..<end.lowerBound])
    }

    @Test("a verifying check gives ✓ and counts; removed it is 'unverified'; broken it is ✗ and exits 1")
    func removingAndBreakingTheCheck() throws {
        // The check holds.
        let good = try workspace(check: Self.holds)
        let goodCheck = try FolioProcess.run(["check", "--coverage"], in: good)
        #expect(goodCheck.status == 0, "\(goodCheck.stderr)")
        #expect(goodCheck.stdout.contains("notes/coverage.md  1/2 verified · 1 unverified  50%"), "\(goodCheck.stdout)")
        #expect(goodCheck.stdout.contains("total              1/2 verified · 1 unverified  50%"), "\(goodCheck.stdout)")
        #expect(try gaussBadge(in: good).hasPrefix(##"class="badge ok" href="#block-0""##))
        let goodPage = try String(contentsOf: good.appendingPathComponent("output/coverage.html"), encoding: .utf8)
        #expect(
            goodPage.contains(
                #"<span class="badge unverified" title="No block verifies this equation">unverified</span>"#))

        // The check removed: the badge says unverified, coverage drops, check still passes.
        let removed = try workspace(check: Self.removed)
        let removedCheck = try FolioProcess.run(["check", "--coverage"], in: removed)
        #expect(removedCheck.status == 0, "\(removedCheck.stderr)")
        #expect(
            removedCheck.stdout.contains("total              0/2 verified · 2 unverified  0%"), "\(removedCheck.stdout)"
        )
        let removedBadge = try gaussBadge(in: removed)
        #expect(removedBadge.hasPrefix(##"class="badge unverified" href="#block-0""##), "\(removedBadge)")
        #expect(removedBadge.hasSuffix(">unverified"))

        // The check broken: ✗, and check exits 1.
        let broken = try workspace(check: Self.broken)
        let brokenCheck = try FolioProcess.run(["check", "--coverage"], in: broken)
        #expect(brokenCheck.status == 1)
        #expect(
            brokenCheck.stderr.contains("notes/coverage.md:22:1: error: expectation failed"), "\(brokenCheck.stderr)")
        #expect(
            brokenCheck.stdout.contains("total              0/2 verified · 1 failed · 1 unverified  0%"),
            "\(brokenCheck.stdout)")
        let brokenBadge = try gaussBadge(in: broken)
        #expect(brokenBadge.hasPrefix(##"class="badge failed" href="#block-0""##), "\(brokenBadge)")
        #expect(brokenBadge.hasSuffix(">✗"))
    }

    @Test("--require-coverage exits 1 below the percentage and 0 at or above it")
    func requireCoverage() throws {
        let root = try workspace(check: Self.holds)
        let atFifty = try FolioProcess.run(["check", "--require-coverage", "50"], in: root)
        #expect(atFifty.status == 0, "\(atFifty.stderr)")
        #expect(atFifty.stdout.contains("equation coverage"), "--require-coverage prints the report")
        let above = try FolioProcess.run(["check", "--require-coverage", "50.5"], in: root)
        #expect(above.status == 1)
        #expect(above.stderr.contains("folio: equation coverage 50% is below the required 50.5%"), "\(above.stderr)")

        let removed = try workspace(check: Self.removed)
        #expect(try FolioProcess.run(["check", "--require-coverage", "1"], in: removed).status == 1)
        #expect(try FolioProcess.run(["check", "--require-coverage", "0"], in: removed).status == 0)
        #expect(try FolioProcess.run(["check", "--require-coverage", "101"], in: removed).status == 2)
    }

    @Test("--format json prints a coverage object per note and one for the total")
    func jsonCoverage() throws {
        let root = try workspace(check: Self.holds)
        let outcome = try FolioProcess.run(["check", "--coverage", "--format", "json"], in: root)
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines == [
                // The unverified equation is a warning on every run (issue 25), here as JSON.
                #"{"block":null,"column":1,"file":"notes/coverage.md","id":null,"line":9,"message":"equation 'eq-unchecked' is unverified: no block verifies it (add `//| verifies: eq-unchecked` to a block whose checks test it)","severity":"warning"}"#,
                #"{"coverage":{"failed":0,"file":"notes/coverage.md","labelled":2,"notRun":0,"percent":50,"unverified":1,"verified":1}}"#,
                #"{"coverage":{"failed":0,"file":null,"labelled":2,"notRun":0,"percent":50,"unverified":1,"verified":1}}"#,
            ])
    }
}
