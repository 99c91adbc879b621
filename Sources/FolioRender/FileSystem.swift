import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system questions a warm render asks, answered with plain system calls: on a
/// render whose notes all come from the cache these calls are most of the work left, and
/// FileManager's enumerator and attributes cost several times more (bridged path strings,
/// symlink resolution, an attributes dictionary per file).
enum FileSystem {
    /// Calls `body` with the path and the name of every entry under `root` that is not a
    /// folder, depth first. Symbolic links are reported, not followed, so a link to a folder
    /// outside `root` is never walked into. Unreadable folders are skipped.
    static func forEachFile(under root: String, _ body: (_ path: String, _ name: String) -> Void) {
        guard let directory = opendir(root) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = root.hasSuffix("/") ? root + name : root + "/" + name
            if isFolder(entry.pointee.d_type, path: path) {
                forEachFile(under: path, body)
            } else {
                body(path, name)
            }
        }
    }

    /// Whether a directory entry is a folder (not a link to one); `lstat` settles the file
    /// systems that leave `d_type` unknown.
    private static func isFolder(_ type: UInt8, path: String) -> Bool {
        if type != UInt8(DT_UNKNOWN) { return type == UInt8(DT_DIR) }
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}

/// A file's size and modification time from `stat(2)`, which follows symbolic links (Debian's
/// KaTeX fonts are links into another package).
struct FileStamp {
    var size: Int64
    /// Modification time as (seconds, nanoseconds), ordered like a date.
    var modified: (Int, Int)

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        #if canImport(Darwin)
        modified = (Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec))
        #else
        modified = (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec))
        #endif
    }
}
