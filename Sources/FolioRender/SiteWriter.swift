import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes the site: a page per note (with the whole text of any output the page shows
/// shortened, as `<slug>.block-N.txt` beside it), `index.html`, and `assets/` (stylesheet,
/// KaTeX).
///
/// Output is a deterministic function of the runs and the KaTeX install: no timestamps, no
/// random ids, pages in a fixed order. Files whose bytes would not change are not rewritten, so
/// their modification times stay put. Every file is replaced atomically (``AtomicFile``), so a
/// render killed at any moment leaves each page either old or new. Nothing else in the output
/// folder is touched or deleted, except temporary files a killed render left behind.
public struct SiteWriter {
    /// Where pages go (`output/`).
    public var outputDirectory: URL
    /// The KaTeX distribution to copy into `assets/katex/` (Debian: libjs-katex).
    public var katexDirectory: URL

    /// Where Debian's libjs-katex puts KaTeX.
    public static let defaultKaTeXDirectory = URL(fileURLWithPath: "/usr/share/javascript/katex")

    /// A writer into `outputDirectory` that copies KaTeX from `katexDirectory`.
    public init(outputDirectory: URL, katexDirectory: URL = SiteWriter.defaultKaTeXDirectory) {
        self.outputDirectory = outputDirectory
        self.katexDirectory = katexDirectory
    }

    /// Writes every page, the index and the assets. Output is a deterministic function of the runs.
    ///
    /// Throws ``SiteError`` when KaTeX is missing (before anything is written), when two notes
    /// share a slug, or on I/O failure.
    public func write(_ runs: [NoteRun]) throws {
        try write(notes: runs.map(RenderedNote.init))
    }

    /// Writes every rendered page, the index and the assets (the form ``RenderCache`` keeps, so
    /// unchanged notes need not run again). A figure's image is copied from the note's folder,
    /// or from `imageFolder(note)` when given (a shard folder, when merging).
    public func write(notes: [RenderedNote], imageFolder: ((RenderedNote) -> URL)? = nil) throws {
        let katex = try katexFiles()
        try writePages(notes, imageFolder: imageFolder)
        try writeFile("index.html", Data(IndexRenderer.page(entries: notes.map(\.index)).utf8))
        try writeFile("assets/folio.css", Data(Stylesheet.css.utf8))
        for (target, source) in katex where !isCopyUpToDate("assets/katex/" + target, of: source) {
            try writeFile("assets/katex/" + target, try read(source))
        }
    }

    /// Writes one shard of a site (`folio render --shard`): the pages, attachments and images
    /// of `notes`, and a ``ShardManifest`` from which ``ShardMerge`` and ``write(notes:imageFolder:)``
    /// make the whole site; no index and no assets, which only the merged site has.
    public func writeShard(
        notes: [RenderedNote], shard: Shard, plan: ShardPlan, milliseconds: [String: Int] = [:]
    ) throws {
        try writePages(notes, imageFolder: nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let manifest = ShardManifest(shard: shard, plan: plan, notes: notes, milliseconds: milliseconds)
        guard let data = try? encoder.encode(manifest) else {
            throw SiteError(.cannotWrite, path: ShardManifest.fileName, detail: "cannot encode the shard manifest")
        }
        try writeFile(ShardManifest.fileName, data)
    }

    /// The pages, their attachments and their figures' images, after checking that no two
    /// notes share a slug.
    private func writePages(_ notes: [RenderedNote], imageFolder: ((RenderedNote) -> URL)?) throws {
        var seen: [String: String] = [:]
        for note in notes {
            if let other = seen[note.slug] {
                throw SiteError(.duplicateSlug, path: "\(note.slug).html", detail: "\(other) and \(note.path)")
            }
            seen[note.slug] = note.path
        }
        try createFolder(outputDirectory)
        removeLeftoverTemporaryFiles()
        for note in notes.sorted(by: { $0.slug < $1.slug }) {
            try writeFile("\(note.slug).html", Data(note.page.utf8))
            for (name, text) in note.attachments.sorted(by: { $0.key < $1.key }) {
                try writeFile(name, Data(text.utf8))
            }
        }
        for note in notes.sorted(by: { $0.slug < $1.slug }) {
            // Figures' images keep their path relative to the page, as they had to the note.
            let folder = imageFolder?(note) ?? URL(fileURLWithPath: note.path).deletingLastPathComponent()
            for image in note.images {
                let source = folder.appendingPathComponent(image).path
                if FileManager.default.fileExists(atPath: source), !isCopyUpToDate(image, of: source) {
                    try writeFile(image, try read(source))
                }
            }
        }
    }

    /// The output folder as a path: files are named by string concatenation, because URL's
    /// path appending was a tenth of a render served from the cache.
    private var outputPath: String {
        let path = outputDirectory.path
        return path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    /// Whether the copy at `relativePath` already matches `source` by make's rule: same size and
    /// written after the source last changed. Saves reading ~60 KaTeX files twice on every
    /// render, which was a quarter of a warm render's time; two `stat` calls per file, because
    /// FileManager's attributes and URL's symlink resolution were, in turn, a fifth of it.
    private func isCopyUpToDate(_ relativePath: String, of source: String) -> Bool {
        guard let copied = FileStamp(path: outputPath + "/" + relativePath),
            let original = FileStamp(path: source)
        else { return false }
        return copied.size == original.size && copied.modified >= original.modified
    }

    /// The KaTeX files to copy: output path (under `assets/katex/`) → source file.
    ///
    /// Pages link fixed names (`katex.min.js`, `katex.min.css`, `contrib/auto-render.min.js`);
    /// when the install only has the unminified file, it is copied under the `.min` name (Debian
    /// itself ships `katex.min.js` as a link to `katex.js`). All fonts are copied.
    func katexFiles() throws -> [(String, String)] {
        var katexPath = katexDirectory.path
        if katexPath.hasSuffix("/") { katexPath.removeLast() }
        func firstExisting(_ names: [String]) throws -> String {
            for name in names where access(katexPath + "/" + name, F_OK) == 0 {
                return katexPath + "/" + name
            }
            throw SiteError(
                .katexMissing, path: katexPath, detail: "none of \(names.joined(separator: ", ")) exists")
        }
        var files: [(String, String)] = [
            ("katex.min.css", try firstExisting(["katex.min.css", "katex.css"])),
            ("katex.min.js", try firstExisting(["katex.min.js", "katex.js"])),
            (
                "contrib/auto-render.min.js",
                try firstExisting(["contrib/auto-render.min.js", "contrib/auto-render.js"])
            ),
        ]
        let fonts = katexPath + "/fonts"
        guard let names = FileSystem.names(in: fonts) else {
            throw SiteError(.katexMissing, path: katexPath, detail: "no fonts/ folder")
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            files.append(("fonts/" + name, fonts + "/" + name))
        }
        return files
    }

    private func read(_ path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path).resolvingSymlinksInPath())
        } catch {
            throw SiteError(.cannotRead, path: path, detail: error.localizedDescription)
        }
    }

    private func createFolder(_ url: URL) throws {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw SiteError(.cannotCreateFolder, path: url.path, detail: error.localizedDescription)
        }
    }

    /// Writes `data` to `relativePath` under the output folder unless it already holds exactly it.
    private func writeFile(_ relativePath: String, _ data: Data) throws {
        let path = outputPath + "/" + relativePath
        if let existing = FileSystem.contents(of: path), existing == data { return }
        let url = URL(fileURLWithPath: path)
        try createFolder(url.deletingLastPathComponent())
        try AtomicFile.write(data, to: url)
    }

    /// Removes temporary files that a killed render left behind (``AtomicFile/temporaryPrefix``).
    private func removeLeftoverTemporaryFiles() {
        FileSystem.forEachFile(under: outputDirectory.path) { path, name in
            if name.hasPrefix(AtomicFile.temporaryPrefix) { unlink(path) }
        }
    }
}

/// Replaces a file all at once: the bytes go to a temporary file in the same folder, which is
/// then renamed over the target (`rename(2)` is atomic within a file system). A process killed
/// at any moment leaves the target either as it was or complete, never truncated; at worst a
/// temporary file (named ``temporaryPrefix``…) stays behind, which the next render removes.
///
/// No `fsync`: this protects against a killed process, not against a power cut.
enum AtomicFile {
    /// The start of every temporary file's name: hidden, and the name ends in a random
    /// suffix, never in `.html` or another served extension.
    static let temporaryPrefix = ".folio-tmp-"

    static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(
            "\(temporaryPrefix)\(url.lastPathComponent).\(getpid()).\(UUID().uuidString)")
        func fail(_ what: String) -> SiteError {
            let detail = "\(what): \(String(cString: strerror(errno)))"
            unlink(temporary.path)
            return SiteError(.cannotWrite, path: url.path, detail: detail)
        }
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SiteError(.cannotWrite, path: url.path, detail: String(cString: strerror(errno))) }
        var written = 0
        let ok = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
            while written < buffer.count {
                guard let start = buffer.baseAddress else { return true }
                let n = Foundation.write(fd, start + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += n
            }
            return true
        }
        guard ok else {
            let error = fail("cannot write")
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw fail("cannot close") }
        guard rename(temporary.path, url.path) == 0 else { throw fail("cannot rename into place") }
    }
}
