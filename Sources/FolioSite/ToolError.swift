/// An I/O or usage problem (a missing file, a folder that cannot be read, a port in use): the
/// command reports it as `folio: error: …` and exits with status 2. Problems in a note are
/// `Diagnostic`s instead, at their line.
public struct ToolError: Error, CustomStringConvertible, Sendable {
    /// The message after `folio: error: `.
    public var description: String

    /// A problem described by `description`.
    public init(_ description: String) { self.description = description }
}
