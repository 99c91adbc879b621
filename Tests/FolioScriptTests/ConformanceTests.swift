import FolioScript
import Foundation
import Testing

/// Each program in `Conformance/` runs through the interpreter and must print exactly what the
/// same program prints when compiled with `swiftc` (`Conformance/record.sh` records that).
/// `Programs/200_everything.swift` uses every construct of the subset in one program (it also runs
/// unchanged under `folio run`).
@Suite struct ConformanceTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Conformance")

    /// Paths relative to `Conformance/`: each program sits in a folder named after the Language
    /// Guide's chapter it exercises (`Generics/239_generic_functions.swift`), or in `Programs/`
    /// for whole programs that are not about one chapter.
    static var programs: [String] {
        let names = (FileManager.default.subpaths(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".swift") && !$0.hasPrefix("Pending/") }.sorted()
    }

    /// Programs from the book that Folio does not run yet (`Pending/<Chapter>/`), each with
    /// swiftc's output: each must still fail, so that one that starts to pass is moved into
    /// its chapter and this list stays the true list of what is missing.
    static var pendingPrograms: [String] {
        let names = (FileManager.default.subpaths(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".swift") && $0.hasPrefix("Pending/") }.sorted()
    }

    @Test(arguments: pendingPrograms)
    func pendingProgramStillDiffers(_ program: String) throws {
        let source = try String(contentsOf: Self.folder.appendingPathComponent(program), encoding: .utf8)
        let expected = try String(
            contentsOf: Self.folder.appendingPathComponent(
                program.replacingOccurrences(of: ".swift", with: ".expected")),
            encoding: .utf8)
        let result = ScriptSession(file: program).run(
            source, line: 1, column: 1, blockIndex: 0, displaysLastValue: false)
        #expect(
            result.error != nil || result.printedText != expected,
            "\(program) now prints what swiftc prints: move it out of Pending/ into its chapter")
    }

    @Test(arguments: programs)
    func matchesCompiledSwift(_ program: String) throws {
        let source = try String(contentsOf: Self.folder.appendingPathComponent(program), encoding: .utf8)
        let expectedURL = Self.folder.appendingPathComponent(
            program.replacingOccurrences(of: ".swift", with: ".expected"))
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        let result = ScriptSession(file: program).run(
            source, line: 1, column: 1, blockIndex: 0, displaysLastValue: false)
        #expect(result.error == nil, "\(result.error?.formatted(source: source) ?? "")")
        #expect(result.printedText == expected)
    }

    /// The guide's example of generics, existentials, a property wrapper and a result builder
    /// (`docs/swift-subset.md`) is this program, word for word, so swiftc vouches for the page.
    @Test func guideExampleIsAConformanceProgram() throws {
        let program = try String(
            contentsOf: Self.folder.appendingPathComponent("Generics/251_language_tour.swift"), encoding: .utf8)
        let guide = try String(
            contentsOf: Self.folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("docs/swift-subset.md"), encoding: .utf8)
        #expect(guide.contains("```swift\n" + program + "```"))
    }

    @Test func everyProgramHasItsRecording() {
        #expect(Self.programs.count >= 200)
        for program in Self.programs {
            let expected = Self.folder.appendingPathComponent(
                program.replacingOccurrences(of: ".swift", with: ".expected"))
            #expect(FileManager.default.fileExists(atPath: expected.path), "missing \(expected.lastPathComponent)")
        }
    }
}
