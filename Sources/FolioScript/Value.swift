/// A run-time value of the interpreter.
///
/// Scalars are stored inline (no boxing); strings and arrays are Swift's own copy-on-write
/// values; ranges and strides, which are rare outside `for-in` headers (lowered without
/// building a value), are boxed to keep the enum small.
enum Value {
    case void
    case int(Int)
    case double(Double)
    case bool(Bool)
    case string(String)
    case array([Value])
    case range(RangeBox)
    case stride(StrideBox)
    case character(Character)
    /// `Optional.none`.
    case null
    /// `Optional.some` of any other value, boxed. Build it with `Value.some(_:)`, read it
    /// with `wrapped`: they choose the unboxed cases below when they can.
    indirect case someBoxed(Value)
    /// `Optional.some` of a class instance, unboxed, as Swift stores a `Node?`: linked
    /// structures (`let left: Node?`) then allocate nothing per link (bintree of
    /// Benchmarks/interpreter).
    case someObject(Instance)
    /// `Optional.some` of an `Int` (a dictionary lookup, `Int(text)`, `firstIndex(of:)`),
    /// unboxed.
    case someInt(Int)
    /// `Optional.some` of a `Double`, unboxed.
    case someDouble(Double)
    /// A tuple; `labels` is kept for printing (`(key: "a", value: 1)`).
    case tuple([Value], labels: [String?]?)
    case dictionary(DictBox)
    case set(SetBox)
    case function(Closure)
    /// A struct value: its type and its stored properties in declaration order (copy on write).
    case record(RecordType, [Value])
    /// A class instance (reference semantics).
    case object(Instance)
    /// An enum value.
    case enumCase(EnumBox)
    /// A value of a builtin type registered by another module (`Tensor`, `Chart`).
    case native(AnyObject)
}

/// A function value: a closure, a function used as a value, or a builtin.
final class Closure {
    let name: String
    let invoke: ([Value]) throws -> Value
    /// For a function written in the note, what `invoke` calls: lets a caller that holds one or
    /// two arguments put them straight into the callee's frame, with no arguments array per
    /// call (`sorted(by:)` calls its comparator n log n times, `map` once an element).
    let direct: DirectCall?

    init(name: String, invoke: @escaping ([Value]) throws -> Value) {
        self.name = name
        self.invoke = invoke
        direct = nil
    }

    /// A note's function (or closure) as a value, called in `parent`, the frame it captured.
    init(name: String, function: FunctionInfo, parent: Frame?, context: RuntimeContext, at: SourceLoc) {
        self.name = name
        invoke = { arguments in
            try callFunction(function, parent: parent, arguments: arguments, context: context, at: at)
        }
        direct = DirectCall(function: function, parent: parent, context: context, at: at)
    }
}

/// A call of a note's function whose arguments are written into its frame by the caller; the
/// same call as `callFunction` makes.
struct DirectCall {
    /// The function and its prologue, made once: a `FunctionEntry` per call retained the
    /// function, the context and the name's string (a tenth of `sort`'s comparator calls).
    let entry: FunctionEntry
    let parent: Frame?

    init(function: FunctionInfo, parent: Frame?, context: RuntimeContext, at: SourceLoc) {
        entry = FunctionEntry(info: function, context: context, at: at)
        self.parent = parent
    }

    /// Calls with one argument.
    @inline(__always)
    func callAsFunction(_ a: Value) throws -> Value {
        try enter { $0.slots[0] = a }
    }

    /// Calls with two arguments.
    @inline(__always)
    func callAsFunction(_ a: Value, _ b: Value) throws -> Value {
        try enter { callee in
            callee.slots[0] = a
            callee.slots[1] = b
        }
    }

    /// Runs the function in a frame that `fill` gave its arguments: one of the function's stack
    /// frames when none of its frames can outlive a call (no retain, release or uniqueness test
    /// of a pooled frame per call: `sort`'s comparator runs n log n times), else a pooled one.
    @inline(__always)
    private func enter(_ fill: (Frame) -> Void) throws -> Value {
        let function = entry.info
        if !function.framesMayEscape {
            let ref = function.pushStackFrame()
            defer { function.popStackFrame(ref) }
            return try ref._withUnsafeGuaranteedRef { callee in
                callee.parent = parent
                fill(callee)
                return try entry.enter(callee)
            }
        }
        var callee = function.acquireFrame()
        defer { function.releaseFrame(&callee) }
        callee.parent = parent
        fill(callee)
        return try entry.enter(callee)
    }
}

/// What a class instance holds besides its stored properties.
struct InstanceHeader {
    let type: TypeInfo
    let fieldCount: Int
    /// Set on the stand-in a deinitializer runs on (see `finalize`): it has none of its own.
    var isFinalizing = false
}

/// A class instance: its stored properties live in the object's own allocation, after the
/// header (`ManagedBuffer`), so making an instance allocates once, not twice (an array of
/// fields was a second allocation and a second reference to follow: `bintree` makes 7·10⁵
/// instances).
final class Instance: ManagedBuffer<InstanceHeader, Value> {
    /// A new instance of `type` with `fields` as its stored properties.
    static func make(type: TypeInfo, fields: [Value]) -> Instance {
        make(type: type, fieldCount: fields.count) { elements in
            for index in fields.indices { elements[index] = fields[index] }
        }
    }

    /// A new instance of `type` whose `fieldCount` stored properties (`.void` at first) `fill`
    /// writes where they are stored: no array of them is built first. When `fill` throws, the
    /// instance never existed for the note: its `deinit` does not run.
    static func make(
        type: TypeInfo, fieldCount: Int, fill: (UnsafeMutablePointer<Value>) throws -> Void
    ) rethrows -> Instance {
        let buffer = create(minimumCapacity: fieldCount) { _ in InstanceHeader(type: type, fieldCount: fieldCount) }
        let instance = unsafeDowncast(buffer, to: Instance.self)
        try instance.withUnsafeMutablePointerToElements { elements in
            elements.initialize(repeating: .void, count: fieldCount)
            do {
                try fill(elements)
            } catch {
                instance.isFinalizing = true
                throw error
            }
        }
        return instance
    }

    /// The instance's class.
    var type: TypeInfo { header.type }

    /// Whether this is the stand-in a deinitializer runs on.
    var isFinalizing: Bool {
        get { header.isFinalizing }
        set { header.isFinalizing = newValue }
    }

    /// The address of stored property `index`, valid as long as the instance is (the
    /// properties never move). Read and written on every property access, with no dynamic
    /// exclusivity checks: a note whose mutating method reaches the object it is mutating
    /// through another reference, which compiled Swift traps, must not abort the process here.
    @inline(__always)
    func fieldAddress(_ index: Int) -> UnsafeMutablePointer<Value> {
        precondition(index >= 0 && index < header.fieldCount, "field index out of range")
        return withUnsafeMutablePointerToElements { $0 + index }
    }

    /// Stored property `index`.
    @inline(__always)
    subscript(field index: Int) -> Value {
        get { fieldAddress(index).pointee }
        set { fieldAddress(index).pointee = newValue }
    }

    /// The stored properties, copied (for printing and comparing; accesses use `subscript(field:)`).
    var fields: [Value] {
        withUnsafeMutablePointerToElements { Array(UnsafeBufferPointer(start: $0, count: header.fieldCount)) }
    }

    /// The note's `deinit` runs when the last reference to the object goes, as Swift's ARC
    /// runs it: the interpreter's references are the note's references.
    deinit {
        // Most classes have no `deinit` anywhere in their chain: skip the walk (bintree frees
        // 7·10⁵ nodes).
        if !isFinalizing, type.kind == .classType, type.deinitializer != nil || type.superclass != nil {
            finalize(self)
        }
        let count = header.fieldCount
        _ = withUnsafeMutablePointerToElements { $0.deinitialize(count: count) }
    }
}

/// Runs the `deinit` bodies of `dying`'s class and its superclasses, subclass first, on a
/// stand-in with the same fields (Swift code may not retain an object being freed).
private func finalize(_ dying: Instance) {
    var current: TypeInfo? = dying.type
    var stand: Instance?
    while let type = current {
        if let body = type.deinitializer, let context = type.deinitContext, context.runsDeinitializers {
            let instance = stand ?? Instance.make(type: dying.type, fields: dying.fields)
            instance.isFinalizing = true
            stand = instance
            // A deinitializer cannot throw; a trap inside it is reported by the statement
            // that released the object only in compiled Swift, so here it is dropped.
            _ = try? callFunction(body, parent: nil, arguments: [.object(instance)], context: context, at: body.loc)
        }
        current = type.superclass
    }
}

/// An enum case with its associated values.
final class EnumBox {
    let type: TypeInfo
    let tag: Int
    let payload: [Value]

    init(type: TypeInfo, tag: Int, payload: [Value]) {
        self.type = type
        self.tag = tag
        self.payload = payload
    }
}

/// A dictionary that iterates in insertion order (so notes reproduce exactly).
final class DictBox {
    var keys: [Value] = []
    var values: [Value] = []
    var index: [Value: Int] = [:]

    init() {}

    func copy() -> DictBox {
        let box = DictBox()
        box.keys = keys
        box.values = values
        box.index = index
        return box
    }

    subscript(key: Value) -> Value? {
        index[key].map { values[$0] }
    }

    func set(_ key: Value, _ value: Value) {
        let count = keys.count
        // One hash: the slot is read through `_modify`, which inserts `count` when the key is new
        // (every existing position is below `count`).
        let i = Self.position(&index[key, default: count])
        if i == count {
            keys.append(key)
            values.append(value)
        } else {
            values[i] = value
        }
    }

    /// Reads a dictionary slot through `_modify`, which inserts the default of
    /// `subscript(_:default:)` when the key is new: lookup and insertion with one hash.
    @inline(__always) static func position(_ slot: inout Int) -> Int { slot }

    /// Changes the value at `key` in place: `body` sees nil when the key is absent, and leaving
    /// nil removes it. The value is moved out while `body` runs, so a nested array or dictionary
    /// it mutates (`d[k, default: []].append(x)`) is uniquely referenced and not copied; the key
    /// is hashed once for an update and twice for an insertion.
    func update<Result>(_ key: Value, _ body: (inout Value?) throws -> Result) rethrows -> Result {
        guard let i = index[key] else {
            var current: Value?
            let result = try body(&current)
            if let value = current {
                index[key] = keys.count
                keys.append(key)
                values.append(value)
            }
            return result
        }
        var current: Value? = values[i]
        values[i] = .void
        defer {
            if let value = current { values[i] = value } else { remove(key) }
        }
        return try body(&current)
    }

    @discardableResult
    func remove(_ key: Value) -> Value? {
        guard let i = index.removeValue(forKey: key) else { return nil }
        let old = values[i]
        keys.remove(at: i)
        values.remove(at: i)
        if i < keys.count {
            for j in i..<keys.count { index[keys[j]] = j }
        }
        return old
    }

    var count: Int { keys.count }
}

/// A set that iterates in insertion order.
final class SetBox {
    var elements: [Value] = []
    var index: [Value: Int] = [:]

    init() {}

    init(_ values: [Value]) {
        for value in values { insert(value) }
    }

    func copy() -> SetBox {
        let box = SetBox()
        box.elements = elements
        box.index = index
        return box
    }

    func contains(_ value: Value) -> Bool { index[value] != nil }

    @discardableResult
    func insert(_ value: Value) -> Bool { insertReportingMember(value).0 }

    /// Inserts `value` unless an equal member is there, and returns whether it was inserted
    /// with the member the set holds afterwards (the existing one when equal), as Swift's
    /// `Set.insert` does.
    func insertReportingMember(_ value: Value) -> (Bool, Value) {
        let count = elements.count
        // One hash, as in `DictBox.set`: a new element's slot is created holding `count`.
        let i = DictBox.position(&index[value, default: count])
        guard i == count else { return (false, elements[i]) }
        elements.append(value)
        return (true, value)
    }

    @discardableResult
    func remove(_ value: Value) -> Value? {
        guard let i = index.removeValue(forKey: value) else { return nil }
        let old = elements.remove(at: i)
        if i < elements.count {
            for j in i..<elements.count { index[elements[j]] = j }
        }
        return old
    }
}

/// `a..<b` or `a...b` over `Int` or `Double` (bounds are `.int` or `.double`).
final class RangeBox {
    let lower: Value
    let upper: Value
    let closed: Bool

    init(lower: Value, upper: Value, closed: Bool) {
        self.lower = lower
        self.upper = upper
        self.closed = closed
    }
}

/// `stride(from:to:by:)` or `stride(from:through:by:)` over `Int` or `Double`.
final class StrideBox {
    let start: Value
    let end: Value
    let step: Value
    let through: Bool

    init(start: Value, end: Value, step: Value, through: Bool) {
        self.start = start
        self.end = end
        self.step = step
        self.through = through
    }
}

/// The local variables of one function call (or the note's globals): slots resolved at
/// lowering time, addressed by index.
final class Frame {
    let slots: UnsafeMutablePointer<Value>
    let capacity: Int
    /// The frame of the enclosing function, for closures and nested functions.
    /// (Frames are used by one call at a time: no dynamic exclusivity checks on the hot path.)
    @exclusivity(unchecked) var parent: Frame?
    /// Set by `return` before unwinding with `Flow.returned`.
    @exclusivity(unchecked) var returnValue: Value = .void

    /// Forgets the values of a finished call (so they are not kept alive by a pooled frame).
    @inline(__always)
    func clear() {
        for index in 0..<capacity {
            switch slots[index] {
            case .void, .int, .double, .bool:
                // Nothing to release: overwrite in place.
                (slots + index).initialize(to: .void)
            default:
                slots[index] = .void
            }
        }
        if parent != nil { parent = nil }
        if case .void = returnValue {} else { returnValue = .void }
    }

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        slots = .allocate(capacity: self.capacity)
        slots.initialize(repeating: .void, count: self.capacity)
    }

    deinit {
        slots.deinitialize(count: capacity)
        slots.deallocate()
    }
}

/// What a statement did to the control flow.
enum Flow {
    case normal
    case breakLoop
    case continueLoop
    case returned
    /// `break label` / `continue label`: the label's identity.
    case breakLabel(Int)
    case continueLabel(Int)
}

/// A lowered expression: evaluates in a frame.
typealias Eval = (Frame) throws -> Value
/// A lowered statement.
typealias Exec = (Frame) throws -> Flow

/// A location in the file (not the block): 1-based line and UTF-8 column.
struct SourceLoc: Equatable {
    var line: Int
    var column: Int
}

/// An error raised while lowering (static) or running (trap) a block.
struct ScriptError: Error {
    var message: String
    /// What kind of error this is, for tests and tools (messages may be reworded).
    var id: ScriptDiagnosticID
    var loc: SourceLoc
    /// "called from f at 12:5", innermost first.
    var stack: [String] = []
    /// The shaped diagnostic the message was written from, when it has one: what code that
    /// classifies errors matches, rather than the message's text.
    var diagnostic: ScriptDiagnostic?

    init(_ message: String, id: ScriptDiagnosticID, at loc: SourceLoc) {
        self.message = message
        self.id = id
        self.loc = loc
    }
}

/// Several independent errors of one block, in source order (lowering reports them all, as a
/// compiler does, rather than stopping at the first).
struct ScriptErrors: Error {
    var errors: [ScriptError]
}

/// Thrown by a failed `#require` to stop the block (the check itself is the report).
struct RequireStop: Error {}

// MARK: - Typed access (static types make mismatches internal errors, never crashes)

@inline(__always)
func intValue(_ value: Value, _ loc: SourceLoc) throws -> Int {
    if case .int(let x) = value { return x }
    throw mismatch(value, "Int", loc)
}

@inline(__always)
func doubleValue(_ value: Value, _ loc: SourceLoc) throws -> Double {
    if case .double(let x) = value { return x }
    throw mismatch(value, "Double", loc)
}

@inline(__always)
func boolValue(_ value: Value, _ loc: SourceLoc) throws -> Bool {
    if case .bool(let x) = value { return x }
    throw mismatch(value, "Bool", loc)
}

func stringValue(_ value: Value, _ loc: SourceLoc) throws -> String {
    if case .string(let x) = value { return x }
    throw mismatch(value, "String", loc)
}

func arrayValue(_ value: Value, _ loc: SourceLoc) throws -> [Value] {
    if case .array(let x) = value { return x }
    throw mismatch(value, "Array", loc)
}

func mismatch(_ value: Value, _ expected: String, _ loc: SourceLoc) -> ScriptError {
    if case .void = value {
        return ScriptError(.uninitializedVariable, at: loc)
    }
    return ScriptError("internal error: expected a value of type \(expected)", id: .internalError, at: loc)
}

extension Value {
    /// Structural equality of two values of the same static type (Swift's `==`).
    func isEqual(to other: Value) -> Bool {
        switch (self, other) {
        case (.int(let a), .int(let b)): a == b
        case (.double(let a), .double(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.isEqual(to: $1) }
        case (.range(let a), .range(let b)):
            a.closed == b.closed && a.lower.isEqual(to: b.lower) && a.upper.isEqual(to: b.upper)
        case (.void, .void), (.null, .null): true
        case (.character(let a), .character(let b)): a == b
        case (.someBoxed, _), (.someObject, _), (.someInt, _), (.someDouble, _):
            if let a = wrapped, let b = other.wrapped { a.isEqual(to: b) } else { false }
        case (.tuple(let a, _), .tuple(let b, _)):
            a.count == b.count && zip(a, b).allSatisfy { $0.isEqual(to: $1) }
        case (.record(let t, let a), .record(let u, let b)):
            t.info === u.info && a.count == b.count && zip(a, b).allSatisfy { $0.isEqual(to: $1) }
        case (.enumCase(let a), .enumCase(let b)):
            a.type === b.type && a.tag == b.tag && a.payload.count == b.payload.count
                && zip(a.payload, b.payload).allSatisfy { $0.isEqual(to: $1) }
        case (.object(let a), .object(let b)): a === b
        case (.dictionary(let a), .dictionary(let b)):
            a.count == b.count
                && zip(a.keys, a.values).allSatisfy { key, value in b[key].map { $0.isEqual(to: value) } ?? false }
        case (.set(let a), .set(let b)):
            a.elements.count == b.elements.count && a.elements.allSatisfy { b.contains($0) }
        case (.native(let a as Float32Box), .native(let b as Float32Box)): a.value == b.value
        default: false
        }
    }
}

extension Value: Hashable {
    /// Integer and string keys, the common dictionary keys in notes, compare without the
    /// general switch (`build` and `wordcount` of Benchmarks/interpreter probe a dictionary
    /// per step).
    @inline(__always)
    static func == (lhs: Value, rhs: Value) -> Bool {
        if case .int(let a) = lhs, case .int(let b) = rhs { return a == b }
        if case .string(let a) = lhs, case .string(let b) = rhs { return a == b }
        return lhs.isEqual(to: rhs)
    }

    /// Integer keys (the common dictionary and set key in notes) hash as `Int` does, in one
    /// call, without setting up a `Hasher`; equal to what `hash(into:)` would feed one.
    func _rawHashValue(seed: Int) -> Int {
        if case .int(let x) = self { return x._rawHashValue(seed: seed) }
        var hasher = Hasher()
        hasher.combine(seed)
        hash(into: &hasher)
        return hasher.finalize()
    }

    func hash(into hasher: inout Hasher) {
        switch self {
        case .int(let x): hasher.combine(x)
        case .double(let x): hasher.combine(x)
        case .bool(let x): hasher.combine(x)
        case .string(let x): hasher.combine(x)
        case .character(let x): hasher.combine(x)
        case .someBoxed, .someObject, .someInt, .someDouble: hasher.combine(wrapped)
        case .null: hasher.combine(0)
        case .array(let x): hasher.combine(x)
        case .tuple(let x, _): hasher.combine(x)
        case .record(_, let x): hasher.combine(x)
        case .enumCase(let box):
            hasher.combine(box.tag)
            hasher.combine(box.payload)
        case .object(let object): hasher.combine(ObjectIdentifier(object))
        case .native(let box as Float32Box): hasher.combine(box.value)
        default: hasher.combine(-1)
        }
    }
}

/// The type of a struct value, held without reference counting: copying a struct value then
/// retains one object (its fields), not two. A `TypeInfo` lives as long as the session that
/// declared it, through the lowered code that makes values of it, and no value outlives its
/// session (blocks return printed text, not values). Measured on `methods` and `nbody` of
/// Benchmarks/interpreter, whose `Vec` and `Body` values are copied in every step.
struct RecordType {
    unowned(unsafe) let info: TypeInfo

    init(_ info: TypeInfo) { self.info = info }
}
