import Foundation

/// Splits the leading `//| key: value` lines off a fenced block's text.
enum BlockOptionsParser {
    /// The options and the code that follows them, or the first malformed option line.
    struct Result {
        var options: BlockOptions
        /// How many lines the options take.
        var optionLineCount: Int
        /// The text after the option lines.
        var code: String
    }

    /// Problems are reported as (message, 0-based line within `literal`, 0-based byte column).
    struct Problem: Error {
        var message: String
        var lineIndex: Int
        var column: Int
    }

    /// Parses `literal`, the block's content as cmark gives it (every line ends in `\n`).
    static func parse(_ literal: String) -> Swift.Result<Result, Problem> {
        var entries: [(key: String, value: String)] = []
        var consumed = 0
        // Only the option lines are split off (a block may be megabytes of code).
        var rest = Substring(literal)
        while !rest.isEmpty {
            let newline = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            let line = rest[..<newline]
            let indent = line.prefix { $0 == " " || $0 == "\t" }
            let afterIndent = line.dropFirst(indent.count)
            guard afterIndent.hasPrefix("//|") else { break }
            let body = afterIndent.dropFirst(3)
            guard let colon = body.firstIndex(of: ":") else {
                return .failure(
                    Problem(
                        message:
                            "block option `\(line.trimmingCharacters(in: .whitespaces))` has no `:`; write `//| key: value`",
                        lineIndex: consumed, column: indent.utf8.count))
            }
            let key = body[..<colon].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty else {
                return .failure(
                    Problem(
                        message: "block option has no key before `:`; write `//| key: value`",
                        lineIndex: consumed, column: indent.utf8.count))
            }
            let value = unquote(body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            entries.append((key, value))
            consumed += 1
            rest = newline < rest.endIndex ? rest[rest.index(after: newline)...] : rest[rest.endIndex...]
        }
        let code = rest.isEmpty || rest.hasSuffix("\n") ? String(rest) : rest + "\n"
        return .success(
            Result(
                options: BlockOptions(entries: entries), optionLineCount: consumed, code: code))
    }

    /// Removes one pair of matching surrounding quotes: `"a b"` and `'a b'` → `a b`.
    static func unquote(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == "\"" || first == "'",
            value.last == first
        else { return value }
        return String(value.dropFirst().dropLast())
    }
}
