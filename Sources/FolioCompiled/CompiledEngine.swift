import FolioMarkdown
import FolioRuntime
import FolioScript
import Foundation

/// `engine: compiled`: runs a note as its compiled program and gives back what each block
/// produced, in the interpreter's terms, so the runner's rules, the page and the render cache
/// treat it like any note.
///
/// The executable is kept in `bin/` of the package folder under a name that hashes the
/// program's text and the Folio library sources it links: a note whose program has not changed
/// runs from there directly, without invoking SwiftPM.
public struct CompiledEngine: Sendable {
    /// The package the program is built in.
    public var package: CompiledPackage

    /// An engine building in `package`.
    public init(package: CompiledPackage) {
        self.package = package
    }

    /// What the compiled program produced.
    public struct Results: Sendable {
        /// Each block's outputs, by block index.
        public var blocks: [Int: BlockResult] = [:]
        /// Each inline expression's outputs, by expression index.
        public var inline: [Int: BlockResult] = [:]
        /// The compiler's errors (the program did not build), at the note's lines.
        public var buildErrors: [Diagnostic] = []
        /// Whether the executable came from the cache (no SwiftPM run).
        public var cached = false
    }

    /// Builds (or reuses) and runs the program of `note`, read from `path`, within `timeout`.
    public func run(_ note: Note, path: String, timeout: Duration) throws -> Results {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
        let program = NoteProgram(
            note: note, path: path, noteFolder: folder, targetName: NoteProgram.targetName(forPath: path))
        let bin = package.directory.appendingPathComponent("bin")
        let key = ProgramHash.of([program.main, program.prelude, package.librarySignature()])
        let executable = bin.appendingPathComponent("\(program.targetName)-\(key)")
        var results = Results()
        if FileManager.default.isExecutableFile(atPath: executable.path) {
            results.cached = true
        } else {
            let build = try package.withLock {
                try package.write([program])
                return try package.build(products: [program.targetName])
            }
            guard build.status == 0 else {
                results.buildErrors = Self.diagnostics(fromCompilerOutput: build.output, path: path)
                if results.buildErrors.isEmpty {
                    results.buildErrors = [
                        Diagnostic(
                            .error, "the compiled note did not build:\n" + build.output, file: path, line: 1, column: 1)
                    ]
                }
                return results
            }
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
            // Older executables of this note are replaced.
            for old in (try? FileManager.default.contentsOfDirectory(atPath: bin.path)) ?? []
            where old.hasPrefix(program.targetName + "-") {
                try? FileManager.default.removeItem(at: bin.appendingPathComponent(old))
            }
            try FileManager.default.copyItem(at: package.executable(of: program), to: executable)
        }
        let check = CompiledCheck(package: package)
        let outcome = try check.runProgram(program, executable: executable, timeout: timeout)
        for block in note.codeBlocks where program.blocks.contains(block.index) {
            guard let records = outcome.records[block.index] else { continue }
            results.blocks[block.index] = Self.result(
                records, failure: outcome.unfinished == block.index ? outcome.failure : nil,
                failureID: outcome.stoppedByRequire ? .checkFailed : nil, path: path, line: block.fenceLine)
        }
        for expression in note.inlineExpressions {
            let index = NoteProgram.inlineKeyOffset + expression.index
            guard let records = outcome.records[index] else { continue }
            results.inline[expression.index] = Self.result(
                records, failure: outcome.unfinished == index ? outcome.failure : nil, path: path,
                line: expression.location.line)
        }
        return results
    }

    /// A block's records as the interpreter's result.
    /// `failureID` classifies the failure (a failed `#require` is `check-failed`).
    static func result(
        _ records: [RecordedOutput], failure: String?, failureID: ScriptDiagnosticID? = nil, path: String, line: Int
    ) -> BlockResult {
        var outputs: [BlockOutput] = []
        for record in records {
            switch record.kind {
            case .begin, .end: break
            case .printed:
                if case .printed(let previous)? = outputs.last {
                    outputs[outputs.count - 1] = .printed(previous + record.text)
                } else {
                    outputs.append(.printed(record.text))
                }
            case .value: outputs.append(.value(record.text))
            case .chart:
                guard let chart = record.chart else { continue }
                outputs.append(.chart(chart))
            case .table:
                guard let table = record.table else { continue }
                outputs.append(.table(table))
            case .error: outputs.append(.error(Diagnostic(.error, record.text, file: path, line: line, column: 1)))
            case .check:
                guard let check = record.check else { continue }
                outputs.append(
                    .check(
                        CheckResult(
                            kind: check.macro == "require" ? .require : .expect, passed: check.passed,
                            expression: check.expression, line: check.line, column: check.column,
                            comment: check.comment)))
            }
        }
        if let failure {
            outputs.append(.error(Diagnostic(.error, failure, file: path, line: line, column: 1, id: failureID)))
        }
        return BlockResult(outputs: outputs)
    }

    /// `file:line:col: error: message` lines of the compiler about `path`, as diagnostics.
    static func diagnostics(fromCompilerOutput output: String, path: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for line in output.split(separator: "\n") where line.hasPrefix(path + ":") && line.contains(": error: ") {
            let rest = line.dropFirst(path.count + 1)
            let parts = rest.split(separator: ":", maxSplits: 2)
            guard parts.count == 3, let row = Int(parts[0]), let column = Int(parts[1]) else { continue }
            let message = String(parts[2]).replacingOccurrences(of: " error: ", with: "")
            let diagnostic = Diagnostic(.error, "swiftc: " + message, file: path, line: row, column: column)
            if !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
        }
        return diagnostics
    }
}

/// A short stable hash of texts (FNV-1a, 64 bits, two lanes), for cache file names.
enum ProgramHash {
    static func of(_ texts: [String]) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        for text in texts {
            for byte in text.utf8 {
                a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 &+ 1
            }
            a = (a ^ 0xFF) &* 0x0000_0100_0000_01B3
        }
        return String(a, radix: 16) + String(b, radix: 16)
    }
}

extension CompiledPackage {
    /// The path, size and modification time of every source file of the Folio libraries a
    /// compiled note links: when one changes, cached executables are rebuilt.
    func librarySignature() -> String {
        var lines: [String] = []
        let manager = FileManager.default
        for target in ["FolioNumerics", "FolioCharts", "FolioHTML", "FolioRuntime", "CFolioKernels"] {
            let folder = folioCheckout.appendingPathComponent("Sources").appendingPathComponent(target)
            guard let entries = manager.enumerator(atPath: folder.path) else { continue }
            for case let entry as String in entries {
                let attributes = try? manager.attributesOfItem(atPath: folder.appendingPathComponent(entry).path)
                let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
                let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                lines.append("\(target)/\(entry) \(size) \(modified)")
            }
        }
        return lines.sorted().joined(separator: "\n")
    }
}
