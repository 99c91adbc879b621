/// An expression's closure held in a class: an array of these calls each closure directly,
/// where an array of closures calls them through a reabstraction thunk (measured on `bintree`).
final class EvalBox {
    let run: Eval

    init(_ run: @escaping Eval) {
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
