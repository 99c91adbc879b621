import Foundation

/// What `folio check --coverage` prints: per note and in total, how many display equations
/// carry a label and how many of those a block verified (✓), failed (✗), did not run (an
/// earlier block stopped the note) or left unverified.
///
/// Coverage is verified ÷ labelled; a selection without labelled equations has nothing to
/// verify and counts as 100 %.
public struct CoverageReport: Sendable {
    /// The equation counts of one note, or of all of them.
    public struct Counts: Equatable, Sendable {
        /// Display equations with a label.
        public var labelled = 0
        /// Labelled equations a block verified (✓).
        public var verified = 0
        /// Labelled equations whose verifying block failed (✗).
        public var failed = 0
        /// Labelled equations whose verifying block did not run.
        public var notRun = 0

        /// Labelled equations no block claims to verify.
        public var unverified: Int { labelled - verified - failed - notRun }

        /// Verified as a percentage of labelled (100 when nothing is labelled).
        public var percent: Double { labelled == 0 ? 100 : Double(verified) * 100 / Double(labelled) }

        /// Whether at least `required` percent are verified, compared exactly (no rounding).
        public func meets(_ required: Double) -> Bool {
            Double(verified) * 100 >= required * Double(labelled)
        }

        /// `82%`: the percentage rounded down, as the report prints it.
        public var percentText: String { labelled == 0 ? "100%" : CoverageReport.format(percent.rounded(.down)) }

        /// The counts of two selections together.
        public static func + (a: Counts, b: Counts) -> Counts {
            Counts(
                labelled: a.labelled + b.labelled, verified: a.verified + b.verified, failed: a.failed + b.failed,
                notRun: a.notRun + b.notRun)
        }
    }

    /// Each note's counts, in note order.
    public var notes: [(path: String, counts: Counts)]
    /// The counts of every note together.
    public var total: Counts

    /// The report of `outcomes`.
    public init(_ outcomes: [NoteOutcome]) {
        notes = outcomes.map {
            (
                $0.path,
                Counts(
                    labelled: $0.equationsLabelled, verified: $0.equationsVerified, failed: $0.equationsFailed,
                    notRun: $0.equationsNotRun)
            )
        }
        total = notes.reduce(Counts()) { $0 + $1.counts }
    }

    /// Why the total falls short of `required` percent (`--require-coverage`), or nil when it
    /// meets it.
    public func shortfall(required: Double) -> String? {
        guard !total.meets(required) else { return nil }
        return "equation coverage \(total.percentText) is below the required \(Self.format(required))"
    }

    /// `82%`, `12.5%`: a percentage without a needless fraction.
    public static func format(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))%" : "\(value)%"
    }

    /// The report's lines: a table in text (and github) format, a JSON object per note and one
    /// for the total (`"file": null`) in json format.
    public func lines(format: DiagnosticFormat) -> [String] {
        switch format {
        case .json:
            return notes.map { json(file: $0.path, $0.counts) } + [json(file: nil, total)]
        case .text, .github:
            let rows = notes.map { ($0.path, $0.counts) } + [("total", total)]
            let width = rows.map(\.0.count).max() ?? 0
            var out = ["equation coverage (verified of labelled display equations):"]
            for (name, counts) in rows {
                var text = "  \(name.padding(toLength: width, withPad: " ", startingAt: 0))  "
                text += "\(counts.verified)/\(counts.labelled) verified"
                if counts.failed > 0 { text += " · \(counts.failed) failed" }
                if counts.notRun > 0 { text += " · \(counts.notRun) not run" }
                if counts.unverified > 0 { text += " · \(counts.unverified) unverified" }
                text += "  \(counts.percentText)"
                out.append(text)
            }
            return out
        }
    }

    private func json(file: String?, _ counts: Counts) -> String {
        struct Line: Encodable {
            var coverage: Body
            struct Body: Encodable {
                var file: String?
                var labelled, verified, failed, notRun, unverified: Int
                var percent: Double

                func encode(to encoder: any Encoder) throws {
                    var container = encoder.container(keyedBy: CodingKeys.self)
                    try container.encode(file, forKey: .file)  // null for the total
                    try container.encode(labelled, forKey: .labelled)
                    try container.encode(verified, forKey: .verified)
                    try container.encode(failed, forKey: .failed)
                    try container.encode(notRun, forKey: .notRun)
                    try container.encode(unverified, forKey: .unverified)
                    try container.encode(percent, forKey: .percent)
                }

                enum CodingKeys: String, CodingKey {
                    case file, labelled, verified, failed, notRun, unverified, percent
                }
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = Line.Body(
            file: file, labelled: counts.labelled, verified: counts.verified, failed: counts.failed,
            notRun: counts.notRun, unverified: counts.unverified, percent: (counts.percent * 100).rounded() / 100)
        return (try? encoder.encode(Line(coverage: body))).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
    }
}
