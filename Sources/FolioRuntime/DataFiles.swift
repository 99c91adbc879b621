import FolioNumerics
import Foundation

/// Why a note's data file could not be read or parsed (the message names the path and line).
public struct DataFileError: Error, CustomStringConvertible {
    /// What went wrong, for the note's author.
    public let message: String

    /// An error with `message`.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

/// Reads `path`, relative to the note's `folder`, as UTF-8 text, refusing paths that leave the
/// folder (absolute, `..`, or through a symbolic link): one rule for `readText` and
/// `Tensor(csvFile:)` in the interpreter and in compiled notes. Returns the text and the path as
/// the note's dependency list records it (relative, without `.` components).
public func readNoteDataFile(_ path: String, folder: URL) throws -> (text: String, relativePath: String) {
    guard !path.isEmpty else { throw DataFileError("empty data file path") }
    if path.hasPrefix("/") || path.hasPrefix("~") {
        throw DataFileError(
            "data file path '\(path)' must be relative to the note's folder (absolute paths are refused)")
    }
    let components = path.split(separator: "/", omittingEmptySubsequences: true)
    if components.contains("..") {
        throw DataFileError("data file path '\(path)' leaves the note's folder ('..' is refused)")
    }
    let root = folder.standardizedFileURL.resolvingSymlinksInPath().path
    let target = folder.appendingPathComponent(path).standardizedFileURL.resolvingSymlinksInPath().path
    guard target.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
        throw DataFileError("data file path '\(path)' resolves outside the note's folder (through a symbolic link)")
    }
    guard let data = FileManager.default.contents(atPath: target) else {
        throw DataFileError("cannot read data file '\(path)' (relative to the note's folder)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
        throw DataFileError("data file '\(path)' is not UTF-8 text")
    }
    return (text, components.filter { $0 != "." }.joined(separator: "/"))
}

/// A CSV file's numbers as a tensor: one row per line (a first line that is not numbers is a
/// header and skipped; blank lines and `#` comments too), a vector when there is one column,
/// a matrix otherwise.
public func parseCSVTensor(_ text: String, path: String) throws -> Tensor {
    var rows: [[Double]] = []
    for (index, line) in text.split(whereSeparator: \.isNewline).enumerated() {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
        let fields = trimmed.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let numbers = fields.compactMap { Double($0) }
        if numbers.count != fields.count {
            if rows.isEmpty, index == 0 { continue }
            throw DataFileError("\(path):\(index + 1): not a number in '\(trimmed)'")
        }
        if let first = rows.first, first.count != numbers.count {
            throw DataFileError("\(path):\(index + 1): \(numbers.count) values, but the first row has \(first.count)")
        }
        rows.append(numbers)
    }
    let columns = rows.first?.count ?? 0
    if columns == 1 { return Tensor(rows.map { $0[0] }) }
    return try Tensor(shape: [rows.count, columns], scalars: rows.flatMap { $0 })
}
