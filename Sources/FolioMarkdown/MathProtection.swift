import Foundation

/// Math protection: `$…$` and `$$…$$` are cut out of the text before cmark parses it.
///
/// cmark would treat `\\`, `_`, `*` and `\{` inside TeX as Markdown, so every formula is replaced
/// by a one-character placeholder from Unicode's supplementary private use areas (planes 15 and
/// 16, which cmark treats as ordinary letters and HTML-escaping leaves alone). A formula that
/// spans lines keeps its line count: each further line becomes its container prefix (`>`
/// markers, indentation) plus a filler character, so cmark's line numbers stay the note's. The
/// renderer turns placeholders back into the hooks' HTML and drops the fillers.
///
/// A note may itself contain characters of that range. Before anything else, every such
/// character is escaped: it becomes a placeholder of its own (a `.literal` span whose `original`
/// is the character), so no character of the note is ever mistaken for a formula or a filler.
/// Placeholders and escaped characters are all 4 UTF-8 bytes, so byte offsets do not move.
struct MathSpan {
    enum Kind {
        case inline, display
        /// A character of the note that lies in the placeholder range, escaped.
        case literal
    }
    var kind: Kind
    /// The TeX between the delimiters, as written (blockquote markers of continuation lines
    /// removed).
    var tex: String
    /// The `{#eq-…}` label of a display formula.
    var label: String?
    /// Where the opening `$` stands.
    var location: SourceLocation
    /// The span's source text, delimiters and label included (restored inside URLs).
    var original: String
}

/// A code span seen by the scanner; used to locate `{swift}` inline expressions.
struct ScannedCodeSpan {
    /// The content as cmark normalises it (line endings → spaces, one surrounding space
    /// stripped).
    var content: String
    /// The byte offset of the first content byte in the body.
    var contentOffset: Int
    /// The content bytes' offsets, to map a position in `content` back to the source.
    var rawContent: [UInt8]
}

/// The body with math replaced by placeholders.
struct ProtectedText {
    var bytes: [UInt8]
    var spans: [MathSpan]
    var codeSpans: [ScannedCodeSpan]
}

enum MathPlaceholder {
    /// First scalar of the placeholder range; span `i` is `base + i`.
    static let base: UInt32 = 0xF0000
    /// Span capacity of the range (supplementary private use areas A and B, but the filler).
    static let capacity = 0x1FFFD
    /// Marks a continuation line of a formula that spans lines.
    static let filler: Unicode.Scalar = "\u{10FFFD}"

    /// Whether `scalar` is one the placeholder scheme uses (so a note's own must be escaped).
    static func isReserved(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= base }

    /// Escapes the note's own placeholder-range characters (see the type's documentation).
    /// Every one of them is 4 bytes in UTF-8, as is its placeholder, so offsets are unchanged.
    /// Past `capacity` escapes (a note of more than 131 069 such characters), the rest become
    /// U+FFFD (and later formulas stay plain text).
    static func escapeReserved(_ bytes: inout [UInt8]) -> [MathSpan] {
        var spans: [MathSpan] = []
        var i = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            // Supplementary PUA: U+F0000… is F3 B0–BF …, U+100000… is F4 80–8F ….
            guard c == 0xF3 || c == 0xF4, i + 3 < n else {
                i += 1
                continue
            }
            let c1 = bytes[i + 1]
            guard (c == 0xF3 && c1 >= 0xB0 && c1 <= 0xBF) || (c == 0xF4 && c1 >= 0x80 && c1 <= 0x8F)
            else {
                i += 1
                continue
            }
            let original = String(utf8Bytes: bytes[i..<(i + 4)])
            let replacement: [UInt8]
            if spans.count < capacity, let scalar = scalar(for: spans.count) {
                spans.append(
                    MathSpan(
                        kind: .literal, tex: original, label: nil,
                        location: SourceLocation(line: 1, column: 1), original: original))
                replacement = Array(String(Character(scalar)).utf8)
            } else {
                replacement = [0xEF, 0xBF, 0xBD, 0x20]  // U+FFFD and a space: still 4 bytes
            }
            bytes.replaceSubrange(i..<(i + 4), with: replacement)
            i += 4
        }
        return spans
    }

    static func scalar(for index: Int) -> Unicode.Scalar? {
        Unicode.Scalar(base + UInt32(index))
    }

    /// The span index of a placeholder scalar, or `nil`.
    static func index(of scalar: Unicode.Scalar) -> Int? {
        let v = scalar.value
        guard v >= base, v < base + UInt32(capacity) else { return nil }
        return Int(v - base)
    }

    /// Whether `text` holds a placeholder or filler (a cheap test before splitting): all of
    /// them, and nothing else of planes 15–16, start with the byte F3 or F4.
    static func occurs(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, 0xF3, buffer.count) != nil || memchr(base, 0xF4, buffer.count) != nil
        }
    }
}

enum MathProtector {
    /// Replaces math in `text` by placeholders. `excluded[line]` marks the lines of code and HTML
    /// blocks (from a first cmark parse), where `$` is never math.
    /// `literals` are the note's escaped characters (`escapeReserved`), whose placeholders are
    /// already in `text`; formulas get the placeholders after them.
    static func protect(_ text: SourceText, excluded: [Bool], literals: [MathSpan] = [])
        -> ProtectedText
    {
        let b = text.bytes
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var spans: [MathSpan] = literals
        var codeSpans: [ScannedCodeSpan] = []
        var copied = 0  // bytes of `b` already copied to `out`

        for region in regions(text, excluded: excluded) {
            var i = region.lowerBound
            let end = region.upperBound
            // Closing runs are looked up in a table of the region's backtick runs by length:
            // a storm of unmatched runs of different lengths would otherwise rescan the region
            // once per run (quadratic).
            var runs = BacktickRuns(b, region)
            while i < end {
                let c = b[i]
                // Byte constants, not `UInt8(ascii:)` (a call in debug builds); letters and
                // most text skip every test.
                if c > 0x60 || (c >= 0x41 && c <= 0x5B) {
                    i += 1
                } else if c == 0x5C {
                    i += (i + 1 < end && b[i + 1].isASCIIPunctuation) ? 2 : 1
                } else if c == 0x60 {
                    let n = run(of: c, in: b, from: i, end: end)
                    if let close = runs.next(length: n, from: i + n) {
                        codeSpans.append(codeSpan(b, contentStart: i + n, contentEnd: close))
                        i = close + n
                    } else {
                        i += n
                    }
                } else if c == 0x3C, let close = autolinkEnd(b, from: i, end: end) {
                    i = close
                } else if c == 0x24 {
                    guard let match = matchMath(b, at: i, end: end, text: text),
                        spans.count < MathPlaceholder.capacity
                    else {
                        i += (i + 1 < end && b[i + 1] == c) ? 2 : 1
                        continue
                    }
                    out.append(contentsOf: b[copied..<i])
                    spans.append(match.span)
                    appendPlaceholder(
                        index: spans.count - 1, for: i..<match.end, of: text, into: &out)
                    copied = match.end
                    i = match.end
                } else {
                    i += 1
                }
            }
        }
        out.append(contentsOf: b[copied...])
        return ProtectedText(bytes: out, spans: spans, codeSpans: codeSpans)
    }

    /// Maximal runs of consecutive prose lines: not blank, not in a code or HTML block. An ATX
    /// heading is a region of its own. Math and code spans never cross a region's end.
    static func regions(_ text: SourceText, excluded: [Bool]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var current: Range<Int>?
        for line in 1...max(1, text.lineCount) {
            let range = text.lineRange(line)
            let bytes = text.bytes[range]
            let isExcluded = line < excluded.count && excluded[line]
            let isBlank = isBlankLine(bytes)
            if isExcluded || isBlank {
                if let c = current { result.append(c) }
                current = nil
                continue
            }
            if isATXHeading(bytes) {
                if let c = current { result.append(c) }
                result.append(range)
                current = nil
                continue
            }
            if let c = current {
                current = c.lowerBound..<range.upperBound
            } else {
                current = range
            }
        }
        if let c = current { result.append(c) }
        return result
    }

    /// Whether a line holds only spaces, tabs and `>` (a blank line, possibly quoted).
    private static func isBlankLine(_ line: ArraySlice<UInt8>) -> Bool {
        line.withUnsafeBufferPointer { buffer in
            for c in buffer where c != 0x20 && c != 0x09 && c != 0x3E { return false }
            return true
        }
    }

    private static func isATXHeading(_ line: ArraySlice<UInt8>) -> Bool {
        var rest = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ">") }
        let hashes = rest.prefix { $0 == UInt8(ascii: "#") }.count
        guard hashes >= 1, hashes <= 6 else { return false }
        rest = rest.dropFirst(hashes)
        return rest.first.map { $0.isSpaceOrTab } ?? true
    }

    fileprivate static func run(of c: UInt8, in b: [UInt8], from i: Int, end: Int) -> Int {
        var j = i
        while j < end, b[j] == c { j += 1 }
        return j - i
    }

    /// The maximal backtick runs of a region by length, to find the run of exactly `length`
    /// backticks that closes a code span (as CommonMark closes one) in amortised O(1).
    struct BacktickRuns {
        private var starts: [Int: [Int]] = [:]
        private var cursors: [Int: Int] = [:]

        init(_ b: [UInt8], _ region: Range<Int>) {
            var j = region.lowerBound
            while j < region.upperBound {
                if b[j] == 0x60 {  // a backtick
                    let n = MathProtector.run(of: b[j], in: b, from: j, end: region.upperBound)
                    starts[n, default: []].append(j)
                    j += n
                } else {
                    j += 1
                }
            }
        }

        /// The start of the first run of `length` backticks at or after `from`. Calls must
        /// come with non-decreasing `from` (the scanner moves forward).
        mutating func next(length: Int, from: Int) -> Int? {
            guard let list = starts[length] else { return nil }
            var k = cursors[length] ?? 0
            while k < list.count, list[k] < from { k += 1 }
            cursors[length] = k
            return k < list.count ? list[k] : nil
        }
    }

    private static func codeSpan(_ b: [UInt8], contentStart: Int, contentEnd: Int)
        -> ScannedCodeSpan
    {
        let raw = Array(b[contentStart..<contentEnd])
        var content = String(utf8Bytes: raw.map { $0 == UInt8(ascii: "\n") ? UInt8(ascii: " ") : $0 })
        if content.count >= 2, content.first == " ", content.last == " ",
            content.contains(where: { $0 != " " })
        {
            content = String(content.dropFirst().dropLast())
        }
        return ScannedCodeSpan(content: content, contentOffset: contentStart, rawContent: raw)
    }

    /// The end of an autolink `<scheme:…>` starting at `i` (URLs keep their `$`).
    private static func autolinkEnd(_ b: [UInt8], from i: Int, end: Int) -> Int? {
        var j = i + 1
        var schemeLength = 0
        while j < end,
            (b[j] >= 0x41 && b[j] <= 0x5A) || (b[j] >= 0x61 && b[j] <= 0x7A)
                || (schemeLength > 0 && (b[j].isASCIIDigit || b[j] == 0x2B || b[j] == 0x2E || b[j] == 0x2D))
        {
            j += 1
            schemeLength += 1
        }
        guard schemeLength >= 2, schemeLength <= 32, j < end, b[j] == UInt8(ascii: ":") else {
            return nil
        }
        while j < end, b[j] != UInt8(ascii: ">") {
            if b[j] <= 0x20 || b[j] == UInt8(ascii: "<") { return nil }
            j += 1
        }
        return j < end ? j + 1 : nil
    }

    private struct Match {
        var span: MathSpan
        var end: Int
    }

    /// Pandoc's rules: `$$…$$` is display math (no blank line inside; an optional `{#label}`
    /// may follow); `$…$` is inline math when the opening `$` is followed by a non-space, the
    /// closing `$` is preceded by a non-space and not followed by a digit. `\` escapes the next
    /// character inside inline math.
    private static func matchMath(_ b: [UInt8], at i: Int, end: Int, text: SourceText) -> Match? {
        let dollar = UInt8(ascii: "$")
        let location = text.location(ofOffset: i)
        let quoted = isQuoted(text, line: location.line)
        if i + 1 < end, b[i + 1] == dollar {
            var j = i + 2
            while j + 1 < end, !(b[j] == dollar && b[j + 1] == dollar) { j += 1 }
            guard j + 1 < end, j > i + 2 else { return nil }
            let tex = texText(b[(i + 2)..<j], quoted: quoted)
            guard tex.contains(where: { !$0.isWhitespace }) else { return nil }
            var close = j + 2
            var label: String?
            var k = close
            while k < end, b[k].isSpaceOrTab { k += 1 }
            if k + 1 < end, b[k] == UInt8(ascii: "{"), b[k + 1] == UInt8(ascii: "#") {
                var m = k + 2
                while m < end, b[m] != UInt8(ascii: "}"), !b[m].isWhitespaceByte { m += 1 }
                if m < end, b[m] == UInt8(ascii: "}"), m > k + 2 {
                    label = String(utf8Bytes: b[(k + 2)..<m])
                    close = m + 1
                }
            }
            return Match(
                span: MathSpan(
                    kind: .display, tex: tex, label: label, location: location,
                    original: String(utf8Bytes: b[i..<close])),
                end: close)
        }
        guard i + 1 < end, !b[i + 1].isWhitespaceByte else { return nil }
        var j = i + 1
        while j < end {
            if b[j] == UInt8(ascii: "\\") {
                j += 2
                continue
            }
            if b[j] == dollar {
                if b[j - 1].isWhitespaceByte { return nil }
                if j + 1 < end, b[j + 1].isASCIIDigit { return nil }
                return Match(
                    span: MathSpan(
                        kind: .inline, tex: texText(b[(i + 1)..<j], quoted: quoted), label: nil,
                        location: location, original: String(utf8Bytes: b[i...j])),
                    end: j + 1)
            }
            j += 1
        }
        return nil
    }

    private static func isQuoted(_ text: SourceText, line: Int) -> Bool {
        text.line(line).first { !$0.isSpaceOrTab } == UInt8(ascii: ">")
    }

    /// The TeX of a span. Inside a block quote, the `>` markers that start continuation lines
    /// belong to Markdown, not to the formula.
    private static func texText(_ bytes: ArraySlice<UInt8>, quoted: Bool) -> String {
        guard quoted, bytes.contains(UInt8(ascii: "\n")) else { return String(utf8Bytes: bytes) }
        var out: [UInt8] = []
        var atLineStart = false
        for c in bytes {
            if atLineStart, c.isSpaceOrTab || c == UInt8(ascii: ">") { continue }
            atLineStart = c == UInt8(ascii: "\n")
            out.append(c)
        }
        return String(utf8Bytes: out)
    }

    /// Writes the placeholder for `range`: the span's scalar, then for every line break inside
    /// the span a newline, the next line's container prefix and a filler.
    private static func appendPlaceholder(
        index: Int, for range: Range<Int>, of text: SourceText, into out: inout [UInt8]
    ) {
        guard let scalar = MathPlaceholder.scalar(for: index) else { return }
        out.append(contentsOf: String(Character(scalar)).utf8)
        let b = text.bytes
        let quoted = isQuoted(text, line: text.location(ofOffset: range.lowerBound).line)
        let filler = Array(String(Character(MathPlaceholder.filler)).utf8)
        var i = range.lowerBound
        while i < range.upperBound {
            if b[i] == UInt8(ascii: "\n") {
                out.append(b[i])
                var j = i + 1
                while j < range.upperBound, b[j].isSpaceOrTab || (quoted && b[j] == UInt8(ascii: ">")) {
                    out.append(b[j])
                    j += 1
                }
                out.append(contentsOf: filler)
                i = j
            } else {
                i += 1
            }
        }
    }
}
