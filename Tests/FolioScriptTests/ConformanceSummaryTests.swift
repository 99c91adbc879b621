import Foundation
import Testing

/// The per-chapter table of `docs/swift-subset.md` (`#sec-chapters`) says how many conformance
/// programs each chapter's folder holds and how many are pending: it must match the folders,
/// so the documentation cannot claim more (or less) than the suite checks.
@Suite struct ConformanceSummaryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let conformance = root.appendingPathComponent("Conformance")
    static let page = root.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/swift-subset.md")

    /// `.swift` files directly in `folder` (none if it does not exist).
    private func programCount(_ folder: URL) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".swift") }.count
    }

    @Test func chapterTableMatchesTheFolders() throws {
        let text = try String(contentsOf: Self.page, encoding: .utf8)
        // Rows such as "| The Basics | `TheBasics/` | 28 | 0 |".
        var table: [String: (programs: Int, pending: Int)] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("| ") && line.contains("/` |") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 4, let programs = Int(cells[2]), let pending = Int(cells[3]) else { continue }
            table[cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`/"))] = (programs, pending)
        }
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.conformance.path).filter {
            var isFolder: ObjCBool = false
            return $0 != "Pending"
                && FileManager.default.fileExists(
                    atPath: Self.conformance.appendingPathComponent($0).path, isDirectory: &isFolder)
                && isFolder.boolValue
        }
        #expect(Set(table.keys) == Set(folders), "update the table of docs/swift-subset.md#sec-chapters")
        for folder in folders {
            let programs = programCount(Self.conformance.appendingPathComponent(folder))
            let pending = programCount(Self.conformance.appendingPathComponent("Pending/\(folder)"))
            #expect(
                table[folder]?.programs == programs && table[folder]?.pending == pending,
                "\(folder): \(programs) programs, \(pending) pending; update docs/swift-subset.md#sec-chapters")
        }
    }
}
