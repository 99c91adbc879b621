/// The note's text as UTF-8 bytes with a table of line starts.
///
/// Everything below the front matter works in bytes: cmark reports byte columns, and keeping one
/// representation avoids String.Index arithmetic on every character.
struct SourceText {
    /// The bytes (line endings normalised to `\n`).
    var bytes: [UInt8]
    /// The byte offset where each line starts; `lineStarts[0]` is line 1.
    var lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") && i + 1 < bytes.count {
            starts.append(i + 1)
        }
        self.lineStarts = starts
    }

    /// The number of lines (a trailing newline does not start a new line).
    var lineCount: Int { lineStarts.count }

    /// Byte range of 1-based `line`, without its newline; empty when out of range.
    func lineRange(_ line: Int) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count else { return bytes.count..<bytes.count }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        return start..<end
    }

    /// The bytes of 1-based `line`, without its newline.
    func line(_ line: Int) -> ArraySlice<UInt8> { bytes[lineRange(line)] }

    /// The 1-based line and column of a byte offset.
    func location(ofOffset offset: Int) -> SourceLocation {
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return SourceLocation(line: lo + 1, column: offset - lineStarts[lo] + 1)
    }

    /// Normalises a note: drops a UTF-8 byte order mark and turns CRLF / CR into LF, so that
    /// lines are counted the way an editor counts them.
    static func normalized(_ source: String) -> [UInt8] {
        var input = Array(source.utf8)
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input.removeFirst(3) }
        guard input.contains(UInt8(ascii: "\r")) else { return input }
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var i = 0
        while i < input.count {
            if input[i] == UInt8(ascii: "\r") {
                out.append(UInt8(ascii: "\n"))
                if i + 1 < input.count, input[i + 1] == UInt8(ascii: "\n") { i += 1 }
            } else {
                out.append(input[i])
            }
            i += 1
        }
        return out
    }
}

extension UInt8 {
    var isSpaceOrTab: Bool { self == 0x20 || self == 0x09 }
    var isWhitespaceByte: Bool { self == 0x20 || self == 0x09 || self == 0x0A }
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
    var isASCIIPunctuation: Bool {
        (self >= 0x21 && self <= 0x2F) || (self >= 0x3A && self <= 0x40)
            || (self >= 0x5B && self <= 0x60) || (self >= 0x7B && self <= 0x7E)
    }
}

extension String {
    /// Decodes bytes as UTF-8, repairing invalid sequences rather than failing.
    init<C: Collection>(utf8Bytes bytes: C) where C.Element == UInt8 {
        self = String(decoding: bytes, as: UTF8.self)
    }
}
