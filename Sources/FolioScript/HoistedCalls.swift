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
    private let body: Eval
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
        self.body = body
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

    @inline(__always)
    private func run() throws -> Value {
        try entry.context.tick(entry.at)
        do {
            return try body(frame)
        } catch let error as ScriptError {
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
