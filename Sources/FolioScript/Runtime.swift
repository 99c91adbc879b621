import FolioNumerics
import SwiftOperators
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
    /// The session's ``ScriptSession/maxCollectionBytes``, read where a string or array grows
    /// past 1 MiB (SizeLimits.swift): a field of the context the lowered code already holds,
    /// not a per-thread lookup on every `append`.
    @exclusivity(unchecked) var maxCollectionBytes = defaultMaxCollectionBytes
    /// Raised by the watchdog when the note is over its memory budget, or to make a slow loop
    /// read the clock (MemoryBudget.swift).
    let memory = MemoryWatch()
    /// The frames of functions running in register form (RegisterCode.swift).
    let registers = RegisterStack()
    /// Whether functions that qualify are compiled into register form. Off, every function
    /// runs as lowered closures: the tests run the same blocks both ways and compare.
    var compilesRegisterForm = true
    /// How many top-level loops were compiled into register form (what the tests observe).
    var registerLoopCount = 0

    /// Called on every backward jump (loop iteration) and call; reads the clock now and then,
    /// and stops at once when the memory watchdog has raised the note's flag.
    @inline(__always)
    func tick(_ loc: SourceLoc) throws {
        ticks &+= 1
        if ticks & 0xFFF == 0 || memory.isRaised { try checkTime(loc) }
    }

    @inline(never)
    func checkTime(_ loc: SourceLoc) throws {
        if memory.isRaised { try memory.check(at: loc) }
        if ContinuousClock.now > deadline {
            throw ScriptError("time budget of \(budgetText) exceeded", id: .timeLimit, at: loc)
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

    /// Every function, closure and loop frame lowered in the session. Their lowered bodies
    /// refer to themselves (recursion) and their frames may hold closures that refer back to
    /// the frames: `tearDown` breaks those cycles when the session ends.
    var functions: [FunctionInfo] = []

    /// Ends the session: forgets every lowered body and clears the frames that escaped.
    /// Whether a class's `deinit` runs when its object is freed; off once the session ends
    /// (a compiled program does not free its globals at exit either).
    var runsDeinitializers = true

    func tearDown() {
        runsDeinitializers = false
        for function in functions { function.tearDown() }
        functions = []
        outputs = []
        onPrint = nil
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
    var body: Exec {
        get { bodyBox.run }
        set {
            bodyBox = ExecBox(newValue)
            bodyRef = Unmanaged.passUnretained(bodyBox)
        }
    }
    /// Owns `body`.
    private var bodyBox = ExecBox { _ in .normal }
    /// `bodyBox` for calls: used without retaining it (bodies change only while lowering,
    /// never during a call).
    @exclusivity(unchecked) private(set) var bodyRef: Unmanaged<ExecBox>
    /// A single-expression body's value, evaluated directly by calls (no `return` round trip
    /// through the frame).
    var expressionBody: Eval? {
        get { expressionBodyBox.box?.run }
        set { expressionBodyBox = UnretainedBox(newValue.map(EvalBox.init)) }
    }
    @exclusivity(unchecked) private var expressionBodyBox = UnretainedBox<EvalBox>(nil)
    /// `expressionBody` for calls, used without retaining it.
    var expressionBodyRef: Unmanaged<EvalBox>? { expressionBodyBox.ref }
    /// A single-expression `Bool` body's unboxed path (a comparator's `$0 > $1`), for callers
    /// that want the `Bool` itself (see `HoistedCall`).
    @exclusivity(unchecked) var boolExpressionBody: BoolEval?
    /// The lexical level of the frame the function's body runs in (1 for a top-level function,
    /// deeper for nested functions and closures); its parent frame is at `level - 1`.
    var level = 1
    /// Default values of parameters (lowered in the caller's context at each call).
    var defaults: [ExprSyntaxBox?] = []
    /// Parameters declared `inout`.
    var inoutParameters: [Bool] = []
    /// Parameters declared `@autoclosure`: the argument is wrapped in a closure, evaluated
    /// only when (and each time) the function calls it.
    var autoclosureParameters: [Bool] = []
    /// Parameters marked with a result builder (`@DrawingBuilder content: () -> Drawable`), by
    /// index: a closure passed there is transformed by that builder (see `ResultBuilders.swift`).
    var resultBuilderParameters: [Int: String] = [:]
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
    /// A `convenience` initializer (inherited by subclasses that provide every designated one).
    var isConvenience = false
    /// For an initializer that only stores its parameters, each one's stored property: a
    /// construction fills the fields without running the body (see `StoringInitializers.swift`).
    @exclusivity(unchecked) var storedParameterFields: [Int]?
    /// The function in register form, when it qualifies (RegisterCompiler.swift): its calls
    /// run there, and functions in register form that call it call it there.
    var registerFunction: RegisterFunction?
    /// An `Int` single-expression body's unboxed path (calls of `Int` functions pass plain
    /// integers: see `IntEval`).
    var intBody: IntEval? {
        get { intBodyBox.box?.run }
        set { intBodyBox = UnretainedBox(newValue.map(IntBodyBox.init)) }
    }
    @exclusivity(unchecked) private var intBodyBox = UnretainedBox<IntBodyBox>(nil)
    /// `intBody` for calls, used without retaining it.
    var intBodyRef: Unmanaged<IntBodyBox>? { intBodyBox.ref }
    /// A `Double` function's unboxed body (see `intBody`).
    var doubleBody: DoubleEval? {
        get { doubleBodyBox.box?.run }
        set { doubleBodyBox = UnretainedBox(newValue.map(DoubleBodyBox.init)) }
    }
    @exclusivity(unchecked) private var doubleBodyBox = UnretainedBox<DoubleBodyBox>(nil)
    /// `doubleBody` for calls, used without retaining it.
    var doubleBodyRef: Unmanaged<DoubleBodyBox>? { doubleBodyBox.ref }

    /// Frames for calls of a function whose frames cannot escape (`framesMayEscape` false),
    /// one per active call, owned here: a call uses the next one without any reference
    /// counting and clears it on return.
    @exclusivity(unchecked) private var stack: UnsafeMutablePointer<Unmanaged<Frame>>?
    /// How many frames `stack` holds, and how many of them are in use.
    @exclusivity(unchecked) private var stackCapacity = 0
    @exclusivity(unchecked) private var stackDepth = 0

    /// Takes the next stack frame (its slots hold `.void`); give it back with `popStackFrame`.
    @inline(__always)
    func pushStackFrame() -> Unmanaged<Frame> {
        if stackDepth == stackCapacity { growStack() }
        let ref = stack.unsafelyUnwrapped[stackDepth]
        stackDepth &+= 1
        return ref
    }

    /// Clears the frame of a finished call and gives it back.
    @inline(__always)
    func popStackFrame(_ ref: Unmanaged<Frame>) {
        stackDepth &-= 1
        ref._withUnsafeGuaranteedRef { $0.clear() }
    }

    private func growStack() {
        let capacity = max(16, stackCapacity * 2)
        let grown = UnsafeMutablePointer<Unmanaged<Frame>>.allocate(capacity: capacity)
        if let stack {
            grown.moveInitialize(from: stack, count: stackCapacity)
            stack.deallocate()
        }
        for index in stackCapacity..<capacity {
            (grown + index).initialize(to: Unmanaged.passRetained(Frame(capacity: slotCount)))
        }
        stack = grown
        stackCapacity = capacity
    }
    /// Frames of finished calls that nothing captured, reused by the next calls; each is held
    /// by the pool (+1), so taking one out and putting it back costs no reference counting
    /// beyond the call's own.
    @exclusivity(unchecked) private var pool: UnsafeMutablePointer<Unmanaged<Frame>>?
    /// How many frames `pool` holds.
    @exclusivity(unchecked) private var poolCount = 0
    /// The most frames a function keeps for reuse.
    static let poolCapacity = 256

    /// A frame for a call: a pooled one (its slots hold `.void`), or a new one.
    @inline(__always)
    func acquireFrame() -> Frame {
        if poolCount > 0, let pool {
            poolCount &-= 1
            return pool[poolCount].takeRetainedValue()
        }
        return Frame(capacity: slotCount)
    }

    /// Gives a finished call's frame back to the pool unless a closure (or a nested
    /// function's frame) still holds it; its slots are cleared so values are not kept alive.
    @inline(__always)
    func releaseFrame(_ frame: inout Frame) {
        guard isKnownUniquelyReferenced(&frame) else {
            noteEscaped(frame)
            return
        }
        keepInPool(frame)
    }

    /// `releaseFrame` for a frame the caller no longer uses (its reference moves into the pool).
    /// The uniqueness test is skipped for a function whose body lowers no closure, nested
    /// function or loop frame: nothing else can hold its frames.
    @inline(__always)
    func recycleFrame(_ frame: consuming Frame) {
        var frame = frame
        if framesMayEscape {
            guard isKnownUniquelyReferenced(&frame) else {
                noteEscaped(frame)
                return
            }
        }
        keepInPool(frame)
    }

    /// Clears `frame` and keeps it for the next call, unless the pool is full or the frame is
    /// too small for this function.
    @inline(__always)
    private func keepInPool(_ frame: Frame) {
        guard poolCount < Self.poolCapacity, frame.capacity >= slotCount else { return }
        frame.clear()
        if pool == nil { pool = .allocate(capacity: Self.poolCapacity) }
        pool.unsafelyUnwrapped[poolCount] = Unmanaged.passRetained(frame)
        poolCount &+= 1
    }

    /// Whether a closure, a nested function or a loop frame lowered inside the body may keep a
    /// reference to the body's frame after the call (set by lowering).
    @exclusivity(unchecked) var framesMayEscape = true
    /// Frames of finished calls that something still held (a closure, maybe stored in the
    /// frame itself): cleared when the session ends (see `RuntimeContext.tearDown`).
    private var escaped: [WeakFrame] = []

    /// Remembers a frame that outlived its call.
    func noteEscaped(_ frame: Frame) {
        if escaped.count >= 64, escaped.count.nonzeroBitCount == 1 { escaped.removeAll { $0.frame == nil } }
        escaped.append(WeakFrame(frame: frame))
    }

    /// Forgets the lowered body (which may refer to this function) and clears the frames
    /// that outlived their calls (breaking closure ↔ frame cycles).
    func tearDown() {
        let frames = escaped.compactMap(\.frame)
        escaped = []
        for frame in frames { frame.clear() }
        body = { _ in .normal }
        expressionBody = nil
        boolExpressionBody = nil
        intBody = nil
        doubleBody = nil
        registerFunction = nil
        owner = nil
        defaults = []
        drainPool()
    }

    private func drainPool() {
        guard let pool else { return }
        for index in 0..<poolCount { pool[index].release() }
        poolCount = 0
    }

    deinit {
        drainPool()
        pool?.deallocate()
        if let stack {
            for index in 0..<stackCapacity { stack[index].release() }
            stack.deallocate()
        }
    }

    init(name: String, labels: [String?], parameterTypes: [ScriptType], returnType: ScriptType, loc: SourceLoc) {
        bodyRef = Unmanaged.passUnretained(bodyBox)
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

/// Holds a function's lowered body (see `FunctionInfo.body`).
final class ExecBox {
    let run: Exec

    init(_ run: @escaping Exec) {
        self.run = run
    }
}

/// Holds a function's unboxed body (see `FunctionInfo.intBody`).
final class IntBodyBox {
    let run: IntEval

    init(_ run: @escaping IntEval) {
        self.run = run
    }
}

/// Holds a function's unboxed `Double` body (see `FunctionInfo.doubleBody`).
final class DoubleBodyBox {
    let run: DoubleEval

    init(_ run: @escaping DoubleEval) {
        self.run = run
    }
}

/// A weak reference to a frame (see `FunctionInfo.noteEscaped`).
struct WeakFrame {
    weak var frame: Frame?
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
    /// A computed or observed variable (or one with a property wrapper): the slot holds its
    /// getter and setter closures, and `type` is the variable's (see `AccessedVariables.swift`).
    var accessed = false
    /// Declared `T!`: its type is `T?`, force-unwrapped where a `T` is needed (see
    /// `ImplicitlyUnwrappedOptionals.swift`).
    var implicitlyUnwrapped = false
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
    /// The note's operators as its blocks declared them so far (Swift's and Folio's included):
    /// what Swift that Folio writes from the note's code is folded with (`ResultBuilders.swift`).
    var operators: OperatorTable?
    /// Extensions of builtin types (`extension Double { … }`), by type name.
    var extensions: [String: TypeInfo] = [:]
    var slotCount = 0
    /// Hidden globals that top-level loops in register form use as temporary value slots, by
    /// temporary number: shared, since no two of them run at once.
    var registerSlots: [Int] = []
    /// `extension Array { … }` without `where Element == …`, lowered per element type on use.
    var genericArrayExtensions: [GenericArrayExtension] = []
    /// Generic functions by name, specialized per substitution on use.
    var genericFunctions: [String: [GenericFunction]] = [:]
    /// Generic types by name (`Stack`), instantiated per argument list on use (`Stack<Int>`).
    var genericTypes: [String: GenericType] = [:]
    /// The local types declared so far (`LocalTypes.swift`), by declaration.
    var localTypes: [SyntaxIdentifier: LocalType] = [:]
    /// `Any` and `AnyObject`, made on first use (see `universalProtocol`).
    private var universalProtocols: [String: TypeInfo] = [:]

    /// `Any` or `AnyObject`: a protocol every type (every class) conforms to.
    func universalProtocol(_ name: String) -> TypeInfo {
        if let info = universalProtocols[name] { return info }
        let info = TypeInfo(name: name, kind: .protocolType)
        universalProtocols[name] = info
        return info
    }
    /// How many such lowerings are in progress (one can trigger another, for `[[T]]`).
    var instantiationDepth = 0

    struct Snapshot {
        let variables: [String: Variable]
        let functions: [String: [FunctionInfo]]
        let types: [String: TypeInfo]
        let typeAliases: [String: ScriptType]
        let extensions: [String: TypeInfo]
        let slotCount: Int
        let registerSlots: [Int]
        let genericArrayExtensions: [GenericArrayExtension]
        let genericFunctions: [String: [GenericFunction]]
        let genericTypes: [String: GenericType]
    }

    var snapshot: Snapshot {
        Snapshot(
            variables: variables, functions: functions, types: types, typeAliases: typeAliases, extensions: extensions,
            slotCount: slotCount, registerSlots: registerSlots, genericArrayExtensions: genericArrayExtensions,
            genericFunctions: genericFunctions, genericTypes: genericTypes)
    }

    func restore(_ snapshot: Snapshot) {
        variables = snapshot.variables
        functions = snapshot.functions
        types = snapshot.types
        typeAliases = snapshot.typeAliases
        extensions = snapshot.extensions
        slotCount = snapshot.slotCount
        registerSlots = snapshot.registerSlots
        genericArrayExtensions = snapshot.genericArrayExtensions
        genericFunctions = snapshot.genericFunctions
        genericTypes = snapshot.genericTypes
        instantiationDepth = 0
    }
}
