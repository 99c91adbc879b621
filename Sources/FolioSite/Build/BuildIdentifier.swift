import FolioRender
import Foundation

/// The identity of this Folio build: a hash of the running executable's bytes.
///
/// Hashing a debug executable (~70 MB) takes a few hundred milliseconds, more than a warm render
/// itself, so the hash is remembered in `.folio-cache/build-id.json` together with the
/// executable's path, device, inode, size and modification time (nanoseconds); it is hashed
/// again whenever any of those differ, which every rebuild or copy does. Computed at most once
/// per process. When the executable cannot be read, a fresh random value (the cache then never
/// matches, which is safe).
public enum BuildIdentifier {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var computed: String?

    /// The identifier, memoized under `projectRoot`'s `.folio-cache/` when given.
    public static func current(memoIn projectRoot: URL?) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let computed { return computed }
        let value = compute(memo: projectRoot?.appendingPathComponent(".folio-cache/build-id.json"))
        computed = value
        return value
    }

    private struct Memo: Codable, Equatable {
        var stamp: String
        var identifier: String
    }

    private static func compute(memo: URL?) -> String {
        let candidates = ["/proc/self/exe", Bundle.main.executablePath, CommandLine.arguments.first].compactMap { $0 }
        for path in candidates {
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            if let buildID = ELFBuildID.read(path: resolved) { return "gnu-build-id-" + buildID }
            let stamp = fileStamp(resolved)
            if let stamp, let memo, let data = try? Data(contentsOf: memo),
                let saved = try? JSONDecoder().decode(Memo.self, from: data), saved.stamp == stamp
            {
                return saved.identifier
            }
            guard let bytes = try? Data(contentsOf: URL(fileURLWithPath: resolved), options: .alwaysMapped) else {
                continue
            }
            let identifier = StableHash.hex(bytes)
            if let stamp, let memo, let data = try? JSONEncoder().encode(Memo(stamp: stamp, identifier: identifier)) {
                try? FileManager.default.createDirectory(
                    at: memo.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? data.write(to: memo, options: .atomic)
            }
            return identifier
        }
        return "unknown-\(UUID().uuidString)"
    }

    /// Path, device, inode, size and modification time of `path`, or nil.
    private static func fileStamp(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
            let modified = "\(info.st_mtimespec.tv_sec).\(info.st_mtimespec.tv_nsec)"
        #else
            let modified = "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        #endif
        return "\(path)|\(info.st_dev)|\(info.st_ino)|\(info.st_size)|\(modified)"
    }
}
