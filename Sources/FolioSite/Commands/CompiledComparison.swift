import FolioCompiled
import FolioMarkdown
import Foundation

/// `folio check --compiled`: after the interpreter has run the notes, build each as a Swift
/// program (one package in `.folio-cache/compiled/`), run it, and report every block whose
/// outputs differ.
public enum CompiledComparison {
    /// Builds and runs the notes of `outcomes` that ran in the interpreter and compares them;
    /// `log` hears each line to print on stderr (the build's progress unless `quiet`, then the
    /// errors and differences, then a line per note unless `quiet`). Returns whether every note
    /// built and matched.
    public static func run(_ outcomes: [NoteOutcome], quiet: Bool, log: (String) -> Void) throws -> Bool {
        let notes = outcomes.compactMap { outcome -> InterpretedNote? in
            // A note that runs compiled has no interpreter output to compare with.
            guard let run = outcome.run, let note = run.note, note.frontMatter.engine == .interpreter else {
                return nil
            }
            return InterpretedNote(
                path: outcome.path, note: note, blockResults: run.blockResults, inlineResults: run.inlineResults)
        }
        let package = CompiledPackage(
            directory: URL(fileURLWithPath: ".folio-cache/compiled", isDirectory: true),
            folioCheckout: CompiledPackage.defaultCheckout)
        let reports = try CompiledCheck(package: package).run(notes) { line in
            if !quiet { log("folio: " + line) }
        }
        var passed = true
        for report in reports {
            for error in report.buildErrors { log(error) }
            for difference in report.differences { log(difference.description) }
            for note in report.reordered { log(note.description) }
            if !report.passed { passed = false }
            guard !quiet else { continue }
            let skipped = report.skipped.isEmpty ? "" : " · \(report.skipped.count) skipped"
            for reason in Set(report.skipped.values).sorted() where reason.hasPrefix("not run") {
                log("\(report.path): note: \(report.skipped.values.filter { $0 == reason }.count) blocks \(reason)")
            }
            let reordered =
                report.reordered.isEmpty ? "" : " · \(report.reordered.count) compared with dictionary entries sorted"
            let status =
                report.buildErrors.isEmpty
                ? "\(report.matching)/\(report.compared) blocks and inline values match\(skipped)\(reordered) · ran in \(milliseconds(report.runTime)) ms"
                : "did not compile"
            log("\(report.passed ? "✓" : "✗") compiled \(report.path)  \(status)")
        }
        return passed
    }
}
