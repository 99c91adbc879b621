import SwiftSyntax

/// Thrown by a failed `super.init(…)` inside a failable initializer: the initializer fails too
/// (`runInitializer` turns it into `nil`), as Swift propagates an initialization failure.
struct FailedSuperInitializer: Error {}

extension Lowerer {
    /// `super.init(…)` of a failable superclass initializer: written `super.init(…)!`, its value
    /// is an optional that the `!` unwraps (trapping on failure); written plainly, in a failable
    /// initializer, a failure ends this initializer with `nil`.
    func failableSuperInit(
        _ initializer: FunctionInfo, _ evals: [EvalBox], selfRead: @escaping Eval, node: some SyntaxProtocol
    )
        -> Typed
    {
        let context = self.context
        let at = loc(node)
        let unwrapped = node.parent?.is(ForceUnwrapExprSyntax.self) == true
        return Typed(type: unwrapped ? .optional(.void) : .void) { frame in
            var values = [try selfRead(frame)]
            for eval in evals { values.append(try eval.run(frame)) }
            if case .null = try runInitializer(initializer, values, context: context, at: at) {
                if unwrapped { return .null }
                throw FailedSuperInitializer()
            }
            return unwrapped ? .some(.void) : .void
        }
    }
}
