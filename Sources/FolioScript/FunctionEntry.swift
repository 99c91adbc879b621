/// Entering a user function: what every call does between taking a frame and running the body.
///
/// The prologue (the depth limit, the clock, the stack trace added to an error on its way out)
/// is written once, in `prologue`; the per-arity call paths (`Calls+Generated.swift`) and the
/// general path in `invocation` all go through `enter` or `enterInt`.
struct FunctionEntry {
    let info: FunctionInfo
    let context: RuntimeContext
    /// Where the call is written (errors and the stack trace name it).
    let at: SourceLoc
    /// The name the stack trace gives the function (an initializer's is its type's).
    let name: String

    init(info: FunctionInfo, context: RuntimeContext, at: SourceLoc, name: String? = nil) {
        self.info = info
        self.context = context
        self.at = at
        self.name = name ?? info.name
    }

    /// Runs `body` one call deeper: stops unbounded recursion and runaway time, and adds this
    /// call to the stack trace of an error passing through.
    @inline(__always)
    func prologue<Result>(_ body: () throws -> Result) throws -> Result {
        context.depth += 1
        defer { context.depth -= 1 }
        if context.depth > context.maxDepth { throw depthExceeded() }
        try context.tick(at)
        do {
            return try body()
        } catch {
            throw traced(error)
        }
    }

    /// The error of a call one deeper than the limit. (Errors are made out of line, so that the
    /// call paths that inline `prologue` stay small: fib 0.9× CPU.)
    @inline(never)
    func depthExceeded() -> ScriptError { Self.depthExceeded(in: context, at: at) }

    /// The error of a call written at `at` one deeper than `context`'s limit (a call's, or an
    /// inlined closure's in register form).
    @inline(never)
    static func depthExceeded(in context: RuntimeContext, at: SourceLoc) -> ScriptError {
        ScriptError(
            "call depth limit of \(context.maxDepth) exceeded (infinite recursion?)", id: .recursionDepth, at: at)
    }

    /// `error` on its way out of this call: a `ScriptError` gets the call added to its stack
    /// trace (at most eight); any other error passes as it is.
    @inline(never)
    func traced(_ error: any Error) -> any Error { Self.traced(error, name: name, at: at) }

    /// `error` on its way out of a call of `name` written at `at` (a function's, or an inlined
    /// closure's in register form).
    @inline(never)
    static func traced(_ error: any Error, name: String, at: SourceLoc) -> any Error {
        guard var error = error as? ScriptError else { return error }
        if error.stack.count < 8 { error.stack.append("\(name) called at \(at.line):\(at.column)") }
        return error
    }

    /// A call whose arguments `fill` evaluates in the caller's `frame` straight into the
    /// callee's slots, after `receiver` in slot 0 (a method's `self`). The callee's frame is a
    /// stack frame when the function's frames cannot escape (taken first and given back if an
    /// argument throws), else a pooled one.
    @inline(__always)
    func call(receiver: Value?, fill: SlotFill, parent: Frame?, from frame: Frame) throws -> Value {
        if !info.framesMayEscape {
            let ref = info.pushStackFrame()
            defer { info.popStackFrame(ref) }
            // Filled outside the closure below, which would capture (copy) the receiver.
            let slots = ref._withUnsafeGuaranteedRef { callee in
                callee.parent = parent
                return callee.slots
            }
            if let receiver = consume receiver { slots.initialize(to: receiver) }
            try fill(frame, slots)
            return try ref._withUnsafeGuaranteedRef { try enter($0) }
        }
        var callee = info.acquireFrame()
        defer { info.releaseFrame(&callee) }
        callee.parent = parent
        if let receiver { callee.slots[0] = receiver }
        try fill(frame, callee.slots)
        return try enter(callee)
    }

    /// Runs the body in `callee`, whose arguments are in place, and returns its result.
    @inline(__always)
    func enter(_ callee: Frame) throws -> Value {
        try prologue {
            if let expression = info.expressionBodyRef {
                return try expression._withUnsafeGuaranteedRef { try $0.run(callee) }
            }
            _ = try info.bodyRef._withUnsafeGuaranteedRef { try $0.run(callee) }
            return callee.returnValue
        }
    }

    /// `enter` for a `Double` function, through the body's unboxed path when it has one.
    @inline(__always)
    func enterDouble(_ callee: Frame) throws -> Double {
        try prologue {
            if let body = info.doubleBodyRef { return try body._withUnsafeGuaranteedRef { try $0.run(callee) } }
            if let expression = info.expressionBodyRef {
                return try doubleValue(expression._withUnsafeGuaranteedRef { try $0.run(callee) }, at)
            }
            _ = try info.bodyRef._withUnsafeGuaranteedRef { try $0.run(callee) }
            return try doubleValue(callee.returnValue, at)
        }
    }

    /// `enter` for an `Int` function, through the body's unboxed path when it has one.
    @inline(__always)
    func enterInt(_ callee: Frame) throws -> Int {
        try prologue {
            if let body = info.intBodyRef { return try body._withUnsafeGuaranteedRef { try $0.run(callee) } }
            if let expression = info.expressionBodyRef {
                return try intValue(expression._withUnsafeGuaranteedRef { try $0.run(callee) }, at)
            }
            _ = try info.bodyRef._withUnsafeGuaranteedRef { try $0.run(callee) }
            return try intValue(callee.returnValue, at)
        }
    }
}
