import FolioNumerics
import SwiftSyntax

/// A syntax node kept for lowering at a use site (default arguments), never evaluated.
struct ExprSyntaxBox {
    let expr: ExprSyntax
}

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
    @exclusivity(unchecked) private var ticks = 0
    /// Current call depth (read and written on every call: no dynamic exclusivity checks).
    @exclusivity(unchecked) var depth = 0
    /// The call depth limit.
    @exclusivity(unchecked) var maxDepth = 10_000
    /// Raised by the watchdog when the note is over its memory budget, or to make a slow loop
    /// read the clock (MemoryBudget.swift).
    let memory = MemoryWatch()

    /// Called on every backward jump (loop iteration) and call; reads the clock now and then,
    /// and stops at once when the memory watchdog has raised the note's flag.
    @inline(__always)
    func tick(_ loc: SourceLoc) throws {
        ticks &+= 1
        if ticks & 0xFFF == 0 || memory.isRaised { try checkTime(loc) }
    }

    func checkTime(_ loc: SourceLoc) throws {
        if memory.isRaised { try memory.check(at: loc) }
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
    var parameterTypes: [ScriptType]
    var returnType: ScriptType
    let loc: SourceLoc
    var slotCount = 0
    @exclusivity(unchecked) var body: Exec = { _ in .normal }
    /// A single-expression body's value, evaluated directly by calls (no `return` round trip
    /// through the frame).
    @exclusivity(unchecked) var expressionBody: Eval?
    /// The lexical level of the frame the function's body runs in (1 for a top-level function,
    /// deeper for nested functions and closures); its parent frame is at `level - 1`.
    var level = 1
    /// Default values of parameters (lowered in the caller's context at each call).
    var defaults: [ExprSyntaxBox?] = []
    /// Parameters declared `inout`.
    var inoutParameters: [Bool] = []
    /// The index of the variadic parameter, if any.
    var variadic: Int?
    /// A method's type (then `self` is slot 0, not counted in `labels`).
    var owner: TypeInfo?
    var isMutating = false
    var isStatic = false
    var isThrowing = false
    /// Set for initializers of classes and structs.
    var isInitializer = false
    /// A protocol requirement (dispatched to the conforming type at run time).
    var isRequirement = false
    /// `init?`: the initializer's value is optional, `return nil` fails it.
    var isFailable = false
    /// Frames of finished calls that nothing captured, reused by the next calls.
    @exclusivity(unchecked) var framePool: [Frame] = []

    /// A frame for a call: a pooled one, or a new one.
    @inline(__always)
    func acquireFrame() -> Frame {
        if let frame = framePool.popLast() { return frame }
        return Frame(capacity: slotCount)
    }

    /// Gives a finished call's frame back to the pool unless a closure (or a nested
    /// function's frame) still holds it; its slots are cleared so values are not kept alive.
    @inline(__always)
    func releaseFrame(_ frame: inout Frame) {
        guard isKnownUniquelyReferenced(&frame), framePool.count < 256, frame.capacity >= slotCount else { return }
        frame.slots.update(repeating: .void, count: frame.capacity)
        if frame.parent != nil { frame.parent = nil }
        if case .void = frame.returnValue {} else { frame.returnValue = .void }
        framePool.append(frame)
    }

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
    /// The lexical level of the frame holding the slot (0 for globals).
    var level = 0
    /// A nested function declared in a local scope (called directly, not a slot).
    var function: FunctionInfo? = nil
}

/// The note-wide scope that outlives a block: globals and functions.
final class GlobalScope {
    /// Enough slots for any note; exceeding it is an error, not a reallocation (closures hold
    /// the frame's storage).
    static let capacity = 1 << 14
    let frame = Frame(capacity: GlobalScope.capacity)
    var variables: [String: Variable] = [:]
    var functions: [String: [FunctionInfo]] = [:]
    var types: [String: TypeInfo] = [:]
    /// `typealias Name = Type`.
    var typeAliases: [String: ScriptType] = [:]
    /// Extensions of builtin types (`extension Double { … }`), by type name.
    var extensions: [String: TypeInfo] = [:]
    var slotCount = 0

    struct Snapshot {
        let variables: [String: Variable]
        let functions: [String: [FunctionInfo]]
        let types: [String: TypeInfo]
        let typeAliases: [String: ScriptType]
        let extensions: [String: TypeInfo]
        let slotCount: Int
    }

    var snapshot: Snapshot {
        Snapshot(
            variables: variables, functions: functions, types: types, typeAliases: typeAliases, extensions: extensions,
            slotCount: slotCount)
    }

    func restore(_ snapshot: Snapshot) {
        variables = snapshot.variables
        functions = snapshot.functions
        types = snapshot.types
        typeAliases = snapshot.typeAliases
        extensions = snapshot.extensions
        slotCount = snapshot.slotCount
    }
}
