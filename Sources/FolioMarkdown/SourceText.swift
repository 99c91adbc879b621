import Foundation

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
        // memchr, not a Swift loop: this runs several times per note on every byte, and debug
        // builds (tests, `folio` from source) would spend seconds on a 10 MB note.
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let count = buffer.count
            var i = 0
            while i < count, let hit = memchr(base + i, 0x0A, count - i) {
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if offset + 1 < count { starts.append(offset + 1) }
                i = offset + 1
            }
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

    /// Normalises a note: drops a UTF-8 byte order mark, turns CRLF / CR into LF, so that
    /// lines are counted the way an editor counts them, and NUL into U+FFFD (as CommonMark
    /// does; C strings end at NUL, so none may reach cmark's API).
    static func normalized(_ source: String) -> [UInt8] {
        var input = Array(source.utf8)
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input.removeFirst(3) }
        let needsWork = input.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, 0x0D, buffer.count) != nil || memchr(base, 0, buffer.count) != nil
        }
        guard needsWork else { return input }
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var i = 0
        while i < input.count {
            if input[i] == UInt8(ascii: "\r") {
                out.append(UInt8(ascii: "\n"))
                if i + 1 < input.count, input[i + 1] == UInt8(ascii: "\n") { i += 1 }
            } else if input[i] == 0 {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            } else {
                out.append(input[i])
            }
            i += 1
        }
        return out
    }

    /// The location of byte `offset` of a note as read (before `normalized`): lines end at
    /// LF, CRLF or a lone CR; a byte order mark does not count as columns.
    static func rawLocation<C: Collection<UInt8>>(ofOffset offset: Int, in bytes: C)
        -> SourceLocation
    {
        var line = 1
        var lineStart = 0
        var previous: UInt8 = 0
        var i = 0
        for b in bytes {
            if i >= offset { break }
            if b == UInt8(ascii: "\n") {
                if previous != UInt8(ascii: "\r") { line += 1 }
                lineStart = i + 1
            } else if b == UInt8(ascii: "\r") {
                line += 1
                lineStart = i + 1
            }
            previous = b
            i += 1
        }
        if line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]), offset >= 3 { lineStart = 3 }
        return SourceLocation(line: line, column: offset - lineStart + 1)
    }

    /// The offset of the first byte that is not part of a well-formed UTF-8 sequence (the start
    /// of a truncated or invalid sequence), or `nil` when `bytes` is valid UTF-8.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            if c < 0x80 {
                i += 1
                continue
            }
            var need = 0
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0:
                need = 2
                low = 0xA0  // no overlong forms
            case 0xE1...0xEC, 0xEE, 0xEF: need = 2
            case 0xED:
                need = 2
                high = 0x9F  // no surrogates
            case 0xF0:
                need = 3
                low = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4:
                need = 3
                high = 0x8F  // nothing above U+10FFFF
            default: return i
            }
            guard i + need < n, bytes[i + 1] >= low, bytes[i + 1] <= high else { return i }
            for k in 2...max(2, need) where k <= need {
                guard bytes[i + k] >= 0x80, bytes[i + k] <= 0xBF else { return i }
            }
            i += need + 1
        }
        return nil
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
