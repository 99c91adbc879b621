import CYaml  // libyaml, as built by Yams: its event parser checks the front matter first.
import Foundation
import Yams

/// The front matter block cut out of a note, and the body that cmark will see.
struct FrontMatterSplit {
    /// The YAML between the delimiters, or `nil` when the note has no front matter.
    var yaml: String?
    /// The note line of the first YAML line (the line after the opening `---`).
    var yamlFirstLine: Int
    /// The note's bytes with the front matter lines emptied (not removed), so that every line
    /// number cmark reports is already the note's own line number.
    var body: [UInt8]
    /// Set when an opening `---` has no closing `---` / `...` line.
    var unclosed: Bool
}

enum FrontMatterParser {
    /// Splits the front matter off a normalised note. Never fails: the errors are reported by
    /// `parse`, and rendering must work on whatever text a `Note` holds.
    static func split(_ bytes: [UInt8]) -> FrontMatterSplit {
        let text = SourceText(bytes)
        guard isDelimiter(text.line(1), allowDots: false) else {
            return FrontMatterSplit(yaml: nil, yamlFirstLine: 2, body: bytes, unclosed: false)
        }
        var closing: Int?
        var line = 2
        while line <= text.lineCount {
            if isDelimiter(text.line(line), allowDots: true) {
                closing = line
                break
            }
            line += 1
        }
        guard let closing else {
            return FrontMatterSplit(yaml: nil, yamlFirstLine: 2, body: bytes, unclosed: true)
        }
        let yamlStart = text.lineRange(2).lowerBound
        let yamlEnd = text.lineRange(closing).lowerBound
        let yaml = yamlStart < yamlEnd ? String(utf8Bytes: bytes[yamlStart..<yamlEnd]) : ""
        // Keep one newline per front matter line.
        let afterClosing = min(text.lineRange(closing).upperBound + 1, bytes.count)
        var body = [UInt8](repeating: UInt8(ascii: "\n"), count: closing)
        body.append(contentsOf: bytes[afterClosing...])
        return FrontMatterSplit(yaml: yaml, yamlFirstLine: 2, body: body, unclosed: false)
    }

    private static func isDelimiter(_ line: ArraySlice<UInt8>, allowDots: Bool) -> Bool {
        // Fast path: this runs on every line of a note whose front matter is never closed.
        guard line.count >= 3, let first = line.first,
            first == UInt8(ascii: "-") || (allowDots && first == UInt8(ascii: "."))
        else { return false }
        var trimmed = line
        while let last = trimmed.last, last.isSpaceOrTab { trimmed = trimmed.dropLast() }
        if trimmed.elementsEqual("---".utf8) { return true }
        return allowDots && trimmed.elementsEqual("...".utf8)
    }

    /// Reads the typed front matter, with errors at the note's own lines.
    static func parse(_ split: FrontMatterSplit) throws(MarkdownError) -> FrontMatter {
        let start = SourceLocation(line: 1, column: 1)
        if split.unclosed {
            throw MarkdownError(
                "front matter starting with `---` on line 1 is never closed by `---` or `...`",
                at: start)
        }
        guard let yaml = split.yaml else {
            throw MarkdownError("note has no `title` in its front matter", at: start)
        }
        let offset = split.yamlFirstLine - 1
        func at(_ mark: Mark?) -> SourceLocation {
            guard let mark else { return start }
            return SourceLocation(line: mark.line + offset, column: mark.column)
        }
        try checkLimits(yaml, offset: offset)

        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw yamlError(error, offset: offset)
        } catch {
            throw MarkdownError("front matter is not valid YAML: \(error)", at: start)
        }
        guard let root else {
            throw MarkdownError("note has no `title` in its front matter", at: start)
        }
        guard case .mapping(let mapping) = root else {
            throw MarkdownError(
                "front matter must be a YAML mapping of keys to values", at: at(root.mark))
        }

        var title: String?
        var result = FrontMatter(title: "")
        for (keyNode, value) in mapping {
            guard case .scalar(let keyScalar) = keyNode else { continue }
            let key = keyScalar.string
            let location = at(keyNode.mark)
            if value.null != nil, case .scalar(let s) = value, s.style == .plain {
                continue  // `key:` with no value is the same as no key.
            }
            switch key {
            case "title":
                title = try string(value, key: key, at: location)
            case "source":
                result.source = try string(value, key: key, at: location)
            case "summary":
                result.summary = try string(value, key: key, at: location)
            case "bibliography":
                result.bibliography = try string(value, key: key, at: location)
                result.bibliographyLine = location.line
            case "seed":
                guard case .scalar(let s) = value, s.style == .plain, let seed = UInt64(s.string)
                else {
                    throw MarkdownError(
                        "`seed` must be a non-negative integer, not `\(describe(value))`",
                        at: location)
                }
                result.seed = seed
            case "timeout":
                guard case .scalar(let s) = value, let duration = DurationText.parse(s.string) else {
                    throw MarkdownError(
                        "`timeout` must be a duration such as 90s, 500ms or 2m, not `\(describe(value))`",
                        at: location)
                }
                result.timeout = duration
            case "memory":
                guard case .scalar(let s) = value, let bytes = ByteSizeText.parse(s.string) else {
                    throw MarkdownError(
                        "`memory` must be a size such as 512MB or 2GB, not `\(describe(value))`",
                        at: location)
                }
                result.memory = bytes
            case "order":
                guard case .scalar(let s) = value, s.style == .plain, let order = Int(s.string) else {
                    throw MarkdownError("`order` must be an integer, not `\(describe(value))`", at: location)
                }
                result.order = order
            case "raw-html":
                guard case .scalar(let s) = value, s.style == .plain,
                    let allowed = ["true": true, "false": false][s.string.lowercased()]
                else {
                    throw MarkdownError(
                        "`raw-html` must be true or false, not `\(describe(value))`", at: location)
                }
                result.allowsRawHTML = allowed
            case "engine":
                guard case .scalar(let s) = value, s.style == .plain,
                    let engine = [
                        "interpreter": NoteEngine.interpreter, "interpreted": .interpreter, "compiled": .compiled,
                    ][
                        s.string.lowercased()]
                else {
                    throw MarkdownError(
                        "`engine` must be interpreter or compiled, not `\(describe(value))`", at: location)
                }
                result.engine = engine
            case "tags":
                switch value {
                case .scalar:
                    result.tags = [try string(value, key: key, at: location)]
                case .sequence(let items):
                    result.tags = try items.map { item throws(MarkdownError) in
                        try string(item, key: key, at: at(item.mark), inList: true)
                    }
                default:
                    throw MarkdownError(
                        "`tags` must be a list of strings or a single string", at: location)
                }
            default:
                continue  // Keys Folio does not know are left to other tools.
            }
        }
        guard let title, !title.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw MarkdownError("note has no `title` in its front matter", at: start)
        }
        result.title = title
        return result
    }

    /// The largest front matter Folio reads, in bytes. A note's header holds a title, a
    /// source, tags and a summary; data belongs in `notes/data/`.
    static let maximumBytes = 64 * 1024
    /// The deepest nesting of lists and mappings accepted (a note needs 2).
    static let maximumDepth = 32

    /// Refuses, before anything is composed, front matter that is too large, nests too deep
    /// (Yams composes recursively, so depth would become stack depth) or uses aliases (a
    /// "billion laughs" document expands exponentially; notes have no use for aliases). One
    /// linear pass over libyaml's events, which libyaml produces without recursion. Syntax
    /// errors are left to `Yams.compose`, which reports them the same way.
    static func checkLimits(_ yaml: String, offset: Int) throws(MarkdownError) {
        let size = yaml.utf8.count
        if size > maximumBytes {
            throw MarkdownError(
                "front matter is \(size) bytes; Folio reads at most \(maximumBytes) (put data in a file under notes/data/)",
                at: SourceLocation(line: 1, column: 1))
        }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(yaml.utf8)
        let problem: MarkdownError? = bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var depth = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    // libyaml has a nesting limit of its own, which its scanner may reach
                    // first (it looks ahead for simple keys); say it the same way.
                    let problem = parser.problem.map { String(cString: $0) } ?? ""
                    guard problem.contains("nesting level") else { return nil }
                    return MarkdownError(
                        "front matter nests lists and mappings more than \(maximumDepth) levels deep",
                        at: SourceLocation(
                            line: Int(parser.problem_mark.line) + 1 + offset,
                            column: Int(parser.problem_mark.column) + 1))
                }
                defer { yaml_event_delete(&event) }
                let location = SourceLocation(
                    line: Int(event.start_mark.line) + 1 + offset,
                    column: Int(event.start_mark.column) + 1)
                switch event.type {
                case YAML_ALIAS_EVENT:
                    let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                    return MarkdownError(
                        "front matter uses the alias `*\(name)`; YAML anchors and aliases are not supported in notes",
                        at: location)
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    depth += 1
                    if depth > maximumDepth {
                        return MarkdownError(
                            "front matter nests lists and mappings more than \(maximumDepth) levels deep",
                            at: location)
                    }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    depth -= 1
                case YAML_STREAM_END_EVENT:
                    return nil
                default:
                    break
                }
            }
        }
        if let problem { throw problem }
    }

    private static func string(
        _ node: Node, key: String, at location: SourceLocation, inList: Bool = false
    ) throws(MarkdownError) -> String {
        guard case .scalar(let scalar) = node else {
            let what = inList ? "every item of `\(key)` must be a string" : "`\(key)` must be a string"
            throw MarkdownError("\(what), not a \(kind(node))", at: location)
        }
        return scalar.string
    }

    private static func kind(_ node: Node) -> String {
        switch node {
        case .scalar: return "scalar"
        case .mapping: return "mapping"
        case .sequence: return "list"
        case .alias: return "alias"
        }
    }

    private static func describe(_ node: Node) -> String {
        if case .scalar(let s) = node { return s.string }
        return "a \(kind(node))"
    }

    private static func yamlError(_ error: YamlError, offset: Int) -> MarkdownError {
        func located(_ problem: String, _ mark: Mark) -> MarkdownError {
            MarkdownError(
                "front matter is not valid YAML: \(problem)",
                at: SourceLocation(line: mark.line + offset, column: mark.column))
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let text = context.map { "\(problem) (\($0.text))" } ?? problem
            return located(text, mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return located(
                "duplicate key \(duplicates.map { "`\($0)`" }.joined(separator: ", "))",
                context.mark)
        default:
            return MarkdownError(
                "front matter is not valid YAML: \(error)", at: SourceLocation(line: 1, column: 1))
        }
    }
}
