import FolioScript
import Foundation

/// A note made ready for the site: its page, its index row, and what the tool reports about it.
/// Everything here is a deterministic function of the note, its data files, the Folio build and
/// the render options, which is what lets ``RenderCache`` keep it.
public struct RenderedNote: Codable, Sendable, Equatable {
    /// The note's path as given (`notes/x.md`).
    public var path: String
    /// The page's file name stem.
    public var slug: String
    /// The page's full HTML.
    public var page: String
    /// The note's row in the index.
    public var index: IndexEntry
    /// Every error and failed check, in document order.
    public var diagnostics: [StoredDiagnostic]
    /// Executable blocks that ran.
    public var blocksRun: Int
    /// Data files the note read, relative to its folder.
    public var filesRead: [String]
    /// Files written next to the page: file name → contents (the whole of each printed output
    /// the page shows shortened; see ``OutputCap``).
    public var attachments: [String: String]
    /// The images its figures show, relative to its folder; the site copies them beside the page.
    public var images: [String] = []

    /// The page and index row of `run`.
    public init(_ run: NoteRun) {
        path = run.path
        slug = run.slug
        page = PageRenderer.page(run)
        index = run.indexEntry
        diagnostics = run.diagnostics.map(StoredDiagnostic.init)
        blocksRun = run.blocksRun
        filesRead = run.filesRead
        attachments = OutputCap.attachments(of: run)
        images = (run.note?.figures ?? []).filter { $0.isLocal && $0.isConfined }.map(\.path)
    }

    /// Whether the note ran to the end with every check holding.
    public var succeeded: Bool { index.succeeded }
}

/// A ``FolioScript/Diagnostic`` as the cache stores it.
public struct StoredDiagnostic: Codable, Sendable, Equatable {
    /// The severity's raw value (`error`, `warning`, `note`), so the cache stays plain JSON.
    public var severity: String
    /// The diagnostic's message.
    public var message: String
    /// The note's path, as the diagnostic printed it.
    public var file: String
    /// The 1-based line in the note.
    public var line: Int
    /// The 1-based column in the note.
    public var column: Int
    /// The diagnostic's identifier (`ScriptDiagnosticID`'s raw value), absent for the page's
    /// own diagnostics and in entries written before identifiers were stored.
    public var id: String?

    /// The stored form of `diagnostic`.
    public init(_ diagnostic: Diagnostic) {
        severity = diagnostic.severity.rawValue
        message = diagnostic.message
        file = diagnostic.file
        line = diagnostic.line
        column = diagnostic.column
        id = diagnostic.id?.rawValue
    }

    /// The diagnostic again.
    public var diagnostic: Diagnostic {
        Diagnostic(
            DiagnosticSeverity(rawValue: severity) ?? .error, message, file: file, line: line, column: column,
            id: id.flatMap(ScriptDiagnosticID.init(rawValue:)))
    }
}

/// What `folio render` remembers between runs so that an unchanged note is not run again.
///
/// One file per note under `directory` (`.folio-cache/notes/`): a line of JSON, then the page.
/// An entry is used only when everything the note's page depends on is unchanged: the note's
/// text and path, every data file it read (their current bytes are hashed and compared), the
/// Folio build (``buildIdentifier``) and the render options (``options``). The folder can be
/// deleted at any time; an unreadable or corrupt entry is a miss, never an error.
public struct RenderCache: Sendable {
    /// The version of the entry format; entries of another version are misses.
    public static let formatVersion = 3

    /// The folder holding the entries.
    public var directory: URL
    /// Identifies the Folio build (for the tool: a hash of its executable's bytes).
    public var buildIdentifier: String
    /// The render options that affect pages, as one string.
    public var options: String

    /// A cache in `directory` for the given build and options.
    public init(directory: URL, buildIdentifier: String, options: String) {
        self.directory = directory
        self.buildIdentifier = buildIdentifier
        self.options = options
    }

    /// The cache of a project: `.folio-cache/` in `projectRoot`.
    public init(projectRoot: URL, buildIdentifier: String, options: String) {
        self.init(
            directory: projectRoot.appendingPathComponent(".folio-cache").appendingPathComponent("notes"),
            buildIdentifier: buildIdentifier, options: options)
    }

    struct Entry: Codable {
        var format: Int
        var path: String
        var sourceHash: String
        var build: String
        var options: String
        /// Each file read, relative to the note's folder, with the hash of its bytes then
        /// (``StableHash/missing`` when it did not exist).
        var files: [FileStamp]
        /// The note, its page left empty: the page's bytes follow the JSON line.
        var note: RenderedNote
        /// How many bytes of page follow, so that an entry cut short is a miss.
        var pageBytes: Int
        /// How long the note took to run when this entry was made, in milliseconds (absent in
        /// entries written before it was recorded): a note served from a shared cache brings
        /// its time along for ``ShardTimings``.
        var milliseconds: Int?
    }

    struct FileStamp: Codable {
        var path: String
        var hash: String
    }

    /// The rendered note for `path` whose text is `source`, if an entry for exactly these
    /// inputs exists and none of its data files changed.
    public func lookup(path: String, source: String) -> RenderedNote? {
        guard let data = FileSystem.contents(of: entryURL(for: path).path) else { return nil }
        return decode(data, path: path, source: source)?.note
    }

    /// The note an entry's bytes hold, and the time recorded with it, when the entry is for
    /// exactly these inputs and none of its data files changed; nil for anything else
    /// (another note, another build, bytes cut short or garbled). Entries fetched from a
    /// ``RemoteCache`` are checked by this same rule.
    public func decode(_ data: Data, path: String, source: String) -> (note: RenderedNote, milliseconds: Int?)? {
        guard let newline = data.firstIndex(of: UInt8(ascii: "\n")),
            let entry = try? JSONDecoder().decode(Entry.self, from: data[..<newline]),
            entry.format == Self.formatVersion, entry.path == path,
            entry.build == buildIdentifier, entry.options == options,
            entry.sourceHash == StableHash.hex(Data(source.utf8)),
            entry.note.path == path, entry.pageBytes == data.count - newline - 1
        else { return nil }
        for file in entry.files where Self.hashOfFile(file.path, readBy: path) != file.hash {
            return nil
        }
        var note = entry.note
        note.page = String(decoding: data[(newline + 1)...], as: UTF8.self)
        return (note, entry.milliseconds)
    }

    /// Remembers `note`, rendered from `source` in `milliseconds`. Failing to write is not an
    /// error: the next render simply runs the note again.
    public func store(_ note: RenderedNote, source: String, milliseconds: Int? = nil) {
        guard let data = entryData(note, source: source, milliseconds: milliseconds) else { return }
        storeEntry(data, path: note.path)
    }

    /// Writes entry bytes (made by ``entryData(_:source:milliseconds:)`` here or on another
    /// machine, and checked by ``decode(_:path:source:)``) as the entry of the note at `path`.
    public func storeEntry(_ data: Data, path: String) {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? data.write(to: entryURL(for: path), options: .atomic)
    }

    /// The bytes of the entry for `note`, rendered from `source`, or nil if it cannot be encoded.
    ///
    /// The entry is one line of JSON (everything but the page; the encoder escapes newlines
    /// inside strings) followed by the page's bytes as they are. Keeping the page out of the
    /// JSON spares a warm render from unescaping a hundred kilobytes of quoted HTML, which was
    /// over a quarter of its time after process start.
    public func entryData(_ note: RenderedNote, source: String, milliseconds: Int? = nil) -> Data? {
        var header = note
        header.page = ""
        let entry = Entry(
            format: Self.formatVersion, path: note.path, sourceHash: StableHash.hex(Data(source.utf8)),
            build: buildIdentifier, options: options,
            files: note.filesRead.map { FileStamp(path: $0, hash: Self.hashOfFile($0, readBy: note.path)) },
            note: header, pageBytes: note.page.utf8.count, milliseconds: milliseconds)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard var data = try? encoder.encode(entry), !data.contains(UInt8(ascii: "\n")) else { return nil }
        data.append(UInt8(ascii: "\n"))
        data.append(contentsOf: note.page.utf8)
        return data
    }

    /// The content address of the entry for the note at `path` whose text is `source`: a hash
    /// of everything the entry's validity depends on that is known before the note runs (the
    /// entry format, the path, the text, the build and the options). The data files the note
    /// reads are known only after it ran, so they are checked inside the entry on read, as
    /// here. Shared by every machine with the same build, which is what lets a
    /// ``RemoteCache`` serve one runner what another rendered.
    public func key(path: String, source: String) -> String {
        let parts = [
            "folio-entry", "\(Self.formatVersion)", path, StableHash.hex(Data(source.utf8)), buildIdentifier, options,
        ]
        return StableHash.hex(Data(parts.joined(separator: "\u{0}").utf8))
    }

    /// The entry file of the note at `path`: its slug (for people looking) and a hash of the path.
    func entryURL(for path: String) -> URL {
        let name = NoteRunner.slug(forPath: path).filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return directory.appendingPathComponent(
            "\(name.prefix(60))-\(StableHash.hex(Data(path.utf8)).prefix(16)).entry")
    }

    /// The hash of the data file `file` (relative to the folder of the note at `notePath`).
    static func hashOfFile(_ file: String, readBy notePath: String) -> String {
        let folder = URL(fileURLWithPath: notePath).deletingLastPathComponent()
        let url = file.hasPrefix("/") ? URL(fileURLWithPath: file) : folder.appendingPathComponent(file)
        guard let data = try? Data(contentsOf: url) else { return StableHash.missing }
        return StableHash.hex(data)
    }
}

/// A fast, stable 128-bit hash of bytes (two independent 64-bit lanes over 8-byte words), for
/// cache keys: not cryptographic, but the same on every run and every machine.
public enum StableHash {
    /// What ``RenderCache`` records for a file that does not exist.
    public static let missing = "missing"

    /// 32 hex digits.
    public static func hex(_ data: Data) -> String {
        let (a, b) = hash(data)
        return hex64(a) + hex64(b)
    }

    static func hex64(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The two lanes: multiply–xorshift mixing of each word, then a final avalanche.
    public static func hash(_ data: Data) -> (UInt64, UInt64) {
        var a: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(data.count)
        var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F &+ UInt64(data.count)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let words = raw.count / 8
            var offset = 0
            for _ in 0..<words {
                let w = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                a = (a ^ w) &* 0x0000_0100_0000_01B3
                a ^= a >> 29
                b = (b &+ w) &* 0xFF51_AFD7_ED55_8CCD
                b ^= b >> 31
                offset += 8
            }
            var tail: UInt64 = 0
            for i in offset..<raw.count {
                tail |= UInt64(raw[i]) << (UInt64(i - offset) * 8)
            }
            a = (a ^ tail) &* 0x0000_0100_0000_01B3
            b = (b &+ tail) &* 0xFF51_AFD7_ED55_8CCD
        }
        return (avalanche(a), avalanche(b ^ a))
    }

    static func avalanche(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }
}
