import FolioCompiled
import FolioMarkdown
import FolioScript
import Foundation

extension NoteRunner {
    /// The package folder of compiled notes: `.folio-cache/compiled` in the working folder
    /// (the project's root, where the render cache is too).
    static var compiledPackage: CompiledPackage {
        CompiledPackage(
            directory: URL(fileURLWithPath: ".folio-cache/compiled", isDirectory: true),
            folioCheckout: CompiledPackage.defaultCheckout)
    }

    /// `engine: compiled`: the note's program is built (or taken from the cache) and run once;
    /// the runner's rules then apply to what each block produced, as for the interpreter. A
    /// compile error is a diagnostic at the note's line; a missing toolchain is one error
    /// naming what to install.
    static func runCompiled(_ note: Note, path: String, slug: String?) -> NoteRun {
        let results: CompiledEngine.Results
        do {
            results = try CompiledEngine(package: compiledPackage).run(
                note, path: path, timeout: note.frontMatter.timeout ?? .seconds(60))
        } catch {
            return NoteRun(
                path: path, slug: slug ?? Self.slug(forPath: path), note: note,
                diagnostics: [Diagnostic(.error, "engine: compiled: \(error)", file: path, line: 1, column: 1)],
                source: note.source)
        }
        if !results.buildErrors.isEmpty {
            return NoteRun(
                path: path, slug: slug ?? Self.slug(forPath: path), note: note, diagnostics: results.buildErrors,
                source: note.source)
        }
        return run(
            note, path: path, slug: slug,
            execute: { block in
                results.blocks[block.index]
                    ?? BlockResult(outputs: [
                        .error(
                            Diagnostic(
                                .error,
                                block.options.expectedError != nil
                                    ? "a block that must fail ('error:') does not run under engine: compiled"
                                    : "the compiled program stopped before this block", file: path,
                                line: block.fenceLine, column: 1))
                    ])
            },
            evaluate: { expression in results.inline[expression.index] ?? BlockResult() })
    }
}
