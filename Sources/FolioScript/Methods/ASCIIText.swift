/// `count` and `split(separator:)` of strings that are all ASCII, computed on their UTF-8 bytes.
///
/// Swift counts and splits a `String` by grapheme cluster, which costs a cluster-boundary test
/// per character; a note that builds a few megabytes of text and splits it into lines spends
/// most of its time there. In ASCII text the only cluster of more than one scalar is "\r\n",
/// so both answers follow from the bytes exactly: a character is a byte, except that "\r\n" is
/// one character (and is not equal to "\r" or "\n"). Text that is not all ASCII takes Swift's
/// own path.
enum ASCIIText {
    /// The number of characters of `text`, as `text.count`.
    static func count(_ text: String) -> Int {
        var text = text
        let fast = text.withUTF8 { bytes -> Int? in
            var pairs = 0
            var previous: UInt8 = 0
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte == 0x0A, previous == 0x0D { pairs += 1 }
                previous = byte
            }
            return bytes.count - pairs
        }
        return fast ?? text.count
    }

    /// `text.split(separator: separator)` (empty pieces omitted), as strings.
    static func split(_ text: String, separator: Character) -> [String] {
        guard let separatorByte = separator.asciiValue, separator != "\r\n" else {
            return text.split(separator: separator).map(String.init)
        }
        var text = text
        let fast = text.withUTF8 { bytes -> [String]? in
            var pieces: [String] = []
            var start = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte >= 0x80 { return nil }
                // A "\r" or "\n" that is half of a "\r\n" is not the separator.
                if byte == separatorByte
                    && !(byte == 0x0A && index > 0 && bytes[index - 1] == 0x0D)
                    && !(byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A)
                {
                    if index > start {
                        pieces.append(
                            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    }
                    start = index + 1
                }
                index += 1
            }
            if count > start {
                pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<count]), as: UTF8.self))
            }
            return pieces
        }
        return fast ?? text.split(separator: separator).map(String.init)
    }
}
