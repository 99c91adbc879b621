import Foundation

/// What the bindings need from the note being run: its folder and the data files read (for
/// `readText`, `Tensor(csvFile:)`).
///
/// One per session, bound task-locally while a block is lowered and run
/// (``ScriptSession``): a binding's closure gets only its arguments, so this is how it reaches
/// its note, and notes run in parallel each see their own. Nothing is kept per thread.
final class BindingContext: @unchecked Sendable {
    /// The note's folder: data files are read relative to it (`nil`: none can be read).
    let noteFolder: URL?
    /// The data files read so far, relative to the folder, in order of first read.
    var filesRead: [String] = []

    /// A context for a note in `noteFolder`.
    init(noteFolder: URL?) {
        self.noteFolder = noteFolder
    }

    /// The context of the block being lowered or run on this task, if any.
    @TaskLocal static var current: BindingContext?
}
