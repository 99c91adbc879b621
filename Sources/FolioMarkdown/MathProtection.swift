/// Math protection: `$…$` and `$$…$$` are cut out of the text before cmark parses it.
///
/// cmark would treat `\\`, `_`, `*` and `\{` inside TeX as Markdown, so every formula is replaced
/// by a one-character placeholder from Unicode's supplementary private use area (which cmark
/// treats as an ordinary letter and HTML-escaping leaves alone). A formula that spans lines
/// keeps its line count: each further line becomes its container prefix (`>` markers,
/// indentation) plus a filler character, so cmark's line numbers stay the note's. The renderer
/// turns placeholders back into the hooks' HTML and drops the fillers.
struct MathSpan {
    enum Kind { case inline, display }
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
    /// Span capacity of the range (supplementary private use area A).
    static let capacity = 0xFFFE
    /// Marks a continuation line of a formula that spans lines.
    static let filler: Unicode.Scalar = "\u{E000}"

    static func scalar(for index: Int) -> Unicode.Scalar? {
        Unicode.Scalar(base + UInt32(index))
    }

    /// The span index of a placeholder scalar, or `nil`.
    static func index(of scalar: Unicode.Scalar) -> Int? {
        let v = scalar.value
        guard v >= base, v < base + UInt32(capacity) else { return nil }
        return Int(v - base)
    }

    /// Whether `text` holds a placeholder or filler (a cheap test before splitting).
    static func occurs(in text: String) -> Bool {
        text.unicodeScalars.contains { index(of: $0) != nil || $0 == filler }
    }
}

enum MathProtector {
    /// Replaces math in `text` by placeholders. `excluded[line]` marks the lines of code and HTML
    /// blocks (from a first cmark parse), where `$` is never math.
    static func protect(_ text: SourceText, excluded: [Bool]) -> ProtectedText {
        let b = text.bytes
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var spans: [MathSpan] = []
        var codeSpans: [ScannedCodeSpan] = []
        var copied = 0  // bytes of `b` already copied to `out`

        for region in regions(text, excluded: excluded) {
            var i = region.lowerBound
            let end = region.upperBound
            while i < end {
                let c = b[i]
                if c == UInt8(ascii: "\\") {
                    i += (i + 1 < end && b[i + 1].isASCIIPunctuation) ? 2 : 1
                } else if c == UInt8(ascii: "`") {
                    let n = run(of: c, in: b, from: i, end: end)
                    if let close = findBacktickRun(length: n, in: b, from: i + n, end: end) {
                        codeSpans.append(codeSpan(b, contentStart: i + n, contentEnd: close))
                        i = close + n
                    } else {
                        i += n
                    }
                } else if c == UInt8(ascii: "<"), let close = autolinkEnd(b, from: i, end: end) {
                    i = close
                } else if c == UInt8(ascii: "$") {
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
            let isBlank = bytes.allSatisfy { $0.isSpaceOrTab || $0 == UInt8(ascii: ">") }
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

    private static func isATXHeading(_ line: ArraySlice<UInt8>) -> Bool {
        var rest = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ">") }
        let hashes = rest.prefix { $0 == UInt8(ascii: "#") }.count
        guard hashes >= 1, hashes <= 6 else { return false }
        rest = rest.dropFirst(hashes)
        return rest.first.map { $0.isSpaceOrTab } ?? true
    }

    private static func run(of c: UInt8, in b: [UInt8], from i: Int, end: Int) -> Int {
        var j = i
        while j < end, b[j] == c { j += 1 }
        return j - i
    }

    /// The start of the next run of exactly `length` backticks, as CommonMark closes a code span.
    private static func findBacktickRun(length: Int, in b: [UInt8], from start: Int, end: Int)
        -> Int?
    {
        var j = start
        while j < end {
            if b[j] == UInt8(ascii: "`") {
                let n = run(of: b[j], in: b, from: j, end: end)
                if n == length { return j }
                j += n
            } else {
                j += 1
            }
        }
        return nil
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
        while j < end, (b[j] >= 0x41 && b[j] <= 0x5A) || (b[j] >= 0x61 && b[j] <= 0x7A)
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
