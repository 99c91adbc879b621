import FolioMarkdown
import Foundation
import Testing

/// A note with a three-line front matter (`---`, `title: T`, `---`) before `body`, so the
/// body's first line is note line 4.
func note(_ body: String) throws -> Note {
    try Note.parse("---\ntitle: T\n---\n" + body, path: "test.md")
}

/// Hooks that write recognisable markers, so tests can assert exact HTML.
func markerHooks(log: Log? = nil) -> HTMLHooks {
    HTMLHooks(
        codeBlock: { block in
            log?.append("block \(block.index)")
            return "<pre data-block=\"\(block.index)\">\(block.code)</pre>"
        },
        displayMath: { math in
            log?.append("display \(math.tex)")
            return "<div class=\"math\" data-label=\"\(math.label ?? "")\">\(math.tex)</div>"
        },
        inlineMath: { tex in
            log?.append("inline \(tex)")
            return "<span class=\"math\">\(tex)</span>"
        })
}

/// Renders the body of a note (after a three-line front matter) with `markerHooks`.
func html(_ body: String) throws -> String {
    try note(body).renderHTML(markerHooks())
}

/// Records hook calls in order.
final class Log: @unchecked Sendable {
    var entries: [String] = []
    func append(_ s: String) { entries.append(s) }
}

/// Held by tests that measure resident memory and by tests that allocate a lot, so that they
/// do not run at the same time.
let memoryMeasurement = NSLock()

/// Whether this test binary runs under AddressSanitizer (`swift test --sanitize=address`):
/// its runtime is linked in. ASan's quarantine keeps freed memory resident and its checks
/// make code several times slower, so memory and time guards adapt.
let underAddressSanitizer = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "__asan_init") != nil
