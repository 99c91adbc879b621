import Foundation

/// The modification time and size of every file under a folder: polled to notice saves.
public struct FolderSnapshot: Equatable, Sendable {
    /// Each file's path under the folder → its modification time and size.
    public var files: [String: [Double]] = [:]

    /// The folder's files as they are now (none when it cannot be read).
    public init(folder: String) {
        let manager = FileManager.default
        guard let entries = manager.enumerator(atPath: folder) else { return }
        for case let entry as String in entries {
            let path = folder + "/" + entry
            guard let attributes = try? manager.attributesOfItem(atPath: path),
                attributes[.type] as? FileAttributeType != .typeDirectory
            else { continue }
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSinceReferenceDate ?? 0
            let size = (attributes[.size] as? NSNumber)?.doubleValue ?? 0
            files[entry] = [modified, size]
        }
    }
}

extension FolderSnapshot {
    /// Polls `folder` every `interval` seconds until its files differ from `self` (a file
    /// added, removed, resized or modified), and returns the new snapshot.
    public func next(folder: String, interval: TimeInterval) -> FolderSnapshot {
        while true {
            Thread.sleep(forTimeInterval: interval)
            let now = FolderSnapshot(folder: folder)
            if now != self { return now }
        }
    }
}
