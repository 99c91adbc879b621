/// Inputs on which the system's libcmark takes super-linear time, defused before cmark sees
/// them.
///
/// libcmark 0.30.2 (Debian/Ubuntu's) walks its whole bracket stack each time a link closes,
/// passing every image opener `![` still open before it, so a paragraph of n openers followed
/// by n links costs n² (`![[]()` repeated 40 000 times: 6 s). cmark 0.30.3 fixed it; Folio
/// links the system library, so it guards: in a run of non-blank lines where (unescaped `![`)
/// × (`](`) exceeds `maximumWork`, every `![` becomes `\[` (same length, so every offset
/// stays put): no image opener is left, and cmark is linear again. `Note.parse` reports the
/// paragraph as an error; `renderHTML` shows it with `[` for `![`. Real notes are nowhere
/// near the limit (a paragraph of 5 000 images and 5 000 links).
enum CmarkGuard {
    // Byte constants, not `UInt8(ascii:)`: this loop sees every byte, and in debug builds
    // each `UInt8(ascii:)` is a call.
    private static let newline: UInt8 = 0x0A, backslash: UInt8 = 0x5C, bang: UInt8 = 0x21
    private static let open: UInt8 = 0x5B, close: UInt8 = 0x5D, paren: UInt8 = 0x28
    static let maximumWork = 25_000_000

    /// Defuses `bytes` in place; returns where the first defused paragraph starts.
    static func defuse(_ bytes: inout [UInt8]) -> SourceLocation? {
        var first: SourceLocation?
        var line = 1
        var paragraphStart = 0
        var paragraphLine = 1
        var images = 0
        var links = 0
        var lineIsBlank = true
        var i = 0
        let n = bytes.count

        func finishParagraph(end: Int) {
            defer {
                images = 0
                links = 0
            }
            guard images * links > maximumWork else { return }
            if first == nil { first = SourceLocation(line: paragraphLine, column: 1) }
            var j = paragraphStart
            while j + 1 < end {
                if bytes[j] == backslash {
                    j += 2
                    continue
                }
                if bytes[j] == bang, bytes[j + 1] == open {
                    bytes[j] = backslash
                }
                j += 1
            }
        }

        while i < n {
            let c = bytes[i]
            if c > close {  // letters and most text: nothing to count
                lineIsBlank = false
                i += 1
                continue
            }
            switch c {
            case newline:
                if lineIsBlank {
                    finishParagraph(end: i)
                    paragraphStart = i + 1
                    paragraphLine = line + 1
                }
                line += 1
                lineIsBlank = true
            case backslash:
                lineIsBlank = false
                i += 1  // the escaped byte is neither an opener nor a closer
            case bang:
                lineIsBlank = false
                if i + 1 < n, bytes[i + 1] == open { images += 1 }
            case close:
                lineIsBlank = false
                if i + 1 < n, bytes[i + 1] == paren || bytes[i + 1] == open {
                    links += 1
                }
            case 0x20, 0x09, 0x3E:
                break
            default:
                lineIsBlank = false
            }
            i += 1
        }
        finishParagraph(end: n)
        return first
    }
}
