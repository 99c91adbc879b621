import FolioHTML
import SwiftIDEUtils
import SwiftParser
import SwiftSyntax

/// Syntax highlighting of code blocks as HTML.
///
/// Swift is classified with SwiftIDEUtils (the same classifier SourceKit-LSP uses), so the
/// colours follow the parse, not a regular expression: `let` in `let x` is a keyword, `x` an
/// identifier, `Tensor` a type. Every span's text is HTML-escaped.
public enum Highlighter {
    /// The CSS class for a classification, or `nil` for text left unstyled.
    ///
    /// Classes: `kw` keywords, `str` string and regex literals, `num` number literals, `cmt`
    /// comments, `type` type names, `id` identifiers, `attr` attributes, `op` operators,
    /// `arg` argument labels, `pp` `#if` directives, `ph` editor placeholders.
    static func cssClass(_ kind: SyntaxClassification) -> String? {
        switch kind {
        case .keyword: "kw"
        case .stringLiteral, .regexLiteral: "str"
        case .integerLiteral, .floatLiteral: "num"
        case .lineComment, .blockComment, .docLineComment, .docBlockComment: "cmt"
        case .type: "type"
        case .identifier, .dollarIdentifier: "id"
        case .attribute: "attr"
        case .operator: "op"
        case .argumentLabel: "arg"
        case .ifConfigDirective: "pp"
        case .editorPlaceholder: "ph"
        case .none: nil
        @unknown default: nil
        }
    }

    /// Swift source as HTML: classified runs wrapped in `<span class="…">`, the rest escaped.
    ///
    /// The result is the inside of a `<code>` element; its text content is exactly `code`.
    public static func swift(_ code: String) -> String {
        let bytes = Array(code.utf8)
        let tree = Parser.parse(source: code)
        var out = ""
        var position = 0
        func text(_ range: Range<Int>) -> String {
            String(decoding: bytes[range], as: UTF8.self)
        }
        for classified in tree.classifications {
            let start = min(max(classified.range.lowerBound.utf8Offset, position), bytes.count)
            let end = min(classified.range.upperBound.utf8Offset, bytes.count)
            guard start < end else { continue }
            if position < start { out += HTMLText.escape(text(position..<start)) }
            let chunk = HTMLText.escape(text(start..<end))
            if let css = cssClass(classified.kind) {
                out += "<span class=\"\(css)\">\(chunk)</span>"
            } else {
                out += chunk
            }
            position = end
        }
        if position < bytes.count { out += HTMLText.escape(text(position..<bytes.count)) }
        return out
    }

    /// Code in `language` as HTML: Swift is highlighted, anything else is only escaped.
    public static func html(_ code: String, language: String) -> String {
        language.lowercased() == "swift" ? swift(code) : HTMLText.escape(code)
    }
}
