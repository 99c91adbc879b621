import FolioNumerics
import Foundation

/// The interpreter state of one note: one scope shared by all of its blocks, run in order.
///
/// Each block is parsed with swift-syntax (a block with a syntax error is not run), lowered
/// once into closures over frame slots with static types, then evaluated. Variables and
/// functions of earlier blocks are visible to later ones. A block that fails to lower (type
/// error, unsupported construct) leaves the scope as it was before it.
public final class ScriptSession {
    /// The file name used in diagnostics.
    public let file: String
    /// The note's seed; block `i` draws random numbers from `RandomKey(seed:).foldIn(i)`.
    public let seed: UInt64
    /// Wall time the whole note may use, summed over its blocks (default 60 s).
    public var timeBudget: Duration = .seconds(60)
    /// The call depth limit (deep recursion is an error, not a crash).
    public var maxCallDepth = 10_000
    /// The largest string or array a block may build in one step, in bytes (default 512 MiB,
    /// half the memory budget; a tensor is capped at `Tensor.maxElementCount` elements).
    /// Beyond it is an error at the line, not an abort in the allocator.
    public var maxCollectionBytes = defaultMaxCollectionBytes
    /// How much memory the note's values may hold at once, in bytes (default 1 GiB; front
    /// matter `memory:`). Measured as the process's resident memory by a watchdog, so many
    /// values each under ``maxCollectionBytes`` still stop at a line with an error, not in the
    /// kernel's OOM killer; notes run in parallel share the sum of their budgets (see
    /// MemoryBudget.swift).
    public var memoryBudget = defaultMemoryBudget
    /// Called with each chunk of printed text as soon as it is printed (for `folio run`).
    public var onPrint: ((String) -> Void)?
    /// Whether the last block given to ``run(_:line:column:blockIndex:displaysLastValue:timeLimit:)``
    /// or ``staticErrors(in:line:column:)`` parsed and lowered, so its declarations joined the
    /// scope. When it did not, they are absent, and a later block's "cannot find" about them
    /// only follows from that failure (the note runner does not report it).
    public private(set) var lastBlockLowered = false
    /// The data files the blocks read (`readText`, `Tensor(csvFile:)`), relative to the
    /// note's folder, in order of first read.
    public var filesRead: [String] { bindingContext.filesRead }
    /// The note's folder and files read, and the charts being built, for the bindings.
    let bindingContext: BindingContext

    let globals = GlobalScope()
    /// The engine, charts and builtin types the blocks can use.
    let bindings: BindingTable
    let context = RuntimeContext()
    private var used: Duration = .zero
    /// Swift's operators, Folio's, and those the note's blocks declared so far.
    private var operators = BlockParser.operatorTable()
    /// Watches the process's memory for this note and the notes running beside it.
    let memoryGovernor: MemoryGovernor

    /// A session for the note or Swift file `file` (named in diagnostics; data reads are relative to
    /// its folder), whose blocks draw random numbers from `RandomKey(seed:)` folded with the block index.
    /// `governor` is the run's (one for all the notes run at once); by default the note's memory
    /// is watched alone.
    public convenience init(file: String, seed: UInt64 = 0, governor: MemoryGovernor = MemoryGovernor()) {
        self.init(file: file, seed: seed, bindings: .standard, governor: governor)
    }

    /// A session whose blocks see `bindings` (tests add builtin types of their own this way).
    init(file: String, seed: UInt64 = 0, bindings: BindingTable, governor: MemoryGovernor = MemoryGovernor()) {
        self.file = file
        self.seed = seed
        self.bindings = bindings
        self.memoryGovernor = governor
        self.bindingContext = BindingContext(notePath: file)
    }

    /// Breaks the reference cycles a note's code makes (recursive functions, closures stored
    /// in the frames they capture, types that refer to themselves) so the session's frames,
    /// functions and types are freed with it.
    deinit {
        context.tearDown()
        for type in globals.types.values { type.tearDown() }
        for type in globals.extensions.values { type.tearDown() }
        globals.functions = [:]
        globals.frame.clear()
        #if os(Linux)
            memoryGovernor.release(context.memory)
        #endif
    }

    /// Restores the globals of before a block that failed to lower, tearing down the types it
    /// declared (their members refer back to them, and nothing else will tear them down).
    private func discardTypes(since snapshot: GlobalScope.Snapshot) {
        for (name, type) in globals.types where snapshot.types[name] !== type { type.tearDown() }
        for (name, type) in globals.extensions where snapshot.extensions[name] !== type { type.tearDown() }
        globals.restore(snapshot)
    }

    /// Runs one block whose first line sits at `line`/`column` of the file.
    ///
    /// - Parameters:
    ///   - displaysLastValue: show the value of a trailing expression (notes: yes,
    ///     `.swift` files: no).
    ///   - timeLimit: a limit for this block (a block's `timeout:` option), within what is
    ///     left of `timeBudget`.
    public func run(
        _ code: String, line: Int, column: Int, blockIndex: Int, displaysLastValue: Bool = true,
        timeLimit: Duration? = nil
    ) -> BlockResult {
        // Interpreted recursion nests native calls: run on a thread with a large stack so the
        // depth limit, not the stack, is what stops deep recursion.
        // The bindings reach the note's context, and the samplers the block's random key,
        // task-locally: nothing of a note is left on the thread.
        let key = RandomKey(seed: seed).foldIn(UInt32(truncatingIfNeeded: blockIndex))
        return onLargeStack { [self] in
            BindingContext.$current.withValue(bindingContext) {
                AmbientRandom.withKey(key) {
                    runHere(
                        code, line: line, column: column, blockIndex: blockIndex, displaysLastValue: displaysLastValue,
                        timeLimit: timeLimit)
                }
            }
        } ?? BlockResult()
    }

    /// Runs `body` on a thread with a 512 MiB stack and waits for it: interpreted recursion,
    /// and lowering deeply nested code, nest native calls.
    private func onLargeStack<T>(_ body: @escaping () -> T) -> T? {
        let work = UncheckedBox<() -> T?>(body)
        let result = UncheckedBox<T?>(nil)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            result.value = work.value()
            // Let go of the session before the caller resumes (the thread object outlives this
            // closure's run; it must not be what keeps the session alive).
            work.value = { nil }
            done.signal()
        }
        thread.stackSize = 1 << 29
        thread.start()
        done.wait()
        return result.value
    }

    private func runHere(
        _ code: String, line: Int, column: Int, blockIndex: Int, displaysLastValue: Bool, timeLimit: Duration?
    ) -> BlockResult {
        let start = ContinuousClock.now
        defer { used += ContinuousClock.now - start }
        lastBlockLowered = false
        let mapper: SourceMapper
        let tree: SourceFileSyntaxBox
        let parsed = BlockParser.parse(code, file: file, line: line, column: column, operators: &operators)
        globals.operators = operators  // for the Swift Folio writes from this block's code
        switch parsed {
        case .failure(let diagnostics):
            let errors =
                diagnostics.isEmpty
                ? [Diagnostic(.error, "syntax error", file: file, line: line, column: column, id: .syntaxError)]
                : diagnostics
            return BlockResult(outputs: errors.map { .error($0) })
        case .tree(let parsed, let map):
            mapper = map
            tree = SourceFileSyntaxBox(parsed)
        }
        let snapshot = globals.snapshot
        let lowerer = Lowerer(globals: globals, context: context, mapper: mapper, bindings: bindings)
        let execs: [Exec]
        do {
            execs = try lowerer.lowerTopLevel(tree.syntax.statements, displaysLastValue: displaysLastValue)
        } catch let error as ScriptError {
            discardTypes(since: snapshot)
            return BlockResult(outputs: [.error(diagnostic(error))])
        } catch let errors as ScriptErrors {
            discardTypes(since: snapshot)
            return BlockResult(outputs: errors.errors.map { .error(diagnostic($0)) })
        } catch {
            discardTypes(since: snapshot)
            return BlockResult(outputs: [
                .error(
                    Diagnostic(
                        .error, "\(error)", file: file, line: line, column: column,
                        id: ScriptDiagnosticID(classifying: error)))
            ]
            )
        }
        lastBlockLowered = true
        #if os(Linux)
            memoryGovernor.blockStarts(context.memory, budget: memoryBudget)
            defer { memoryGovernor.blockEnds(context.memory) }
        #endif
        let remaining = timeBudget - used
        let limit = timeLimit.map { min($0, remaining) } ?? remaining
        context.reset(
            key: RandomKey(seed: seed).foldIn(UInt32(truncatingIfNeeded: blockIndex)),
            deadline: start + limit,
            budgetText: Self.seconds(timeLimit.map { min($0, timeBudget) } ?? timeBudget))
        context.onPrint = onPrint
        context.maxDepth = maxCallDepth
        context.maxCollectionBytes = maxCollectionBytes
        do {
            try context.checkTime(SourceLoc(line: line, column: column))
            for exec in execs {
                _ = try exec(globals.frame)
            }
        } catch let error as ScriptError {
            context.outputs.append(.error(diagnostic(error)))
        } catch let thrown as ThrownError {
            context.outputs.append(
                .error(
                    Diagnostic(
                        .error, "error thrown and not caught: \(thrown.value.debugFormatted)", file: file,
                        line: thrown.loc.line,
                        column: thrown.loc.column, id: .uncaughtError)))
        } catch is RequireStop {
            // The failed check is the report.
        } catch {
            context.outputs.append(
                .error(
                    Diagnostic(
                        .error, "\(error)", file: file, line: line, column: column,
                        id: ScriptDiagnosticID(classifying: error))))
        }
        let outputs = context.outputs
        context.outputs = []
        return BlockResult(outputs: outputs)
    }

    private func diagnostic(_ error: ScriptError) -> Diagnostic {
        var message = error.message
        if !error.stack.isEmpty { message += " (" + error.stack.map { "in \($0)" }.joined(separator: ", ") + ")" }
        return Diagnostic(.error, message, file: file, line: error.loc.line, column: error.loc.column, id: error.id)
    }

    /// The static errors of `code` (a block starting at `line`:`column` of the file): its syntax
    /// errors, or those of lowering it (types, names, unsupported constructs), without running
    /// it. A note reports them for the blocks after one that failed, as a compiler would.
    ///
    /// A block that lowers joins the scope as if it had run (its declarations are visible to
    /// the blocks after it, its variables hold no value) and nothing of it runs, so the session
    /// must run no block after this one: its globals may be uninitialized. A block that fails
    /// leaves the scope as it was (see ``lastBlockLowered``).
    public func staticErrors(in code: String, line: Int, column: Int) -> [Diagnostic] {
        onLargeStack { [self] in
            BindingContext.$current.withValue(bindingContext) { lowerOnly(code, line: line, column: column) }
        } ?? []
    }

    private func lowerOnly(_ code: String, line: Int, column: Int) -> [Diagnostic] {
        lastBlockLowered = false
        let parsed = BlockParser.parse(code, file: file, line: line, column: column, operators: &operators)
        globals.operators = operators  // for the Swift Folio writes from this block's code
        switch parsed {
        case .failure(let diagnostics):
            return diagnostics.isEmpty
                ? [Diagnostic(.error, "syntax error", file: file, line: line, column: column, id: .syntaxError)]
                : diagnostics
        case .tree(let parsed, let mapper):
            let snapshot = globals.snapshot
            let lowerer = Lowerer(globals: globals, context: context, mapper: mapper, bindings: bindings)
            do {
                _ = try lowerer.lowerTopLevel(parsed.statements, displaysLastValue: false)
                lastBlockLowered = true
                return []
            } catch let error as ScriptError {
                discardTypes(since: snapshot)
                return [diagnostic(error)]
            } catch let errors as ScriptErrors {
                discardTypes(since: snapshot)
                return errors.errors.map(diagnostic)
            } catch {
                discardTypes(since: snapshot)
                return [
                    Diagnostic(
                        .error, "\(error)", file: file, line: line, column: column,
                        id: ScriptDiagnosticID(classifying: error))
                ]
            }
        }
    }

    /// The syntax errors of `code` (a block starting at `line`:`column` of `file`), without
    /// running it: a note reports those of blocks that do not run because an earlier block
    /// failed, since they do not depend on what ran.
    public static func syntaxErrors(in code: String, file: String, line: Int, column: Int) -> [Diagnostic] {
        var operators = BlockParser.operatorTable()
        switch BlockParser.parse(code, file: file, line: line, column: column, operators: &operators) {
        case .failure(let diagnostics): return diagnostics
        case .tree: return []
        }
    }

    /// `60 s`, `0.05 s`.
    static func seconds(_ duration: Duration) -> String {
        // Whole milliseconds: `300ms` reads back as "0.3 s", not 0.30000000000000004.
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        if milliseconds % 1000 == 0 { return "\(milliseconds / 1000) s" }
        return "\(Double(milliseconds) / 1000) s"
    }
}

/// Hands a value to the interpreter thread (the session is used by one thread at a time:
/// the caller waits).
final class UncheckedBox<T>: @unchecked Sendable {
    var value: T

    init(_ value: T) {
        self.value = value
    }
}
