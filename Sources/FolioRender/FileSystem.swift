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
            let name = entryName(entry)
            if name == "." || name == ".." { continue }
            let path = root.hasSuffix("/") ? root + name : root + "/" + name
            if isFolder(entry.pointee.d_type, path: path) {
                forEachFile(under: path, body)
            } else {
                body(path, name)
            }
        }
    }

    /// The names in the folder at `path` (without `.` and `..`), or nil when it cannot be read.
    static func names(in path: String) -> [String]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = entryName(entry)
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The bytes of the file at `path`, or nil when it cannot be read.
    static func contents(of path: String) -> Data? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var data = Data(count: Int(info.st_size))
        var filled = 0
        let complete = data.withUnsafeMutableBytes { (buffer: UnsafeMutableRawBufferPointer) -> Bool in
            guard let start = buffer.baseAddress else { return true }
            while filled < buffer.count {
                let n = read(fd, start + filled, buffer.count - filled)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                filled += n
            }
            // The file grew after `fstat`: what was read is not all of it.
            var more: UInt8 = 0
            return read(fd, &more, 1) == 0
        }
        return complete ? data : nil
    }

    private static func entryName(_ entry: UnsafeMutablePointer<dirent>) -> String {
        withUnsafeBytes(of: entry.pointee.d_name) { bytes in
            String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
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
