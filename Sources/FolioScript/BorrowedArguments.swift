/// Calls whose arguments are the caller's own variables (`check(left)`, `velocity.dot(velocity)`,
/// `a + b` on structs), passed without reference counting.
///
/// A struct, an array or an object in a slot is a reference-counted buffer: copying it into the
/// callee's frame retains it and clearing that frame releases it again, two atomic operations
/// per argument that compiled Swift does not make (it passes such arguments at +0). The callee
/// can borrow the caller's value instead, bit for bit, when nothing can change the caller's
/// variable during the call:
/// - every argument is a variable of the caller's own frame or a constant, so evaluating the
///   arguments runs no code (`f(v, v.removeLast())` would change `v` after it was read);
/// - the caller's frames cannot escape (no closure or nested function is lowered in its body),
///   so no code but the caller's own can reach its variables, and the caller waits for the call;
/// - the callee's frames cannot escape either (its frame is a stack frame cleared on return),
///   and a parameter is never assigned (Swift's parameters and non-mutating `self` are
///   constants), so the borrowed bits are only read, and copied (retained) when they are kept.
/// The borrowed slots are reset without a release before the callee's frame is cleared. Both
/// frame conditions are read at run time, since either body may be lowered after the call.
struct BorrowedArguments {
    /// For each argument read from a variable: the callee's slot and the caller's.
    let borrowed: [(callee: Int, caller: Int)]
    /// For each constant argument: the callee's slot and the value.
    let constants: [(callee: Int, value: Value)]
    /// The function the call is written in.
    let caller: FunctionInfo

    /// The plan for a call of `arguments` (after `receiver`, a method's `self`, in slot 0), or
    /// nil when one is neither a variable of the caller's frame nor a constant, when none is a
    /// reference-counted variable (nothing to save), or outside a function.
    init?(receiver: ArgumentSource? = nil, _ arguments: [ArgumentSource], caller: FunctionInfo?) {
        guard let caller else { return nil }
        let sources = (receiver.map { [$0] } ?? []) + arguments
        var borrowed: [(callee: Int, caller: Int)] = []
        var constants: [(callee: Int, value: Value)] = []
        for (slot, source) in sources.enumerated() {
            if let variable = source.localSlot {
                borrowed.append((slot, variable))
            } else if let constant = source.constant {
                constants.append((slot, constant))
            } else {
                return nil
            }
        }
        guard sources.contains(where: \.isCounted) else { return nil }
        self.borrowed = borrowed
        self.constants = constants
        self.caller = caller
    }

    /// Whether the call may borrow now: neither frame can escape.
    @inline(__always)
    func applies(to callee: FunctionInfo) -> Bool {
        !callee.framesMayEscape && !caller.framesMayEscape
    }

    /// Runs `body` in a stack frame of `callee` holding the arguments, read from `frame`.
    @inline(__always)
    func run<Result>(
        _ callee: FunctionInfo, parent: Frame? = nil, from frame: Frame, _ body: (Frame) throws -> Result
    ) throws -> Result {
        let ref = callee.pushStackFrame()
        defer { callee.popStackFrame(ref) }
        return try ref._withUnsafeGuaranteedRef { callee in
            callee.parent = parent
            let stride = MemoryLayout<Value>.stride
            let slots = UnsafeMutableRawPointer(callee.slots)
            // (Index loops: iterating the arrays themselves would retain them at every call.)
            for index in 0..<borrowed.count {
                let (target, source) = borrowed[index]
                (slots + target * stride).copyMemory(from: frame.slots + source, byteCount: stride)
            }
            defer {
                // The borrowed bits go without a release: the caller's slots still own them.
                for index in 0..<borrowed.count { (callee.slots + borrowed[index].callee).initialize(to: .void) }
            }
            for index in 0..<constants.count { callee.slots[constants[index].callee] = constants[index].value }
            return try body(callee)
        }
    }
}

/// What a call's argument is, for `BorrowedArguments`: a variable of the caller's frame, a
/// constant, or neither.
struct ArgumentSource {
    let localSlot: Int?
    let constant: Value?
    /// Whether its type is reference-counted (borrowing an `Int` saves nothing).
    let isCounted: Bool

    init(_ typed: Typed) {
        localSlot = typed.localSlot
        constant = typed.constant
        isCounted = localSlot != nil && ![.int, .double, .bool].contains(typed.type)
    }
}

extension Lowerer {
    /// `call` (a function's call with `arguments`), borrowing the arguments when the call
    /// allows it (see `BorrowedArguments`), with the same unboxed paths.
    func borrowing(_ entry: FunctionEntry, arguments: [Typed], otherwise call: Typed) -> Typed {
        let info = entry.info
        guard let plan = BorrowedArguments(arguments.map(ArgumentSource.init), caller: function?.info) else {
            return call
        }
        let eval = call.eval
        var typed = Typed(type: call.type) { frame in
            guard plan.applies(to: info) else { return try eval(frame) }
            return try plan.run(info, from: frame) { try entry.enter($0) }
        }
        if let int = call.int {
            typed.int = { frame in
                guard plan.applies(to: info) else { return try int(frame) }
                return try plan.run(info, from: frame) { try entry.enterInt($0) }
            }
        }
        if let double = call.double {
            typed.double = { frame in
                guard plan.applies(to: info) else { return try double(frame) }
                return try plan.run(info, from: frame) { try entry.enterDouble($0) }
            }
        }
        return typed
    }
}
