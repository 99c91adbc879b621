import ArgumentParser
import FolioRender
import Foundation

extension Shard: ExpressibleByArgument {
    /// `K/N` on the command line.
    public init?(argument: String) { self.init(argument) }
}

/// `--shard K/N`: render or check one part of the notes (see ``ShardPlan``).
struct ShardOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Only part K of N of the notes (split by their last measured times, else by name).", valueName: "K/N"))
    var shard: Shard?
}

/// The shared render cache's flags; `FOLIO_CACHE_URL` and `folio.toml` beside the notes are
/// the other two places a cache URL can come from.
struct RemoteCacheOptions: ParsableArguments {
    @Option(
        name: .customLong("cache-url"),
        help: ArgumentHelp(
            "A shared HTTP render cache (GET/PUT/HEAD, e.g. nginx WebDAV); also FOLIO_CACHE_URL or folio.toml.",
            valueName: "URL"))
    var cacheURL: String?

    @Flag(name: .customLong("cache-read-only"), help: "Read the shared cache but never upload to it.")
    var cacheReadOnly = false

    /// The shared cache for notes under `paths` (whose first folder holds `folio.toml`), or nil.
    func remoteCache(paths: [String]) throws -> RemoteCache? {
        let first = paths.first ?? "notes"
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: first, isDirectory: &isDirectory)
        let folder = URL(fileURLWithPath: first)
        let settingsFolder = exists && isDirectory.boolValue ? folder : folder.deletingLastPathComponent()
        do {
            let settings = try ProjectSettings.load(folder: settingsFolder).remoteCache(
                flagURL: cacheURL, flagReadOnly: cacheReadOnly, environment: ProcessInfo.processInfo.environment)
            return settings.map { RemoteCache(settings: $0, warn: { printError("folio: warning: \($0)") }) }
        } catch {
            throw ToolError(error.description)
        }
    }
}

/// The notes of `notes` that `shard` renders, split by the project's ``ShardTimings``.
func notesOfShard(_ notes: [NoteFile], shard: Shard?, projectRoot: URL) -> (ShardPlan?, [NoteFile]) {
    guard let shard else { return (nil, notes) }
    let timings = ShardTimings.load(projectRoot: projectRoot).milliseconds
    let plan = ShardPlan(paths: notes.map(\.path), count: shard.count, milliseconds: { timings[$0] })
    let chosen = Set(plan.paths(of: shard))
    return (plan, notes.filter { chosen.contains($0.path) })
}

/// `folio render --merge DIR…`: assembles shard folders into the site at `output`, the same
/// bytes a single render writes.
func mergeShards(_ folders: [String], output: String) throws -> [RenderedNote] {
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
        notes: notes, imageFolder: { folders[$0.path] ?? URL(fileURLWithPath: $0.path).deletingLastPathComponent() })
    ShardTimings.record(timings, projectRoot: outputURL.deletingLastPathComponent())
    return notes
}

/// The line about the shared cache that ends a render using one.
func remoteCacheSummary(_ cache: RemoteCache) -> String {
    let s = cache.statistics
    var parts = ["remote cache \(cache.settings.displayURL): \(s.hits) hit\(s.hits == 1 ? "" : "s")"]
    parts.append("\(s.misses) missing")
    if s.rejected > 0 { parts.append("\(s.rejected) rejected") }
    parts.append(cache.settings.readOnly ? "read-only" : "\(s.uploads) uploaded")
    if s.failures > 0 { parts.append("\(s.failures) failed requests") }
    return parts.joined(separator: " · ")
}
