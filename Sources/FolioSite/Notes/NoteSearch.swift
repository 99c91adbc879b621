import Foundation

/// Which notes a command works on: files as given, folders searched for `.md` files.
public enum NoteSearch {
    /// The notes named by `paths`: files as given (in order), each folder's `.md` files found
    /// recursively and sorted.
    public static func files(in paths: [String]) throws(ToolError) -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ToolError("no such file or folder: \(path)")
            }
            if isDirectory.boolValue {
                files += try markdownFiles(in: path)
            } else {
                files.append(path)
            }
        }
        return files
    }

    private static func markdownFiles(in folder: String) throws(ToolError) -> [String] {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        guard let entries = FileManager.default.enumerator(atPath: base) else {
            throw ToolError("cannot read folder: \(folder)")
        }
        var files: [String] = []
        for case let entry as String in entries where entry.hasSuffix(".md") {
            files.append(base + "/" + entry)
        }
        return files.sorted()
    }
}
