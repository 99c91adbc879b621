import Ccmark

/// GitHub's extended autolinks (GFM spec, "Autolinks (extension)"), found in cmark's text.
///
/// - `www.` followed by a valid domain links to `http://…`; `http://` and `https://` followed
///   by a valid domain link as written; an email address `local@domain` links to `mailto:`.
/// - A valid domain is segments of letters, digits, `_` and `-` separated by periods, with at
///   least one period, and no `_` in its last two segments.
/// - The link runs to the next whitespace or `<`, then loses trailing `?`, `!`, `.`, `,`, `:`,
///   `*`, `_` and `~`; a trailing `)` is dropped while the link has more `)` than `(`; a
///   trailing entity-like `&name;` is dropped.
/// - A link is recognised only at the start of a line, after whitespace, or after `*`, `_`,
///   `~` or `(`; never inside a link, an image or code.
/// - An email's local part is letters, digits, `.`, `-`, `_` and `+`; its domain has at least
///   one period and must not end in `-` or `_` (a trailing `.` is dropped).
///
/// Deviation: the newer `mailto:`/`xmpp:` forms are not recognised; domains are ASCII.
enum GFMAutolinks {
    /// Links the autolinks of every text node under `root` that is not inside a link or image.
    static func apply(_ root: Cmark.NodePointer) {
        let skip: Set<UInt32> = [CMARK_NODE_LINK.rawValue, CMARK_NODE_IMAGE.rawValue]
        for node in Cmark.nodes(under: root) where Cmark.type(node) == CMARK_NODE_TEXT {
            guard !Cmark.hasAncestor(node, in: skip) else { continue }
            let literal = Cmark.literal(node)
            guard literal.contains(".") else { continue }
            var atStart = true
            if let previous = cmark_node_previous(node), Cmark.type(previous) == CMARK_NODE_TEXT,
                let last = Cmark.literal(previous).utf8.last
            {
                atStart = isBoundary(last)
            }
            let links = find(Array(literal.utf8), boundaryAtStart: atStart)
            guard !links.isEmpty else { continue }
            let bytes = Array(literal.utf8)
            var position = 0
            for link in links {
                if link.range.lowerBound > position,
                    let t = Cmark.textNode(String(decoding: bytes[position..<link.range.lowerBound], as: UTF8.self))
                {
                    cmark_node_insert_before(node, t)
                }
                if let a = cmark_node_new(CMARK_NODE_LINK),
                    let t = Cmark.textNode(String(decoding: bytes[link.range], as: UTF8.self))
                {
                    cmark_node_set_url(a, link.url)
                    cmark_node_append_child(a, t)
                    cmark_node_insert_before(node, a)
                }
                position = link.range.upperBound
            }
            if position < bytes.count, let t = Cmark.textNode(String(decoding: bytes[position...], as: UTF8.self)) {
                cmark_node_insert_before(node, t)
            }
            Cmark.remove(node)
        }
    }

    /// A link found in a text: its byte range and its URL.
    struct Found: Equatable {
        var range: Range<Int>
        var url: String
    }

    static func isBoundary(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == UInt8(ascii: "*") || b == UInt8(ascii: "_")
            || b == UInt8(ascii: "~") || b == UInt8(ascii: "(")
    }

    static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// The autolinks of `bytes`, in order.
    static func find(_ bytes: [UInt8], boundaryAtStart: Bool) -> [Found] {
        var found: [Found] = []
        var i = 0
        let n = bytes.count
        func hasPrefix(_ s: String, at k: Int) -> Bool {
            let p = Array(s.utf8)
            guard k + p.count <= n else { return false }
            for (j, b) in p.enumerated() where bytes[k + j] | 0x20 != b | 0x20 { return false }
            return true
        }
        while i < n {
            let atBoundary = i == 0 ? boundaryAtStart : isBoundary(bytes[i - 1])
            if atBoundary {
                var url: String?
                var domainStart = i
                if hasPrefix("www.", at: i) {
                    url = "http://"
                } else if hasPrefix("http://", at: i) {
                    url = ""
                    domainStart = i + 7
                } else if hasPrefix("https://", at: i) {
                    url = ""
                    domainStart = i + 8
                }
                if let prefix = url, let domainEnd = validDomain(bytes, from: domainStart) {
                    var end = domainEnd
                    while end < n, bytes[end] != 0x20, bytes[end] != 0x09, bytes[end] != 0x0A,
                        bytes[end] != UInt8(ascii: "<")
                    {
                        end += 1
                    }
                    end = trimTrailing(bytes, from: i, to: end)
                    let text = String(decoding: bytes[i..<end], as: UTF8.self)
                    found.append(Found(range: i..<end, url: prefix + text))
                    i = end
                    continue
                }
            }
            if bytes[i] == UInt8(ascii: "@"), let email = email(bytes, at: i, after: found.last?.range.upperBound ?? 0)
            {
                found.append(email)
                i = email.range.upperBound
                continue
            }
            i += 1
        }
        return found
    }

    /// The end of a valid domain starting at `start`, or `nil`.
    static func validDomain(_ bytes: [UInt8], from start: Int) -> Int? {
        var end = start
        while end < bytes.count,
            isAlnum(bytes[end]) || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "_")
                || bytes[end] == UInt8(ascii: ".")
        {
            end += 1
        }
        // A trailing period ends the sentence, not the domain.
        var domainEnd = end
        while domainEnd > start, bytes[domainEnd - 1] == UInt8(ascii: ".") { domainEnd -= 1 }
        let segments = bytes[start..<domainEnd].split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard segments.count >= 2, segments.allSatisfy({ !$0.isEmpty }) else { return nil }
        for segment in segments.suffix(2) where segment.contains(UInt8(ascii: "_")) { return nil }
        return end
    }

    /// Drops trailing punctuation, unbalanced `)` and a trailing entity from `bytes[start..<end]`.
    static func trimTrailing(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var end = end
        while end > start {
            let last = bytes[end - 1]
            if "?!.,:*_~".utf8.contains(last) {
                end -= 1
            } else if last == UInt8(ascii: ")") {
                let opens = bytes[start..<end].filter { $0 == UInt8(ascii: "(") }.count
                let closes = bytes[start..<end].filter { $0 == UInt8(ascii: ")") }.count
                guard closes > opens else { break }
                end -= 1
            } else if last == UInt8(ascii: ";") {
                var k = end - 2
                while k > start, isAlnum(bytes[k]) { k -= 1 }
                guard k >= start, k < end - 2, bytes[k] == UInt8(ascii: "&") else { break }
                end = k
            } else {
                break
            }
        }
        return end
    }

    /// An email autolink around the `@` at `at`, not reaching back before `after`.
    static func email(_ bytes: [UInt8], at: Int, after: Int) -> Found? {
        func isLocal(_ b: UInt8) -> Bool {
            isAlnum(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
                || b == UInt8(ascii: "+")
        }
        var start = at
        while start > after, isLocal(bytes[start - 1]) { start -= 1 }
        guard start < at else { return nil }
        var end = at + 1
        while end < bytes.count,
            isAlnum(bytes[end]) || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "_")
                || bytes[end] == UInt8(ascii: ".")
        {
            end += 1
        }
        while end > at + 1, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        let domain = bytes[(at + 1)..<end]
        guard domain.contains(UInt8(ascii: ".")), let last = domain.last,
            last != UInt8(ascii: "-"), last != UInt8(ascii: "_")
        else { return nil }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        return Found(range: start..<end, url: "mailto:" + text)
    }
}
