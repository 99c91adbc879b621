import Foundation

/// What the bindings need from the note being run: its folder and the data files read (for
/// `readText`, `Tensor(csvFile:)`).
///
/// One per session, bound task-locally while a block is lowered and run
/// (``ScriptSession``): a binding's closure gets only its arguments, so this is how it reaches
/// its note, and notes run in parallel each see their own. Nothing is kept per thread.
final class BindingContext: @unchecked Sendable {
    /// The note's file, as the session was given it.
    let notePath: String
    /// The data files read so far, relative to the folder, in order of first read.
    var filesRead: [String] = []

    /// A context for the note at `notePath`.
    init(notePath: String) {
        self.notePath = notePath
    }

    /// The note's folder: data files are read relative to it. Made when a file is read, not with
    /// the session: a `URL` is the first of Foundation's in a `folio run`, and making it cost
    /// start-up time (protocol-conformance scans) that a note reading no file need not pay.
    var noteFolder: URL? { URL(fileURLWithPath: notePath).deletingLastPathComponent() }

    /// The context of the block being lowered or run on this task, if any.
    @TaskLocal static var current: BindingContext?
}
