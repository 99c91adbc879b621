import Foundation

/// One of `count` parts of a site, `index` counted from 1: what `--shard K/N` names, so that a
/// CI system's job matrix can render a large site on several runners.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// Which part, from 1.
    public var index: Int
    /// How many parts.
    public var count: Int

    /// Part `index` of `count`; nil unless `1 ≤ index ≤ count`.
    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// The part `K/N` names, or nil when `text` is not of that form with `1 ≤ K ≤ N`.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: k, count: n)
    }

    /// `K/N`.
    public var description: String { "\(index)/\(count)" }
}

/// How a site's notes are split between shards: deterministic, so that every runner given the
/// same notes and the same timings computes the same split without talking to the others.
///
/// Notes are weighted by how long each last took (from the render cache); a note never
/// measured weighs the mean of those that were, and when none was, every note weighs the same.
/// The heaviest note goes first to the lightest shard (ties: the earlier path, the shard with
/// fewer notes, the lower number), the classic longest-processing-time rule, which is within
/// a third of the best possible longest shard. With no timings this deals notes round-robin in
/// name order.
public struct ShardPlan: Sendable, Equatable {
    /// Every note of the site, in the order given.
    public var paths: [String]
    /// For each shard (index 0 is shard 1), the indices into `paths` it renders, ascending.
    public var parts: [[Int]]

    /// The split of `paths` into `count` shards, weighed by `milliseconds`.
    public init(paths: [String], count: Int, milliseconds: (String) -> Int?) {
        self.paths = paths
        let measured = paths.map { milliseconds($0).map { max(1, $0) } }
        let known = measured.compactMap { $0 }
        let fallback = known.isEmpty ? 1 : max(1, known.reduce(0, +) / known.count)
        let weights = measured.map { $0 ?? fallback }
        let order = paths.indices.sorted { (weights[$1], paths[$0]) < (weights[$0], paths[$1]) }
        var parts = Array(repeating: [Int](), count: max(1, count))
        var loads = Array(repeating: 0, count: parts.count)
        for note in order {
            var lightest = 0
            for shard in parts.indices.dropFirst()
            where (loads[shard], parts[shard].count) < (loads[lightest], parts[lightest].count) {
                lightest = shard
            }
            parts[lightest].append(note)
            loads[lightest] += weights[note]
        }
        self.parts = parts.map { $0.sorted() }
    }

    /// The notes `shard` renders, in the order given.
    public func paths(of shard: Shard) -> [String] {
        guard shard.index <= parts.count else { return [] }
        return parts[shard.index - 1].map { paths[$0] }
    }

    /// A hash of the whole split: shards rendered from different splits (runners that saw
    /// different notes or timings) would leave notes out or in twice, so merging checks that
    /// every shard reports the same digest.
    public var digest: String {
        let text =
            paths.joined(separator: "\n") + "\u{0}"
            + parts.map { $0.map(String.init).joined(separator: ",") }
            .joined(separator: ";")
        return StableHash.hex(Data(text.utf8))
    }
}

/// What a shard's folder holds besides its pages: which shard of which split it is and every
/// rendered note's index row and reports, so that ``ShardMerge`` can assemble the site without
/// running anything. Pages and attachments are not repeated here; they are the files beside it.
public struct ShardManifest: Codable, Sendable, Equatable {
    /// The manifest's file name in a shard folder.
    public static let fileName = "folio-shard.json"
    /// The version of this format; manifests of another version are refused.
    public static let formatVersion = 1

    /// The format version.
    public var format: Int
    /// Which shard, from 1.
    public var shard: Int
    /// How many shards.
    public var count: Int
    /// ``ShardPlan/digest`` of the split.
    public var plan: String
    /// Every note of the whole site, in order.
    public var allPaths: [String]
    /// The shard's notes, each with its page and attachments' text left empty.
    public var notes: [RenderedNote]
    /// How long each of the shard's notes took, where known, for the merged ``ShardTimings``.
    public var milliseconds: [String: Int]

    /// The manifest of `shard` of `plan`, holding `notes`, which took `milliseconds`.
    public init(shard: Shard, plan: ShardPlan, notes: [RenderedNote], milliseconds: [String: Int]) {
        self.milliseconds = milliseconds
        format = Self.formatVersion
        self.shard = shard.index
        count = shard.count
        self.plan = plan.digest
        allPaths = plan.paths
        self.notes = notes.map { note in
            var header = note
            header.page = ""
            header.attachments = note.attachments.mapValues { _ in "" }
            return header
        }
    }
}

/// Why shard folders could not be merged: a value naming the folder and what is wrong.
public struct ShardError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The shard folder concerned (or the first one, for a set that does not fit together).
    public var path: String
    /// What is wrong.
    public var message: String

    /// An error about `path`.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`.
    public var description: String { "\(path): \(message)" }
}

/// Assembles shard folders (written by ``SiteWriter/writeShard(notes:shard:plan:milliseconds:)``) into the
/// notes of the whole site, which ``SiteWriter/write(notes:imageFolder:)`` then writes exactly as
/// a single render would: the index, the pages, the attachments, the images and the assets.
public enum ShardMerge {
    /// A note read back from a shard folder, with the folder its files are in.
    public struct Part: Sendable {
        /// The note, its page and attachments read back.
        public var note: RenderedNote
        /// How long it took to run, when the shard knew.
        public var milliseconds: Int?
        /// The shard folder holding its page, attachments and images.
        public var folder: URL
    }

    /// The notes of every shard in `folders`, in the site's note order. Throws when a folder is
    /// not a shard, when the shards come from different splits, or when one is missing or given
    /// twice, since any of these would make a site that a single render would not.
    public static func read(_ folders: [URL]) throws(ShardError) -> [Part] {
        guard let first = folders.first else { throw ShardError(path: ".", message: "no shard folders given") }
        var manifests: [(URL, ShardManifest)] = []
        for folder in folders {
            let url = folder.appendingPathComponent(ShardManifest.fileName)
            guard let data = FileSystem.contents(of: url.path) else {
                throw ShardError(path: folder.path, message: "not a shard folder (no \(ShardManifest.fileName))")
            }
            guard let manifest = try? JSONDecoder().decode(ShardManifest.self, from: data),
                manifest.format == ShardManifest.formatVersion
            else {
                throw ShardError(path: url.path, message: "unreadable shard manifest (another Folio version?)")
            }
            manifests.append((folder, manifest))
        }
        let reference = manifests[0].1
        for (folder, manifest) in manifests where manifest.plan != reference.plan || manifest.count != reference.count {
            throw ShardError(
                path: folder.path,
                message:
                    "shard \(manifest.shard)/\(manifest.count) comes from another split of the notes than shard \(reference.shard)/\(reference.count) in \(manifests[0].0.path) (the runners saw different notes or timings)"
            )
        }
        let given = manifests.map(\.1.shard).sorted()
        guard given == Array(1...reference.count) else {
            let missing = Set(1...reference.count).subtracting(given).sorted().map { "\($0)/\(reference.count)" }
            let twice = Dictionary(grouping: given, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
                .map { "\($0)/\(reference.count)" }
            var problems: [String] = []
            if !missing.isEmpty { problems.append("missing shard \(missing.joined(separator: ", "))") }
            if !twice.isEmpty { problems.append("shard \(twice.joined(separator: ", ")) given twice") }
            throw ShardError(path: first.path, message: problems.joined(separator: "; "))
        }
        var parts: [String: Part] = [:]
        for (folder, manifest) in manifests {
            for header in manifest.notes {
                var note = header
                note.page = try text(folder, "\(note.slug).html")
                for name in note.attachments.keys {
                    note.attachments[name] = try text(folder, name)
                }
                parts[note.path] = Part(note: note, milliseconds: manifest.milliseconds[note.path], folder: folder)
            }
        }
        let ordered = reference.allPaths.compactMap { parts[$0] }
        guard ordered.count == reference.allPaths.count, parts.count == ordered.count else {
            throw ShardError(path: first.path, message: "the shards do not hold every note of the split exactly once")
        }
        return ordered
    }

    /// The UTF-8 text of `name` in `folder`.
    private static func text(_ folder: URL, _ name: String) throws(ShardError) -> String {
        let path = folder.path + "/" + name
        guard let data = FileSystem.contents(of: path) else {
            throw ShardError(path: path, message: "missing from the shard folder")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// How long each note last took to run, in milliseconds: what ``ShardPlan`` balances by.
///
/// Kept in `.folio-cache/timings.json` and written only by a whole render (a render without
/// `--shard`, or `--merge`), never by a shard: shards rendering one after another (or at once)
/// in the same project must all compute the same split, which they would not if the first to
/// finish changed the timings the next one reads.
public struct ShardTimings: Sendable, Equatable {
    /// Note path → milliseconds.
    public var milliseconds: [String: Int]

    /// Timings from `milliseconds`.
    public init(_ milliseconds: [String: Int] = [:]) {
        self.milliseconds = milliseconds
    }

    /// The timings file of the project at `projectRoot`.
    public static func fileURL(projectRoot: URL) -> URL {
        projectRoot.appendingPathComponent(".folio-cache").appendingPathComponent("timings.json")
    }

    /// The project's timings; none when the file is absent or unreadable (notes then split by name).
    public static func load(projectRoot: URL) -> ShardTimings {
        guard let data = FileSystem.contents(of: fileURL(projectRoot: projectRoot).path),
            let decoded = try? JSONDecoder().decode([String: Int].self, from: data)
        else { return ShardTimings() }
        return ShardTimings(decoded)
    }

    /// Adds `measured` to the project's timings (notes not measured keep their last time).
    /// Failing to write is not an error: the next split is merely less balanced.
    public static func record(_ measured: [String: Int], projectRoot: URL) {
        guard !measured.isEmpty else { return }
        var timings = load(projectRoot: projectRoot)
        timings.milliseconds.merge(measured) { _, new in new }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(timings.milliseconds) else { return }
        let url = fileURL(projectRoot: projectRoot)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: url, options: .atomic)
    }
}
