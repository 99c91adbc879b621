import Foundation

/// Writes the site: a page per note, `index.html`, and `assets/` (stylesheet, KaTeX).
///
/// STUB.
public struct SiteWriter {
    /// Where pages go (`output/`).
    public var outputDirectory: URL

    public init(outputDirectory: URL) {
        self.outputDirectory = outputDirectory
    }

    /// Writes every page, the index and the assets. Output is a deterministic function of the runs.
    public func write(_ runs: [NoteRun]) throws {}
}
