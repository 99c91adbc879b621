import FolioCompiled
import FolioMarkdown
import FolioScript
import Foundation

/// Runs notes: parse, execute every block in order in one session, collect diagnostics.
///
/// Rules (DESIGN.md §2–3):
/// - A note that cannot be parsed yields one error diagnostic at the parser's location.
/// - Executable blocks (`swift`, not `eval: false`) run in document order in one
///   ``ScriptSession`` seeded with the front matter's `seed`.
/// - A block that stops with an error stops the note; later blocks are not run. Their static
///   errors (syntax, types, names) are still reported, as a compiler would: each later block
///   is lowered, never run, except those errors that only follow from an earlier failure
///   (``UnusableNames``).
/// - `error: "text"`: the block must fail with a message containing `text`. When it does, that
///   is not a failure and later blocks still run; when it succeeds or fails with another
///   message, that is an error diagnostic at the block's fence (and a different failure still
///   stops the note).
/// - Every failed `#expect`/`#require` is an error diagnostic at the check, followed by the
///   values of its sub-expressions, one per line.
/// - `verifies: eq-…` must name labelled display formulas of the note; a block that verifies an
///   equation must run and run at least one check, or the equation would carry a ✓ nothing
///   earned. A labelled equation that no block verifies is a warning at the equation.
/// - A label defined twice is an error (``LabelCheck``); so is a formula whose TeX KaTeX would
///   refuse (``MathValidator``).
/// - A block stopped by the time budget gets a hint naming the line that was running and how
///   to raise the budget (``TimeBudgetHint``).
public enum NoteRunner {
    /// The page name of a note: its file name without directories and without `.md`.
    public static func slug(forPath path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        if name.hasSuffix(".md"), name.count > 3 { return String(name.dropLast(3)) }
        return name
    }

    /// Runs the note whose text is `source`, read from `path`, its memory watched by `governor`
    /// (the run's, shared by the notes run at once; by default the note is watched alone).
    public static func run(source: String, path: String, governor: MemoryGovernor = MemoryGovernor()) -> NoteRun {
        let slug = slug(forPath: path)
        let note: Note
        do {
            note = try Note.parse(source, path: path)
        } catch {
            let diagnostic = Diagnostic(
                .error, error.message, file: path, line: error.location.line,
                column: error.location.column)
            return NoteRun(path: path, slug: slug, note: nil, diagnostics: [diagnostic], source: source)
        }
        return run(note, path: path, slug: slug, governor: governor)
    }

    /// Runs an already parsed note (for tools and tests that build notes programmatically).
    public static func run(
        _ note: Note, path: String, slug: String? = nil, governor: MemoryGovernor = MemoryGovernor()
    ) -> NoteRun {
        if note.frontMatter.engine == .compiled { return runCompiled(note, path: path, slug: slug) }
        let session = ScriptSession(file: path, seed: note.frontMatter.seed, governor: governor)
        if let budget = note.frontMatter.timeout { session.timeBudget = budget }
        if let budget = note.frontMatter.memory { session.memoryBudget = budget }
        var noteRun = run(
            note, path: path, slug: slug,
            execute: { block in
                session.run(
                    block.code, line: block.codeStart.line, column: block.codeStart.column,
                    blockIndex: block.index, timeLimit: block.options.timeout)
            },
            evaluate: { expression in
                // Inline expressions draw random numbers from their own keys, after every
                // block's, so adding one never changes a block's numbers.
                session.run(
                    expression.code, line: expression.location.line, column: expression.location.column,
                    blockIndex: inlineKeyOffset + expression.index)
            },
            lowering: BlockLowering(
                lastBlockLowered: { session.lastBlockLowered },
                staticErrors: { block in
                    session.staticErrors(in: block.code, line: block.codeStart.line, column: block.codeStart.column)
                }))
        // The data files the note read, so the render cache re-runs it when one changes.
        noteRun.filesRead += session.filesRead
        return noteRun
    }

    /// The random-key index of inline expression `i` is `inlineKeyOffset + i`.
    static let inlineKeyOffset = 1_000_000

    /// The runner's rules with the interpreter abstracted away: `execute` runs one block,
    /// `evaluate` one inline `` `{swift} expr` `` (not evaluated when `nil`), `lowering` checks
    /// the blocks after a stop (when `nil`, only their syntax errors are reported).
    static func run(
        _ note: Note, path: String, slug: String? = nil, execute: (CodeBlock) -> BlockResult,
        evaluate: ((InlineExpression) -> BlockResult)? = nil, lowering: BlockLowering? = nil
    ) -> NoteRun {
        var run = NoteRun(
            path: path, slug: slug ?? Self.slug(forPath: path), note: note, source: note.source)
        let labels = Set(note.displayMath.compactMap(\.label))
        var stopped = false
        var unusable = UnusableNames()

        func blockDiagnostic(_ block: CodeBlock, _ message: String, severity: DiagnosticSeverity = .error) {
            let diagnostic = Diagnostic(severity, message, file: path, line: block.fenceLine, column: 1)
            run.diagnostics.append(diagnostic)
            run.blockDiagnostics[block.index, default: []].append(diagnostic)
        }

        var pendingInline = note.inlineExpressions[...]
        /// Evaluates the inline expressions that stand before fenced block number `blocks`.
        func evaluateInline(before blocks: Int) {
            while let expression = pendingInline.first, expression.blocksBefore <= blocks {
                pendingInline = pendingInline.dropFirst()
                guard let evaluate, !stopped else { continue }
                let result = evaluate(expression)
                run.inlineResults[expression.index] = result
                if let error = result.error { run.diagnostics.append(error) }
            }
        }

        for block in note.codeBlocks {
            evaluateInline(before: block.index)
            for label in block.options.verifies where !labels.contains(label) {
                blockDiagnostic(block, "'verifies' names '\(label)', but no equation of this note has that label")
            }
            guard block.language == "swift" else {
                if !block.options.verifies.isEmpty {
                    blockDiagnostic(block, "a '\(block.language)' block cannot verify equations: only swift blocks run")
                }
                continue
            }
            guard block.options.eval else {
                if !block.options.verifies.filter(labels.contains).isEmpty {
                    blockDiagnostic(
                        block, "a block with 'eval: false' does not verify equations: it is not run", severity: .warning
                    )
                }
                continue
            }
            guard !stopped else {
                // The block does not run (an earlier one stopped the note), but its static
                // errors are reported now, as a compiler would, less those that only follow
                // from an earlier failure. A block meant to fail is not checked.
                if block.options.expectedError != nil {
                    unusable.add(declaredIn: block.code)
                } else if let lowering {
                    let errors = lowering.staticErrors(block).filter { !unusable.isDependent($0) }
                    if !lowering.lastBlockLowered() { unusable.add(declaredIn: block.code) }
                    run.diagnostics += errors
                } else {
                    run.diagnostics += ScriptSession.syntaxErrors(
                        in: block.code, file: path, line: block.codeStart.line, column: block.codeStart.column)
                }
                continue
            }

            let started = ContinuousClock.now
            let result = TimeBudgetHint.annotate(execute(block), source: note.source)
            run.blockDurations[block.index] = ContinuousClock.now - started
            run.blockResults[block.index] = result
            run.blocksRun += 1

            // A check is a site (#expect at a line and column), however often a loop ran it:
            // it passes when every evaluation passed.
            var sitePassed: [Int: Bool] = [:]
            for check in result.checks {
                let site = check.line << 20 | check.column
                sitePassed[site] = (sitePassed[site] ?? true) && check.passed
            }
            run.checksPassed += sitePassed.values.filter { $0 }.count
            run.checksFailed += sitePassed.values.filter { !$0 }.count
            run.checkEvaluations += result.checks.count
            run.diagnostics += diagnostics(of: result, file: path, expectedError: block.options.expectedError)

            if let expected = block.options.expectedError {
                if let error = result.error {
                    if !error.message.contains(expected) {
                        blockDiagnostic(
                            block,
                            "this block should fail with an error containing \"\(expected)\", but it failed with: \(error.message)"
                        )
                        stopped = true
                    }
                } else {
                    blockDiagnostic(
                        block, "this block should fail with an error containing \"\(expected)\", but it succeeded")
                }
            } else if result.error != nil {
                stopped = true
            }
            if stopped, let lowering, !lowering.lastBlockLowered() {
                // What it declares never joined the scope.
                unusable.add(declaredIn: block.code)
            }

            let verified = block.options.verifies.filter(labels.contains)
            if !verified.isEmpty, result.checks.isEmpty, !stopped {
                // Not a failure: nothing was checked, so the equation is shown as unverified
                // and counts against `folio check --coverage`, but no check failed.
                blockDiagnostic(
                    block,
                    "this block verifies \(verified.joined(separator: ", ")) but ran no #expect or #require: unverified",
                    severity: .warning
                )
            }
        }
        evaluateInline(before: Int.max)
        checkNote(note, path: path, equationLabels: labels, into: &run)
        // Document order (stable: diagnostics of one line keep the order they happened in).
        run.diagnostics = run.diagnostics.enumerated().sorted {
            ($0.element.line, $0.offset) < ($1.element.line, $1.offset)
        }.map(\.element)
        return run
    }

    /// The note-wide checks that follow the blocks, in the order they are reported: an
    /// unreadable `timeout`, labels, math, unverified equations, citations, duplicate table and
    /// figure labels, local images, and cross-references.
    static func checkNote(_ note: Note, path: String, equationLabels labels: Set<String>, into run: inout NoteRun) {
        if let option = note.codeBlocks.first(where: { $0.options.hasUnreadableTimeout }) {
            let diagnostic = Diagnostic(
                .error,
                "'timeout' must be a duration such as 10s, 500ms or 2m, not '\(option.options["timeout"] ?? "")'",
                file: path, line: option.fenceLine, column: 1)
            run.diagnostics.append(diagnostic)
            run.blockDiagnostics[option.index, default: []].append(diagnostic)
        }

        run.diagnostics += LabelCheck.diagnostics(for: note, path: path)
        run.diagnostics += MathValidator.diagnostics(for: note, path: path)
        // An equation no block verifies is a warning on every run, not only with --coverage.
        let verifiedSomewhere = Set(note.codeBlocks.flatMap(\.options.verifies))
        var warned = Set<String>()
        for math in note.displayMath {
            guard let label = math.label, !verifiedSomewhere.contains(label), warned.insert(label).inserted else {
                continue
            }
            run.diagnostics.append(
                Diagnostic(
                    .warning,
                    "equation '\(label)' is unverified: no block verifies it (add `//| verifies: \(label)` to a block whose checks test it)",
                    file: path, line: math.location.line, column: math.location.column))
        }

        Citations.check(note, path: path, into: &run)
        var tableLabels = Set(note.codeBlocks.compactMap(\.options.label))
        let labelled =
            note.tables.compactMap { t in t.label.map { ($0, t.location) } }
            + note.figures.map { ($0.label, $0.location) }
        for (label, location) in labelled where !tableLabels.insert(label).inserted {
            run.diagnostics.append(
                Diagnostic(
                    .error, "duplicate label '\(label)': another table or figure of this note already has it",
                    file: path, line: location.line, column: location.column))
        }
        for figure in note.figures where figure.isLocal {
            let problem =
                !figure.isConfined
                ? "image path '\(figure.path)' leaves the note's folder (absolute paths and '..' are refused)"
                : FileManager.default.fileExists(
                    atPath: URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(figure.path)
                        .path)
                    ? nil : "image '\(figure.path)' not found next to the note"
            if let problem {
                run.diagnostics.append(
                    Diagnostic(
                        .error, problem, file: path, line: figure.location.line, column: figure.location.column))
            }
        }
        let known = Set(labels).union(note.codeBlocks.compactMap(\.options.label))
            .union(note.headings.map(\.id)).union(note.tables.compactMap(\.label))
            .union(note.figures.map(\.label))
        for (label, location) in CrossReferences.references(in: note) where !known.contains(label) {
            run.diagnostics.append(
                Diagnostic(
                    .error,
                    "unknown cross-reference '@\(label)': no figure, table, equation or section has that label",
                    file: path, line: location.line, column: location.column))
        }
    }
}

extension NoteRunner {
    /// The diagnostics of one block's result, in the order they happened: every failed check
    /// (see ``FolioScript/CheckResult/diagnostic(file:)``) and the error that stopped the block,
    /// unless that error only repeats a failed `#require` or is the one `expectedError` (a
    /// block's `error:` option) asks for. `folio run` and the note runner both use this.
    public static func diagnostics(of result: BlockResult, file: String, expectedError: String? = nil) -> [Diagnostic] {
        let failedRequires = Set(
            result.checks.filter { !$0.passed && $0.kind == .require }.map { "\($0.line):\($0.column)" })
        var diagnostics: [Diagnostic] = []
        for output in result.outputs {
            switch output {
            case .check(let check):
                if !check.passed { diagnostics.append(check.diagnostic(file: file)) }
            case .error(let error):
                let duplicate = error.id == .checkFailed && failedRequires.contains("\(error.line):\(error.column)")
                let expected = expectedError.map { error.message.contains($0) } ?? false
                if !duplicate && !expected { diagnostics.append(error) }
            case .printed, .value, .chart, .table:
                break
            }
        }
        return diagnostics
    }
}

extension CheckResult {
    /// The diagnostic of a failed check, shared by every command that reports one:
    /// `expectation failed: <expr>` (or `requirement failed`) followed by
    /// `  <sub-expression> → <value>` lines and the check's comment.
    public func diagnostic(file: String) -> Diagnostic {
        var message = "\(kind == .require ? "requirement" : "expectation") failed: \(expression)"
        for value in values {
            message += "\n  \(value.expression) → \(value.value)"
        }
        if let comment, !comment.isEmpty {
            message += "\n  // \(comment)"
        }
        return Diagnostic(.error, message, file: file, line: line, column: column, id: .checkFailed)
    }
}
