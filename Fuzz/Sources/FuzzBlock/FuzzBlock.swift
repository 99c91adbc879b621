import FolioScript
import Foundation

/// An empty folder the fuzzed blocks "live" in, so `readText` and `Tensor(csvFile:)` run their
/// confinement checks against a real directory that holds nothing to read.
private let noteFile: String = {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("folio-fuzzblock-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent("fuzz.md").path
}()

/// libFuzzer entry point: the bytes are the code of one `swift` block. It runs in a fresh
/// session under a tiny budget (50 ms of wall time, call depth 200, strings and arrays of at
/// most 16 MiB; tensors have their fixed cap of 2²⁷ elements). Every diagnostic —
/// syntax error, unsupported construct, runtime error, budget exceeded — is an answer, and
/// its location must be inside the block; findings are crashes, sanitizer reports, and
/// inputs that outlive their budget by far (`-timeout`, set by `run.sh`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBlock(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    guard let code = String(validating: bytes, as: UTF8.self) else { return 0 }
    let session = ScriptSession(file: noteFile, seed: 1)
    session.timeBudget = .milliseconds(50)
    session.maxCallDepth = 200
    session.maxCollectionBytes = 16 << 20
    // Many values under the caps add up: stop them well before -rss_limit_mb (under ASan the
    // resident size also holds the allocator's quarantine of freed memory).
    session.memoryBudget = 512 << 20
    let result = session.run(code, line: 3, column: 1, blockIndex: 0)
    let lines = code.split(separator: "\n", omittingEmptySubsequences: false).count
    for case .error(let diagnostic) in result.outputs {
        // A diagnostic points into the block (first line 3), never before it or far after.
        precondition(diagnostic.line >= 3 && diagnostic.line <= 3 + lines, "\(diagnostic)")
        precondition(diagnostic.column >= 1, "\(diagnostic)")
    }
    return 0
}

/// libFuzzer's driver, from the fuzzer runtime that `-sanitize=fuzzer` links.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The entry point, defined here for the reason given in `FuzzMarkdown` (SwiftPM's
/// `--defsym main=FuzzBlock_main` under `-parse-as-library`, swiftlang/swift#75800).
@_cdecl("FuzzBlock_main")
public func fuzzBlockMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
    var argc = argc
    var argv = argv
    // The interpreter's built-in bindings are installed once per process, on first use, and
    // never freed; installing them before fuzzing keeps libFuzzer's per-input leak check from
    // reporting that one-time table as a leak of the first input.
    _ = ScriptSession(file: noteFile).run("print(1)", line: 1, column: 1, blockIndex: 0)
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzBlock(data, size) }
}
