import SwiftSyntax

/// A method call being lowered, as the receiver families' tables see it (`Methods/`): the
/// receiver, the name, the arguments with their labels (a trailing closure already given its
/// parameter's label), and the few helpers every table uses to build its lowering.
struct MethodCallSite {
    let lowerer: Lowerer
    /// The receiver, lowered.
    let base: Typed
    /// The receiver as written (mutating methods write back through it).
    let baseExpr: ExprSyntax
    let name: String
    let arguments: [(label: String?, expr: ExprSyntax)]
    /// The argument labels, a trailing closure's filled in (`xs.sorted { … }` is `sorted(by:)`).
    let labels: [String?]
    /// The call, for diagnostics.
    let node: Syntax
    let at: SourceLoc
    /// The type the context expects, if any.
    let expected: ScriptType?

    /// The argument expressions, in order.
    var exprs: [ExprSyntax] { arguments.map(\.expr) }

    /// Whether the receiver is a set of `element` (the collection tables serve arrays and sets).
    func receiverIsSet(of element: ScriptType) -> Bool { base.type == .set(element) }

    /// A method without arguments whose work is `body(receiver)`.
    func method(_ type: ScriptType, _ body: @escaping (Value) throws -> Value) -> Typed {
        let eval = base.eval
        return Typed(type: type) { frame in try body(try eval(frame)) }
    }

    /// A method with one argument whose work is `body(receiver, argument)`; the receiver is
    /// evaluated first, as in Swift.
    func method(_ type: ScriptType, _ argument: Typed, _ body: @escaping (Value, Value) throws -> Value) -> Typed {
        let eval = base.eval
        let argumentEval = argument.eval
        return Typed(type: type) { frame in
            let receiver = try eval(frame)
            return try body(receiver, try argumentEval(frame))
        }
    }

    /// The closure argument at `index`, of type `(parameters) -> result` (`nil` result: inferred).
    func closure(_ index: Int, _ parameters: [ScriptType], _ result: ScriptType?) throws -> Typed {
        let expr = arguments[index].expr
        let typed = try lowerer.lower(expr, expected: .function(parameters, result ?? .nilLiteral))
        guard case .function(let have, _) = typed.type, have == parameters else {
            throw lowerer.error(
                .cannotConvertArgument(
                    from: "\(typed.type)", to: "\(ScriptType.function(parameters, result ?? .void))"),
                expr)
        }
        return typed
    }

    /// The result type of a lowered closure.
    func resultOf(_ typed: Typed) -> ScriptType {
        if case .function(_, let result) = typed.type { return result }
        return .void
    }
}

/// Calls closure values at run time, naming the call's location in an internal error.
///
/// The run-time half of a method's lowering captures this (a location), never the
/// `MethodCallSite`, which holds the lowerer and the syntax tree.
struct ClosureCaller {
    let at: SourceLoc

    /// Calls a closure value with `arguments`.
    func call(_ value: Value, _ arguments: [Value]) throws -> Value {
        guard case .function(let closure) = value else { throw ScriptError(.internalError("not a function"), at: at) }
        return try closure.invoke(arguments)
    }

    /// Calls a closure value with one argument (a note's closure gets it in its frame directly).
    @inline(__always)
    func call(_ value: Value, _ a: Value) throws -> Value {
        guard case .function(let closure) = value else { throw ScriptError(.internalError("not a function"), at: at) }
        if let direct = closure.direct { return try direct(a) }
        return try closure.invoke([a])
    }

    /// Calls a closure value with two arguments.
    @inline(__always)
    func call(_ value: Value, _ a: Value, _ b: Value) throws -> Value {
        guard case .function(let closure) = value else { throw ScriptError(.internalError("not a function"), at: at) }
        if let direct = closure.direct { return try direct(a, b) }
        return try closure.invoke([a, b])
    }

    /// Calls a predicate closure value.
    func test(_ value: Value, _ arguments: [Value]) throws -> Bool {
        try truth(call(value, arguments))
    }

    /// Calls a predicate closure value with one argument.
    @inline(__always)
    func test(_ value: Value, _ a: Value) throws -> Bool {
        try truth(call(value, a))
    }

    /// Calls a predicate closure value with two arguments (a comparator).
    @inline(__always)
    func test(_ value: Value, _ a: Value, _ b: Value) throws -> Bool {
        try truth(call(value, a, b))
    }

    /// `value`'s one-argument call, resolved once for a loop of calls (`map`, `filter`): the
    /// closure's function and captured frame are looked up once, not at every element.
    func unary(_ value: Value) throws -> (Value) throws -> Value {
        guard case .function(let closure) = value else { throw ScriptError(.internalError("not a function"), at: at) }
        if let direct = closure.direct {
            if let hoisted = HoistedCall(direct) { return { a in try hoisted(a) } }
            return { a in try direct(a) }
        }
        let invoke = closure.invoke
        return { a in try invoke([a]) }
    }

    /// `value`'s two-argument call, resolved once for a loop of calls (a sort's comparisons).
    func binary(_ value: Value) throws -> (Value, Value) throws -> Value {
        guard case .function(let closure) = value else { throw ScriptError(.internalError("not a function"), at: at) }
        if let direct = closure.direct {
            if let hoisted = HoistedCall(direct) { return { a, b in try hoisted(a, b) } }
            return { a, b in try direct(a, b) }
        }
        let invoke = closure.invoke
        return { a, b in try invoke([a, b]) }
    }

    /// A predicate closure value, resolved once (`filter`, `first(where:)`).
    func predicate(_ value: Value) throws -> (Value) throws -> Bool {
        let call = try unary(value)
        return { a in try truth(call(a)) }
    }

    /// `value`'s calls in one frame for a whole operation, when its function qualifies (see
    /// `HoistedCall`).
    func hoisted(_ value: Value) -> HoistedCall? {
        guard case .function(let closure) = value, let direct = closure.direct else { return nil }
        return HoistedCall(direct)
    }

    /// A comparator closure value, resolved once (`sorted(by:)`, `min(by:)`).
    func comparator(_ value: Value) throws -> (Value, Value) throws -> Bool {
        let call = try binary(value)
        return { a, b in try truth(call(a, b)) }
    }

    @inline(__always)
    private func truth(_ value: Value) throws -> Bool {
        guard case .bool(let result) = value else { throw ScriptError(.internalError("expected Bool"), at: at) }
        return result
    }
}
