/// A note's one-expression closure called once per element by one operation (`sorted(by:)`'s
/// comparisons, `map`, `filter`, `reduce`), in one frame taken for the whole operation.
///
/// A call through `DirectCall` takes a stack frame, counts the depth and clears the frame for
/// every element: in `sort` (2·10⁷ comparisons of `{ $0 > $1 }`) that bookkeeping cost more than
/// the comparison. When nothing of a call can outlive it or be observed after it, the frame can
/// be reused: the body is one expression (no locals), no closure is made inside it (its frames
/// cannot escape), and its parameters are values without identity (`Int`, `Double`, `Bool`,
/// `String`), so holding the last arguments until the operation ends changes no `deinit`'s
/// timing. Each call still ticks the clock and adds itself to the stack trace of an error.
struct HoistedCall {
    private let frame: Frame
    /// The body and its unboxed `Bool` path, called through their boxes without retaining the
    /// closures (called from a captured struct, each call retained and released the closure's
    /// context: 10% of `sort`).
    private let body: UnretainedBox<EvalBox>
    private let boolBody: UnretainedBox<BoolEvalBox>
    private let entry: FunctionEntry

    /// The hoisted form of `call`, or nil when its function does not qualify (see above).
    init?(_ call: DirectCall) {
        let function = call.entry.info
        guard !function.framesMayEscape, let body = function.expressionBody, function.variadic == nil,
            !function.inoutParameters.contains(true), !function.autoclosureParameters.contains(true),
            function.parameterTypes.allSatisfy(\.isPlainValue)
        else { return nil }
        frame = Frame(capacity: function.slotCount)
        frame.parent = call.parent
        self.body = UnretainedBox(EvalBox(body))
        boolBody = UnretainedBox(function.boolExpressionBody.map(BoolEvalBox.init))
        entry = call.entry
    }

    /// Calls with one argument.
    @inline(__always)
    func callAsFunction(_ a: Value) throws -> Value {
        frame.slots[0] = a
        return try run()
    }

    /// Calls with two arguments.
    @inline(__always)
    func callAsFunction(_ a: Value, _ b: Value) throws -> Value {
        frame.slots[0] = a
        frame.slots[1] = b
        return try run()
    }

    /// Whether a comparator orders `a` before `b`, for a sort of `Double`s or `Int`s: the
    /// arguments are written over the previous call's without releasing them, so both (and
    /// every argument before them) must be scalars that hold no reference (`.double`, `.int`);
    /// the body's unboxed `Bool` is used when it has one.
    @inline(__always)
    func orders(scalars a: Value, _ b: Value) throws -> Bool {
        (frame.slots).initialize(to: a)
        (frame.slots + 1).initialize(to: b)
        return try test()
    }

    @inline(__always)
    private func test() throws -> Bool {
        guard let boolBodyRef = boolBody.ref else {
            guard case .bool(let result) = try run() else {
                throw ScriptError(.internalError("expected Bool"), at: entry.at)
            }
            return result
        }
        try entry.context.tick(entry.at)
        do {
            return try boolBodyRef._withUnsafeGuaranteedRef { try $0.run(frame) }
        } catch {
            throw entry.traced(error)
        }
    }

    @inline(__always)
    private func run() throws -> Value {
        guard let bodyRef = body.ref else {
            throw ScriptError(.internalError("a hoisted call without its body"), at: entry.at)
        }
        try entry.context.tick(entry.at)
        do {
            return try bodyRef._withUnsafeGuaranteedRef { try $0.run(frame) }
        } catch {
            throw entry.traced(error)
        }
    }
}

extension ScriptType {
    /// A value without identity or observable lifetime, held by a reused frame without effect.
    var isPlainValue: Bool {
        switch self {
        case .int, .double, .bool, .string, .character, .fixedInt, .float: return true
        default: return false
        }
    }
}
