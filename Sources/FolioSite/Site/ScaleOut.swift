import FolioRender
import Foundation

/// Rendering on several machines: `--shard K/N` picks a part of the notes, `--merge` assembles
/// the parts, and a shared HTTP cache (`--cache-url`) lets machines reuse each other's pages.
public enum ScaleOut {
    /// The notes of `notes` that `shard` renders, split by the project's ``ShardTimings``, and
    /// the plan that split them (`nil`, and every note, without a shard).
    public static func notes(of shard: Shard?, in notes: [NoteFile], projectRoot: URL) -> (ShardPlan?, [NoteFile]) {
        guard let shard else { return (nil, notes) }
        let timings = ShardTimings.load(projectRoot: projectRoot).milliseconds
        let plan = ShardPlan(paths: notes.map(\.path), count: shard.count, milliseconds: { timings[$0] })
        let chosen = Set(plan.paths(of: shard))
        return (plan, notes.filter { chosen.contains($0.path) })
    }

    /// `folio render --merge DIR…`: assembles shard folders into the site at `output`, the same
    /// bytes a single render writes.
    public static func merge(_ folders: [String], output: String) throws -> [RenderedNote] {
        let parts = try ShardMerge.read(folders.map { URL(fileURLWithPath: $0) })
        let notes = parts.map(\.note)
        var folders: [String: URL] = [:]
        var timings: [String: Int] = [:]
        for part in parts {
            folders[part.note.path] = part.folder
            timings[part.note.path] = part.milliseconds
        }
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL
        try SiteWriter(outputDirectory: outputURL).write(
            notes: notes,
            imageFolder: { folders[$0.path] ?? URL(fileURLWithPath: $0.path).deletingLastPathComponent() })
        ShardTimings.record(timings, projectRoot: outputURL.deletingLastPathComponent())
        return notes
    }

    /// The line `render --merge` ends with: `✓ merged 3 shards · 12 notes → output`.
    public static func mergeSummary(_ notes: [RenderedNote], shards: Int, output: String) -> String {
        let failed = notes.filter { !$0.succeeded }.count
        return
            "\(failed == 0 ? "✓" : "✗") merged \(counted(shards, "shard")) · \(counted(notes.count, "note")) → \(output)"
    }

    /// The shared cache for notes under `paths` (whose first folder holds `folio.toml`), from
    /// the flags, else `environment`'s `FOLIO_CACHE_URL`, else `folio.toml`; nil when none
    /// names one. `warn` hears the cache's problems (it never fails a render).
    public static func remoteCache(
        paths: [String], flagURL: String?, flagReadOnly: Bool, environment: [String: String],
        warn: @escaping @Sendable (String) -> Void
    ) throws(ToolError) -> RemoteCache? {
        let first = paths.first ?? "notes"
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: first, isDirectory: &isDirectory)
        let folder = URL(fileURLWithPath: first)
        let settingsFolder = exists && isDirectory.boolValue ? folder : folder.deletingLastPathComponent()
        do {
            let settings = try ProjectSettings.load(folder: settingsFolder).remoteCache(
                flagURL: flagURL, flagReadOnly: flagReadOnly, environment: environment)
            return settings.map { RemoteCache(settings: $0, warn: warn) }
        } catch {
            throw ToolError(error.description)
        }
    }

    /// The line about the shared cache that ends a render using one.
    public static func remoteCacheSummary(_ cache: RemoteCache) -> String {
        let s = cache.statistics
        var parts = ["remote cache \(cache.settings.displayURL): \(s.hits) hit\(s.hits == 1 ? "" : "s")"]
        parts.append("\(s.misses) missing")
        if s.rejected > 0 { parts.append("\(s.rejected) rejected") }
        parts.append(cache.settings.readOnly ? "read-only" : "\(s.uploads) uploaded")
        if s.failures > 0 { parts.append("\(s.failures) failed requests") }
        return parts.joined(separator: " · ")
    }
}
