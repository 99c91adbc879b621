import Foundation

/// One work a note can cite: what the References section shows about it.
public struct BibEntry: Sendable, Equatable {
    /// The citation key (`radford2021`).
    public var key: String
    /// Authors as "Given Family" (or an organisation's name), in order.
    public var authors: [String]
    /// Family names, in the same order, for narrative citations ("Radford et al.").
    public var familyNames: [String]
    /// The title.
    public var title: String
    /// Journal, proceedings, publisher or repository.
    public var venue: String?
    /// The year of publication.
    public var year: String?
    /// The DOI (`10.1214/aoms/1177729586`), without a resolver prefix.
    public var doi: String?
    /// The arXiv identifier (`2103.00020`).
    public var arxiv: String?
    /// A URL, shown when there is neither a DOI nor an arXiv identifier.
    public var url: String?

    /// An entry from its fields.
    public init(
        key: String, authors: [String] = [], familyNames: [String] = [], title: String,
        venue: String? = nil, year: String? = nil, doi: String? = nil, arxiv: String? = nil,
        url: String? = nil
    ) {
        self.key = key
        self.authors = authors
        self.familyNames = familyNames
        self.title = title
        self.venue = venue
        self.year = year
        self.doi = doi
        self.arxiv = arxiv
        self.url = url
    }
}

/// A note's bibliography: the entries of its `bibliography:` file (BibTeX or CSL-JSON).
public struct Bibliography: Sendable, Equatable {
    /// The file as the front matter names it, relative to the note's folder.
    public var file: String
    /// The entries by key.
    public var entries: [String: BibEntry]

    /// A bibliography from its entries.
    public init(file: String, entries: [BibEntry]) {
        self.file = file
        var byKey: [String: BibEntry] = [:]
        for entry in entries where byKey[entry.key] == nil { byKey[entry.key] = entry }
        self.entries = byKey
    }

    /// Why a bibliography could not be read: the message, and the line of the file it refers
    /// to (0 when it is about the file as a whole).
    public struct LoadError: Error, Sendable, Equatable {
        /// What is wrong, for the note's author.
        public var message: String
        /// The 1-based line in the bibliography file, or 0.
        public var line: Int
    }

    /// Reads `file` (relative to the folder of the note at `notePath`; `..` and absolute paths
    /// are refused, as for data files). `.json` is CSL-JSON, anything else BibTeX.
    public static func load(_ file: String, notePath: String) throws(LoadError) -> Bibliography {
        let parts = file.split(separator: "/", omittingEmptySubsequences: true)
        guard !file.hasPrefix("/"), !parts.contains(".."), !parts.isEmpty else {
            throw LoadError(
                message: "bibliography path '\(file)' leaves the note's folder (absolute paths and '..' are refused)",
                line: 0)
        }
        let folder = URL(fileURLWithPath: notePath).deletingLastPathComponent()
        let url = folder.appendingPathComponent(file)
        guard let data = try? Data(contentsOf: url) else {
            throw LoadError(message: "cannot read the bibliography '\(file)' (looked for \(url.path))", line: 0)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LoadError(message: "the bibliography '\(file)' is not UTF-8 text", line: 0)
        }
        if file.lowercased().hasSuffix(".json") {
            return Bibliography(file: file, entries: try CSLJSON.parse(text))
        }
        return Bibliography(file: file, entries: try BibTeX.parse(text))
    }
}
