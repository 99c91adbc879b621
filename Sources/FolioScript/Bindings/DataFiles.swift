import FolioNumerics
import Foundation

/// `readText("data/x.txt")` and `Tensor(csvFile: "data/x.csv")`: files relative to the note's
/// folder. Paths that leave it (`..`, absolute paths, symlinks resolving outside) are refused;
/// every file read is recorded in `ScriptSession.filesRead` (the render cache hashes them).
extension Bindings {
    func installData() {
        function("readText", [Param(nil, .string)], .string) { .string(try readNoteFile(try stringOf($0[0]))) }
        initializer(tensor, [Param("csvFile", .string)]) {
            tensorValue(try parseCSV(try readNoteFile(try stringOf($0[0])), path: try stringOf($0[0])))
        }
    }
}

/// Reads a file of the note's folder, refusing paths that leave it.
func readNoteFile(_ path: String) throws -> String {
    let context = BindingContext.current
    guard let folder = context.noteFolder else { throw BindingError("data files can only be read from a note") }
    guard !path.isEmpty else { throw BindingError("empty data file path") }
    if path.hasPrefix("/") || path.hasPrefix("~") {
        throw BindingError(
            "data file path '\(path)' must be relative to the note's folder (absolute paths are refused)")
    }
    let components = path.split(separator: "/", omittingEmptySubsequences: true)
    if components.contains("..") {
        throw BindingError("data file path '\(path)' leaves the note's folder ('..' is refused)")
    }
    let root = folder.standardizedFileURL.resolvingSymlinksInPath().path
    let target = folder.appendingPathComponent(path).standardizedFileURL.resolvingSymlinksInPath().path
    guard target.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
        throw BindingError("data file path '\(path)' resolves outside the note's folder (through a symbolic link)")
    }
    guard let data = FileManager.default.contents(atPath: target) else {
        throw BindingError("cannot read data file '\(path)' (relative to the note's folder)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
        throw BindingError("data file '\(path)' is not UTF-8 text")
    }
    let relative = components.filter { $0 != "." }.joined(separator: "/")
    if !context.filesRead.contains(relative) { context.filesRead.append(relative) }
    return text
}

/// Comma-separated numbers, one row per line; a first line that is not numeric is a header
/// and skipped. One column gives a 1-D tensor, otherwise `[rows, columns]`.
func parseCSV(_ text: String, path: String) throws -> Tensor {
    var rows: [[Double]] = []
    for (index, line) in text.split(whereSeparator: \.isNewline).enumerated() {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
        let fields = trimmed.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let numbers = fields.map { Double($0) }
        if numbers.contains(where: { $0 == nil }) {
            if rows.isEmpty, index == 0 { continue }
            throw BindingError("\(path):\(index + 1): not a number in '\(trimmed)'")
        }
        let row = numbers.map { $0! }
        if let first = rows.first, first.count != row.count {
            throw BindingError("\(path):\(index + 1): \(row.count) values, but the first row has \(first.count)")
        }
        rows.append(row)
    }
    let columns = rows.first?.count ?? 0
    if columns == 1 { return Tensor(rows.map { $0[0] }) }
    return try Tensor(shape: [rows.count, columns], scalars: rows.flatMap { $0 })
}
