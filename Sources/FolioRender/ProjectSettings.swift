import Foundation

/// A project's settings file, `folio.toml` beside the notes: the settings a whole team shares
/// and commits, so that every checkout and CI runner uses the same shared cache without each
/// passing flags.
///
/// A small subset of TOML, one `key = value` per line, `#` comments:
///
/// ```toml
/// cache-url = "https://cache.example.org/folio"
/// cache-read-only = false
/// cache-timeout = 5
/// ```
///
/// Secrets never go here (the file is committed): the token comes from `FOLIO_CACHE_TOKEN`.
public struct ProjectSettings: Sendable, Equatable {
    /// The settings file's name.
    public static let fileName = "folio.toml"

    /// The shared cache's base URL.
    public var cacheURL: String?
    /// Whether to only read the shared cache.
    public var cacheReadOnly: Bool?
    /// Seconds a request to the shared cache may wait without progress; whole seconds, a
    /// fraction rounded up (see ``RemoteCacheSettings/requestTimeout``).
    public var cacheTimeout: Double?

    /// No settings.
    public init() {}

    /// Why a settings file could not be used: its path, line and what was wrong.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The file.
        public var path: String
        /// The 1-based line.
        public var line: Int
        /// What was wrong.
        public var message: String

        /// `path:line: message`, as a compiler says it (without the line when there is none).
        public var description: String { line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)" }
    }

    /// The settings in `folder/folio.toml`; no settings when the file does not exist.
    public static func load(folder: URL) throws(ParseError) -> ProjectSettings {
        let url = folder.appendingPathComponent(fileName)
        guard let data = FileSystem.contents(of: url.path) else { return ProjectSettings() }
        return try parse(String(decoding: data, as: UTF8.self), path: url.path)
    }

    /// The settings in `text` (the contents of the file at `path`).
    public static func parse(_ text: String, path: String) throws(ParseError) -> ProjectSettings {
        var settings = ProjectSettings()
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            let content = stripComment(String(rawLine)).trimmingCharacters(in: .whitespaces)
            if content.isEmpty { continue }
            guard let equals = content.firstIndex(of: "=") else {
                throw ParseError(path: path, line: line, message: "expected `key = value`")
            }
            let key = content[..<equals].trimmingCharacters(in: .whitespaces)
            let value = content[content.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            func fail(_ expected: String) -> ParseError {
                ParseError(path: path, line: line, message: "`\(key)` must be \(expected)")
            }
            switch key {
            case "cache-url":
                guard value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") else {
                    throw fail("a quoted string")
                }
                settings.cacheURL = String(value.dropFirst().dropLast())
            case "cache-read-only":
                guard value == "true" || value == "false" else { throw fail("true or false") }
                settings.cacheReadOnly = value == "true"
            case "cache-timeout":
                guard let seconds = Double(value), seconds > 0 else { throw fail("a positive number of seconds") }
                settings.cacheTimeout = seconds
            default:
                throw ParseError(
                    path: path, line: line,
                    message: "unknown setting `\(key)` (known: cache-url, cache-read-only, cache-timeout)")
            }
        }
        return settings
    }

    /// The line without a `#` comment (a `#` inside a quoted string stays).
    private static func stripComment(_ line: String) -> String {
        var quoted = false
        var result = ""
        for character in line {
            if character == "\"" { quoted.toggle() }
            if character == "#" && !quoted { break }
            result.append(character)
        }
        return result
    }

    /// The remote cache settings from, in order of precedence, the command line (`flagURL`,
    /// `flagReadOnly`), the environment (`FOLIO_CACHE_URL`, `FOLIO_CACHE_READ_ONLY=1`,
    /// `FOLIO_CACHE_TOKEN`) and this file; nil when no URL is set anywhere. Throws a message
    /// when the URL is not an http or https URL.
    public func remoteCache(
        flagURL: String?, flagReadOnly: Bool, environment: [String: String]
    ) throws(ParseError) -> RemoteCacheSettings? {
        let text = flagURL ?? environment["FOLIO_CACHE_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? cacheURL
        guard let text else { return nil }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            url.host != nil
        else {
            throw ParseError(path: "the cache URL", line: 0, message: "not an http or https URL")
        }
        let environmentReadOnly = environment["FOLIO_CACHE_READ_ONLY"].map { ["1", "true", "yes"].contains($0) }
        let token = environment["FOLIO_CACHE_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        return RemoteCacheSettings(
            url: url, readOnly: flagReadOnly || (environmentReadOnly ?? cacheReadOnly ?? false), token: token,
            timeout: cacheTimeout ?? 5)
    }
}
