/// `n % 7` with a constant that can neither be zero nor `-1`: no division trap to check.
/// (The other `Int` and `Double` operators are `unboxedBinary`'s.)
extension Operators {
    static func constantRemainder(_ op: String, _ left: Typed, constant: Value?, at: SourceLoc) -> Eval? {
        guard op == "%", left.type == .int, case .int(let c)? = constant, c != 0, c != -1 else { return nil }
        let l = left.intPath(at)
        return { f in .int(try l(f) % c) }
    }
}

// MARK: - Unboxed Int, Double and Bool paths

/// A lowered `Int` expression evaluated without boxing its result in a `Value` (recursion and
/// integer loops pass plain integers from operator to operator and call to call).
typealias IntEval = (Frame) throws -> Int
/// A lowered `Double` expression evaluated without boxing its result (`dx * dx + dy * dy`
/// passes plain `Double`s between its operators: `floatloop_fn`, `nbody`, `spectralnorm`).
typealias DoubleEval = (Frame) throws -> Double
/// A lowered `Bool` expression (conditions test it without unwrapping a `Value`).
typealias BoolEval = (Frame) throws -> Bool

extension Typed {
    /// Whether the expression's `Int` value is available without a `Value` round trip.
    var hasIntPath: Bool {
        if int != nil { return true }
        if case .int? = constant { return true }
        return false
    }
}

// The paths themselves, one set per scalar type, are generated: Unboxed+Generated.swift.

/// An arithmetic operator on unboxed scalars (`Int`'s trap on overflow: an error at the
/// operator).
protocol UnboxedArithmetic {
    associatedtype Scalar
    static func apply(_ a: Scalar, _ b: Scalar, _ at: SourceLoc) throws -> Scalar
}

/// A comparison of two unboxed scalars.
protocol UnboxedComparison {
    associatedtype Scalar
    static func test(_ a: Scalar, _ b: Scalar) -> Bool
}

enum IntAdd: UnboxedArithmetic {
    @inline(__always) static func apply(_ a: Int, _ b: Int, _ at: SourceLoc) throws -> Int {
        let (v, o) = a.addingReportingOverflow(b)
        if o { throw ScriptError(.arithmeticOverflow, at: at) }
        return v
    }
}

enum IntSubtract: UnboxedArithmetic {
    @inline(__always) static func apply(_ a: Int, _ b: Int, _ at: SourceLoc) throws -> Int {
        let (v, o) = a.subtractingReportingOverflow(b)
        if o { throw ScriptError(.arithmeticOverflow, at: at) }
        return v
    }
}

enum IntMultiply: UnboxedArithmetic {
    @inline(__always) static func apply(_ a: Int, _ b: Int, _ at: SourceLoc) throws -> Int {
        let (v, o) = a.multipliedReportingOverflow(by: b)
        if o { throw ScriptError(.arithmeticOverflow, at: at) }
        return v
    }
}

enum DoubleAdd: UnboxedArithmetic {
    @inline(__always) static func apply(_ a: Double, _ b: Double, _: SourceLoc) -> Double { a + b }
}

enum DoubleSubtract: UnboxedArithmetic {
    @inline(__always) static func apply(_ a: Double, _ b: Double, _: SourceLoc) -> Double { a - b }
}

enum DoubleMultiply: UnboxedArithmetic {
    @inline(__always) static func apply(_ a: Double, _ b: Double, _: SourceLoc) -> Double { a * b }
}

enum DoubleDivide: UnboxedArithmetic {
    @inline(__always) static func apply(_ a: Double, _ b: Double, _: SourceLoc) -> Double { a / b }
}

enum Less<Scalar: Comparable>: UnboxedComparison {
    @inline(__always) static func test(_ a: Scalar, _ b: Scalar) -> Bool { a < b }
}
enum LessOrEqual<Scalar: Comparable>: UnboxedComparison {
    @inline(__always) static func test(_ a: Scalar, _ b: Scalar) -> Bool { a <= b }
}
enum Greater<Scalar: Comparable>: UnboxedComparison {
    @inline(__always) static func test(_ a: Scalar, _ b: Scalar) -> Bool { a > b }
}
enum GreaterOrEqual<Scalar: Comparable>: UnboxedComparison {
    @inline(__always) static func test(_ a: Scalar, _ b: Scalar) -> Bool { a >= b }
}
enum Equal<Scalar: Comparable>: UnboxedComparison {
    @inline(__always) static func test(_ a: Scalar, _ b: Scalar) -> Bool { a == b }
}
enum NotEqual<Scalar: Comparable>: UnboxedComparison {
    @inline(__always) static func test(_ a: Scalar, _ b: Scalar) -> Bool { a != b }
}

extension Operators {
    /// `Int` and `Double` arithmetic and comparisons: the result has both a `Value` closure and
    /// an unboxed one, each calling the operands' unboxed paths (an operand without one is
    /// unwrapped, which costs what the boxed path costs). Nil for other operators and types.
    static func unboxedBinary(_ op: String, _ left: Typed, _ right: Typed, at: SourceLoc) -> Typed? {
        switch (left.type, right.type, op) {
        case (.int, .int, "+"): intArithmetic(IntAdd.self, left, right, at)
        case (.int, .int, "-"): intArithmetic(IntSubtract.self, left, right, at)
        case (.int, .int, "*"): intArithmetic(IntMultiply.self, left, right, at)
        case (.int, .int, "<"): intComparison(Less<Int>.self, left, right, at)
        case (.int, .int, "<="): intComparison(LessOrEqual<Int>.self, left, right, at)
        case (.int, .int, ">"): intComparison(Greater<Int>.self, left, right, at)
        case (.int, .int, ">="): intComparison(GreaterOrEqual<Int>.self, left, right, at)
        case (.int, .int, "=="): intComparison(Equal<Int>.self, left, right, at)
        case (.int, .int, "!="): intComparison(NotEqual<Int>.self, left, right, at)
        case (.double, .double, "+"): doubleArithmetic(DoubleAdd.self, left, right, at)
        case (.double, .double, "-"): doubleArithmetic(DoubleSubtract.self, left, right, at)
        case (.double, .double, "*"): doubleArithmetic(DoubleMultiply.self, left, right, at)
        case (.double, .double, "/"): doubleArithmetic(DoubleDivide.self, left, right, at)
        case (.double, .double, "<"): doubleComparison(Less<Double>.self, left, right, at)
        case (.double, .double, "<="): doubleComparison(LessOrEqual<Double>.self, left, right, at)
        case (.double, .double, ">"): doubleComparison(Greater<Double>.self, left, right, at)
        case (.double, .double, ">="): doubleComparison(GreaterOrEqual<Double>.self, left, right, at)
        case (.double, .double, "=="): doubleComparison(Equal<Double>.self, left, right, at)
        case (.double, .double, "!="): doubleComparison(NotEqual<Double>.self, left, right, at)
        default: nil
        }
    }

    /// `x += e` (and `-=`, `*=`; `/=` for `Double`) on a plain `Int` or `Double` variable or
    /// place (`intCompound`, `doubleCompound`).
    static func unboxedCompound(
        _ op: String, _ type: ScriptType, _ target: CompoundTarget, _ value: Typed, at: SourceLoc
    )
        -> Typed?
    {
        switch (type, op) {
        case (.int, "+"): intCompound(IntAdd.self, target, value, at)
        case (.int, "-"): intCompound(IntSubtract.self, target, value, at)
        case (.int, "*"): intCompound(IntMultiply.self, target, value, at)
        case (.double, "+"): doubleCompound(DoubleAdd.self, target, value, at)
        case (.double, "-"): doubleCompound(DoubleSubtract.self, target, value, at)
        case (.double, "*"): doubleCompound(DoubleMultiply.self, target, value, at)
        case (.double, "/"): doubleCompound(DoubleDivide.self, target, value, at)
        default: nil
        }
    }
}

/// What `x op= e` updates: a whole variable (at `address`; `localSlot` when it is the current
/// frame's), a place inside one that `PlainPath` reaches, or a field of a class instance.
enum CompoundTarget {
    case variable((Frame) -> UnsafeMutablePointer<Value>, localSlot: Int?)
    case place(PlainPath, address: (Frame) -> UnsafeMutablePointer<Value>)
    /// A stored property of the class instance `root` evaluates to.
    case objectField(Eval, Int)
}
