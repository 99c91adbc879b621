import Foundation

/// The render cache a render uses: the project's ``RenderCache`` first, then, when one is
/// configured, a ``RemoteCache`` shared with other machines.
///
/// An entry fetched from the remote cache is checked by the local cache's own rule (note,
/// build, options, data files) and then kept locally, so the next render needs no network. A
/// note that runs is stored in both. A note found only locally is uploaded when the remote
/// cache lacks it (`HEAD`), so a laptop's warm cache fills a new shared one.
public struct LayeredCache: Sendable {
    /// Where an entry came from.
    public enum Origin: Sendable, Equatable {
        /// The project's `.folio-cache/`.
        case local
        /// The shared HTTP cache.
        case remote
    }

    /// The project's cache.
    public var local: RenderCache
    /// The shared cache, if any.
    public var remote: RemoteCache?

    /// The local cache, backed by `remote` when given.
    public init(local: RenderCache, remote: RemoteCache? = nil) {
        self.local = local
        self.remote = remote
    }

    /// The rendered note for `path` with text `source`, where it came from and how long it took
    /// to run when it did, or nil when neither cache holds a valid entry.
    public func lookup(path: String, source: String) -> (note: RenderedNote, origin: Origin, milliseconds: Int?)? {
        if let data = FileSystem.contents(of: local.entryURL(for: path).path),
            let found = local.decode(data, path: path, source: source)
        {
            if let remote, !remote.settings.readOnly {
                let key = local.key(path: path, source: source)
                if remote.contains(key) == false { remote.put(key, entry: data) }
            }
            return (found.note, .local, found.milliseconds)
        }
        guard let remote else { return nil }
        let key = local.key(path: path, source: source)
        guard let data = remote.get(key) else { return nil }
        guard let found = local.decode(data, path: path, source: source) else {
            remote.recordRejected()
            return nil
        }
        remote.recordHit()
        local.storeEntry(data, path: path)
        return (found.note, .remote, found.milliseconds)
    }

    /// Remembers `note`, rendered from `source` in `milliseconds`, locally and (unless
    /// read-only) remotely.
    public func store(_ note: RenderedNote, source: String, milliseconds: Int?) {
        guard let data = local.entryData(note, source: source, milliseconds: milliseconds) else { return }
        local.storeEntry(data, path: note.path)
        remote?.put(local.key(path: note.path, source: source), entry: data)
    }
}
