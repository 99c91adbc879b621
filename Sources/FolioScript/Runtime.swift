import FolioNumerics

/// The mutable state of a running block, shared by every lowered closure of a session:
/// outputs, the block's random stream, and the budget (wall time, call depth).
final class RuntimeContext {
    /// What the running block produced so far.
    var outputs: [BlockOutput] = []
    /// Called with each chunk of printed text as it is printed.
    var onPrint: ((String) -> Void)?
    /// The running block's generator: `RandomKey(seed:).foldIn(blockIndex)`.
    var stream = RandomStream(key: RandomKey(seed: 0))
    /// When the running block must stop.
    var deadline: ContinuousClock.Instant = .now
    /// How the budget is named in the error ("60 s").
    var budgetText = ""
    /// Backward jumps and calls since the last clock reading.
    private var ticks = 0
    /// Current call depth.
    var depth = 0
    /// The call depth limit.
    var maxDepth = 10_000

    /// Called on every backward jump (loop iteration) and call; reads the clock now and then.
    @inline(__always)
    func tick(_ loc: SourceLoc) throws {
        ticks &+= 1
        if ticks & 0xFFF == 0 { try checkTime(loc) }
    }

    func checkTime(_ loc: SourceLoc) throws {
        if ContinuousClock.now > deadline {
            throw ScriptError("time budget of \(budgetText) exceeded", at: loc)
        }
    }

    func print(_ text: String) {
        if case .printed(let previous)? = outputs.last {
            outputs[outputs.count - 1] = .printed(previous + text)
        } else {
            outputs.append(.printed(text))
        }
        onPrint?(text)
    }

    func reset(key: RandomKey, deadline: ContinuousClock.Instant, budgetText: String) {
        outputs = []
        stream = RandomStream(key: key)
        self.deadline = deadline
        self.budgetText = budgetText
        ticks = 0
        depth = 0
    }
}

/// A function declared in a note: its signature and lowered body (set after lowering, so that
/// it can call itself).
final class FunctionInfo {
    let name: String
    /// External labels; `nil` for `_`.
    let labels: [String?]
    let parameterTypes: [ScriptType]
    let returnType: ScriptType
    let loc: SourceLoc
    var slotCount = 0
    var body: Exec = { _ in .normal }

    init(name: String, labels: [String?], parameterTypes: [ScriptType], returnType: ScriptType, loc: SourceLoc) {
        self.name = name
        self.labels = labels
        self.parameterTypes = parameterTypes
        self.returnType = returnType
        self.loc = loc
    }

    /// `f(_:by:)`.
    var signature: String {
        name + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
    }
}

/// A named variable: a slot in the globals frame or in the current function's frame.
struct Variable {
    let slot: Int
    let type: ScriptType
    let mutable: Bool
    let isGlobal: Bool
}

/// The note-wide scope that outlives a block: globals and functions.
final class GlobalScope {
    /// Enough slots for any note; exceeding it is an error, not a reallocation (closures hold
    /// the frame's storage).
    static let capacity = 1 << 14
    let frame = Frame(capacity: GlobalScope.capacity)
    var variables: [String: Variable] = [:]
    var functions: [String: [FunctionInfo]] = [:]
    var slotCount = 0

    struct Snapshot {
        let variables: [String: Variable]
        let functions: [String: [FunctionInfo]]
        let slotCount: Int
    }

    var snapshot: Snapshot { Snapshot(variables: variables, functions: functions, slotCount: slotCount) }

    func restore(_ snapshot: Snapshot) {
        variables = snapshot.variables
        functions = snapshot.functions
        slotCount = snapshot.slotCount
    }
}
