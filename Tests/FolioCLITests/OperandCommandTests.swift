import Foundation
import Testing

/// `folio run FILE` is built without ArgumentParser (OperandCommand); `folio run -- FILE` still
/// goes through it. Both must behave alike, whatever the file does, and everything around the
/// operands (help, usage errors) stays ArgumentParser's.
@Suite struct OperandCommandTests {
    static func workspace() throws -> URL {
        let root = try FolioProcess.workspace(with: ["hello.swift", "runtime-error.md", "syntax-error.md"])
        try Data("print(\"unicode ≈ ok\")\nlet x: Int = \"no\"\n".utf8)
            .write(to: root.appendingPathComponent("notes/type-error.swift"))
        return root
    }

    /// A file and the status `folio run` ends with: 0 ran, 1 the code failed, 2 cannot read.
    static let cases: [(String, Int32)] = [
        ("notes/hello.swift", 0), ("notes/runtime-error.md", 1), ("notes/syntax-error.md", 1),
        ("notes/type-error.swift", 1), ("notes/missing.swift", 2), ("help", 2), ("", 2),
    ]

    @Test(arguments: cases)
    func anOperandRunsAsArgumentParserWouldRunIt(_ file: String, _ status: Int32) throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let direct = try FolioProcess.run(["run", file], in: root)
        let parsed = try FolioProcess.run(["run", "--", file], in: root)
        #expect(direct.status == status, "\(direct.stderr)")
        #expect(parsed.status == status, "\(parsed.stderr)")
        #expect(direct.stdout == parsed.stdout)
        #expect(direct.stderr == parsed.stderr)
    }

    @Test func helpAndUsageErrorsAreStillArgumentParsers() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let help = try FolioProcess.run(["run", "--help"], in: root)
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: folio run <file>"), "\(help.stdout)")
        let none = try FolioProcess.run(["run"], in: root)
        #expect(none.status == 2)
        #expect(none.stderr.contains("Missing expected argument '<file>'"), "\(none.stderr)")
        let two = try FolioProcess.run(["run", "notes/hello.swift", "extra"], in: root)
        #expect(two.status == 2)
        #expect(two.stderr.contains("Unexpected argument 'extra'"), "\(two.stderr)")
    }
}
