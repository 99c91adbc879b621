/// Why the site could not be written: a value naming the file or folder involved.
public struct SiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kinds of failure.
    public enum Reason: Sendable, Equatable {
        /// The local KaTeX install (Debian's libjs-katex) is missing or incomplete.
        case katexMissing
        /// A folder could not be created.
        case cannotCreateFolder
        /// A file could not be written.
        case cannotWrite
        /// A file could not be read.
        case cannotRead
        /// Two notes would be written to the same page.
        case duplicateSlug
    }

    /// What went wrong.
    public var reason: Reason
    /// The file or folder concerned, as given.
    public var path: String
    /// The underlying system message, if any.
    public var detail: String?

    /// An error about `path`, with the system's message as `detail` when there is one.
    public init(_ reason: Reason, path: String, detail: String? = nil) {
        self.reason = reason
        self.path = path
        self.detail = detail
    }

    /// One line for the user, naming the path and, for KaTeX, how to install it.
    public var description: String {
        let what: String
        switch reason {
        case .katexMissing:
            what = "KaTeX not found at \(path); install it with `apt-get install libjs-katex`"
        case .cannotCreateFolder:
            what = "cannot create folder \(path)"
        case .cannotWrite:
            what = "cannot write \(path)"
        case .cannotRead:
            what = "cannot read \(path)"
        case .duplicateSlug:
            what = "two notes would both be written to \(path); rename one of them"
        }
        return detail.map { "\(what): \($0)" } ?? what
    }
}
