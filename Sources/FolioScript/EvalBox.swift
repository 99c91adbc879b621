/// An expression's closure held in a class: an array of these calls each closure directly,
/// where an array of closures calls them through a reabstraction thunk (measured on `bintree`).
final class EvalBox {
    let run: Eval
    /// What the argument is, when the box was made from a lowered expression (a call may then
    /// borrow it: see `BorrowedArguments`).
    let source: ArgumentSource?

    init(_ run: @escaping Eval) {
        self.run = run
        source = nil
    }

    init(_ typed: Typed) {
        run = typed.eval
        source = ArgumentSource(typed)
    }
}

/// A `Bool` expression's unboxed closure held in a class (see `EvalBox`).
final class BoolEvalBox {
    let run: BoolEval

    init(_ run: @escaping BoolEval) {
        self.run = run
    }
}

extension [EvalBox] {
    /// Each closure's value, in order: a call's arguments, an array literal's elements.
    @inline(__always)
    func values(_ frame: Frame) throws -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(count)
        for eval in self { values.append(try eval.run(frame)) }
        return values
    }
}

/// Evaluates a call's arguments, in order, each into its slot of the callee's frame.
typealias SlotFill = (_ caller: Frame, _ slots: UnsafeMutablePointer<Value>) throws -> Void

/// The arguments `evals` written into `slots[offset]`, `slots[offset + 1]`, …: one closure per
/// argument, each holding the next. A closure held by a closure is called as it is, where one
/// read from an array is retained and released around its call (the argument loop of a method
/// call: `velocity.dot(velocity)` in `methods` of Benchmarks/interpreter).
func slotFill(_ evals: [EvalBox], from offset: Int) -> SlotFill {
    slotFill(evals, into: evals.indices.map { offset + $0 })
}

/// The arguments `evals` written into `slots[targets[0]]`, `slots[targets[1]]`, …, in order
/// (an initializer that stores its parameters: the fields they are stored in).
func slotFill(_ evals: [EvalBox], into targets: [Int]) -> SlotFill {
    var fill: SlotFill = { _, _ in }
    for index in evals.indices.reversed() {
        let run = evals[index].run
        let slot = targets[index]
        if index == evals.count - 1 {
            fill = { frame, slots in slots[slot] = try run(frame) }
        } else {
            let next = fill
            fill = { frame, slots in
                slots[slot] = try run(frame)
                try next(frame, slots)
            }
        }
    }
    return fill
}

/// A closure's box together with the unmanaged reference the hot paths call it through.
///
/// Reading an optional closure from a class's or a struct's field (`if let body = info.body`)
/// retains its context for the call and releases it after: a reference-count pair per call
/// (`sort`'s comparator, every expression-bodied function). The reference is a trivial value,
/// read without either; `owner` keeps the box alive as long as this value exists. The box is
/// replaced only while lowering, never during a call.
struct UnretainedBox<Box: AnyObject> {
    /// Keeps the box alive.
    private let owner: Box?
    /// The box, for calls.
    let ref: Unmanaged<Box>?

    init(_ box: Box?) {
        owner = box
        ref = box.map { Unmanaged.passUnretained($0) }
    }

    /// The box itself (for lowering, not for calls).
    var box: Box? { owner }
}
