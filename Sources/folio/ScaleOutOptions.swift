import ArgumentParser
import FolioRender
import FolioSite
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
        try ScaleOut.remoteCache(
            paths: paths, flagURL: cacheURL, flagReadOnly: cacheReadOnly,
            environment: ProcessInfo.processInfo.environment,
            warn: { printError("folio: warning: \($0)") })
    }
}
