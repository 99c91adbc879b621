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
    /// Set by `return` before unwinding with `Flow.returned`.
    var returnValue: Value = .void

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
    var loc: SourceLoc

    init(_ message: String, at loc: SourceLoc) {
        self.message = message
        self.loc = loc
    }
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
        return ScriptError("use of a variable that has no value (its declaration did not run)", at: loc)
    }
    return ScriptError("internal error: expected a value of type \(expected)", at: loc)
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
        case (.void, .void): true
        default: false
        }
    }
}
