import FolioRender
import FolioScript
import Foundation

/// Runs a set of notes in parallel and, for `render`, makes their pages through the cache.
public enum NoteProcessing {
    /// Runs notes with `jobs` threads; when `cache` is given, renders their pages too, taking
    /// unchanged notes from the cache unless `force`. Each note is reported as it completes, in
    /// note order, by `report`.
    public static func run(
        _ notes: [NoteFile], jobs: Int, render: Bool, cache: LayeredCache?, force: Bool,
        report: @escaping @Sendable (NoteOutcome) -> Void
    ) -> [NoteOutcome] {
        // One governor for the run: the notes running at once share the sum of their budgets.
        let governor = MemoryGovernor()
        return parallelMap(
            notes.count, jobs: jobs,
            { index in process(notes[index], render: render, cache: cache, force: force, governor: governor) },
            inOrder: { _, outcome in report(outcome) })
    }

    /// One note: its unreadable-file diagnostic, its cached page, or a fresh run (and page).
    static func process(
        _ note: NoteFile, render: Bool, cache: LayeredCache?, force: Bool, governor: MemoryGovernor
    ) -> NoteOutcome {
        let clock = ContinuousClock()
        let start = clock.now
        if let unreadable = note.unreadable {
            // Never cached: the lossy text could equal a valid note's.
            let run = NoteRun(
                path: note.path, slug: NoteRunner.slug(forPath: note.path), note: nil,
                diagnostics: [unreadable], source: note.source)
            return NoteOutcome(
                path: note.path, source: note.source, run: run, rendered: render ? RenderedNote(run) : nil,
                elapsed: clock.now - start)
        }
        if render, !force, let cache, let hit = cache.lookup(path: note.path, source: note.source) {
            var outcome = NoteOutcome(
                path: note.path, source: note.source, cached: hit.note, elapsed: clock.now - start)
            outcome.fromRemote = hit.origin == .remote
            outcome.measuredMilliseconds = hit.milliseconds
            return outcome
        }
        // The note's own time starts after the cache lookup and ends before the upload: a
        // slow or unreachable cache must not enter the progress line, nor the timings that
        // balance `--shard`.
        let runStart = clock.now
        let run = NoteRunner.run(source: note.source, path: note.path, governor: governor)
        var rendered: RenderedNote?
        var measured = clock.now - runStart
        if render {
            let page = RenderedNote(run)
            measured = clock.now - runStart
            cache?.store(page, source: note.source, milliseconds: Int(milliseconds(measured)))
            rendered = page
        }
        var outcome = NoteOutcome(path: note.path, source: note.source, run: run, rendered: rendered, elapsed: measured)
        outcome.measuredMilliseconds = Int(milliseconds(measured))
        return outcome
    }
}
