import FolioCompiled
import FolioMarkdown
import Foundation

/// `folio check --compiled`: after the interpreter has run the notes, build each as a Swift
/// program (one package in `.folio-cache/compiled/`), run it, and report every block whose
/// outputs differ. Returns whether every note built and matched.
func checkCompiled(_ outcomes: [NoteOutcome], quiet: Bool) throws -> Bool {
    let notes = outcomes.compactMap { outcome -> InterpretedNote? in
        // A note that runs compiled has no interpreter output to compare with.
        guard let run = outcome.run, let note = run.note, note.frontMatter.engine == .interpreter else { return nil }
        return InterpretedNote(
            path: outcome.path, note: note, blockResults: run.blockResults, inlineResults: run.inlineResults)
    }
    let package = CompiledPackage(
        directory: URL(fileURLWithPath: ".folio-cache/compiled", isDirectory: true),
        folioCheckout: CompiledPackage.defaultCheckout)
    let reports = try CompiledCheck(package: package).run(notes) { line in
        if !quiet { printError("folio: " + line) }
    }
    var passed = true
    for report in reports {
        for error in report.buildErrors { printError(error) }
        for difference in report.differences { printError(difference.description) }
        for note in report.reordered { printError(note.description) }
        if !report.passed { passed = false }
        guard !quiet else { continue }
        let skipped = report.skipped.isEmpty ? "" : " · \(report.skipped.count) skipped"
        for reason in Set(report.skipped.values).sorted() where reason.hasPrefix("not run") {
            printError("\(report.path): note: \(report.skipped.values.filter { $0 == reason }.count) blocks \(reason)")
        }
        let reordered =
            report.reordered.isEmpty ? "" : " · \(report.reordered.count) compared with dictionary entries sorted"
        let status =
            report.buildErrors.isEmpty
            ? "\(report.matching)/\(report.compared) blocks and inline values match\(skipped)\(reordered) · ran in \(milliseconds(report.runTime)) ms"
            : "did not compile"
        printError("\(report.passed ? "✓" : "✗") compiled \(report.path)  \(status)")
    }
    return passed
}
