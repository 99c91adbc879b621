import FolioMarkdown

/// libFuzzer entry point: the bytes are a note file. Parsing may fail with a `MarkdownError`
/// (that is an answer, not a finding); it must never crash, hang or touch memory it does not
/// own. Rendering works on whatever a `Note` holds, so a note that fails to parse is still
/// rendered (as `folio render` shows a page for it), from a `Note` built from parts.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let hooks = HTMLHooks(
        codeBlock: { "<pre>\($0.index):\($0.code.utf8.count)</pre>" },
        displayMath: { "<div>\($0.tex.utf8.count)\($0.label ?? "")</div>" },
        inlineMath: { "<span>\($0.utf8.count)</span>" },
        inlineExpression: { "<output>\($0.code.utf8.count)</output>" })
    let note: Note
    do {
        note = try Note.parse(data: bytes, path: "fuzz.md")
    } catch {
        // Check the location is inside the input (lines are 1-based).
        precondition(error.location.line >= 1 && error.location.column >= 1, "\(error)")
        let text = String(decoding: bytes, as: UTF8.self)
        _ = Note(path: "fuzz.md", source: text, frontMatter: FrontMatter(title: "fuzz"))
            .renderHTML(hooks)
        return 0
    }
    _ = note.renderHTML(hooks)
    return 0
}

/// libFuzzer's driver, from the fuzzer runtime that `-sanitize=fuzzer` links.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The entry point. SwiftPM links ELF executables with `--defsym main=<Module>_main` (so that
/// testable executables can rename their entry point); under `-parse-as-library` nothing
/// defines `FuzzMarkdown_main` and the link fails (swiftlang/swift#75800). Defining it here to
/// run libFuzzer's driver keeps the usual `swift build -Xswiftc -sanitize=fuzzer
/// -Xswiftc -parse-as-library` working; libFuzzer's own `main` is then simply not linked.
@_cdecl("FuzzMarkdown_main")
public func fuzzMarkdownMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzMarkdown(data, size) }
}
