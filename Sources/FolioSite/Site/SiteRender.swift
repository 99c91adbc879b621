import FolioRender
import Foundation

/// `folio render`: runs the notes through the project's cache and writes the site.
public enum SiteRender {
    /// The render options that change pages, as the cache key sees them (none yet besides the
    /// page format itself).
    public static let optionsKey = "page"

    /// Renders `files` into `output` with the project's cache (`.folio-cache/` in the output
    /// folder's parent), backed by `remote` when given, and writes the site, or with `shard`
    /// only that part of it, as a shard folder for `render --merge`. Each note is reported as it
    /// completes, in note order.
    public static func run(
        files: [String], output: String, jobs: Int, force: Bool, shard: Shard? = nil, remote: RemoteCache? = nil,
        report: @escaping @Sendable (NoteOutcome) -> Void
    ) throws -> [NoteOutcome] {
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL
        let projectRoot = outputURL.deletingLastPathComponent()
        let cache = RenderCache(
            projectRoot: projectRoot, buildIdentifier: BuildIdentifier.current(memoIn: projectRoot),
            options: optionsKey)
        let (plan, notes) = ScaleOut.notes(of: shard, in: try NoteFile.read(files), projectRoot: projectRoot)
        let outcomes = NoteProcessing.run(
            notes, jobs: jobs, render: true, cache: LayeredCache(local: cache, remote: remote), force: force,
            report: report)
        let writer = SiteWriter(outputDirectory: outputURL)
        var timings: [String: Int] = [:]
        for outcome in outcomes { timings[outcome.path] = outcome.measuredMilliseconds }
        if let shard, let plan {
            try writer.writeShard(
                notes: outcomes.compactMap(\.rendered), shard: shard, plan: plan, milliseconds: timings)
        } else {
            try writer.write(notes: outcomes.compactMap(\.rendered))
            ShardTimings.record(timings, projectRoot: projectRoot)
        }
        return outcomes
    }

    /// The line `render` ends with: `rendered 12 notes → output/ · 40 blocks · 180 checks ·
    /// 35/35 equations verified · 2.1 s`, with the failures when there are any.
    public static func summary(_ outcomes: [NoteOutcome], output: String, elapsed: Duration) -> String {
        let failedNotes = outcomes.filter { !$0.succeeded }.count
        let blocks = outcomes.reduce(0) { $0 + $1.blocksRun }
        let passed = outcomes.reduce(0) { $0 + $1.checksPassed }
        let failed = outcomes.reduce(0) { $0 + $1.checksFailed }
        let labelled = outcomes.reduce(0) { $0 + $1.equationsLabelled }
        let verified = outcomes.reduce(0) { $0 + $1.equationsVerified }
        var parts = [
            "\(failedNotes == 0 ? "✓" : "✗") rendered \(counted(outcomes.count, "note")) → \(output.hasSuffix("/") ? output : output + "/")"
        ]
        if failedNotes > 0 { parts.append("\(failedNotes) failed") }
        parts.append(counted(blocks, "block"))
        parts.append(counted(passed + failed, "check") + (failed > 0 ? " (\(failed) failed)" : ""))
        parts.append("\(verified)/\(labelled) \(labelled == 1 ? "equation" : "equations") verified")
        let seconds = Double(milliseconds(elapsed)) / 1000
        parts.append(String(format: "%.1f s", seconds))
        return parts.joined(separator: " · ")
    }
}
